import { ActType, AnonymousException, ExplanationForm, ResolutionKind, TargetKind } from '@app/domain';

/** A case id the examples share (any case of the caller's own office). */
const CASE_ID = '6f1d2a8e-3c4b-4e5f-9a7b-1c2d3e4f5a6b';

type Examples = Record<string, { summary: string; value: Record<string, unknown> }>;

/** One or two request examples per filing route, as the OpenAPI document shows them. */
export const FILING_EXAMPLES: Record<ActType, Examples> = {
  [ActType.PROTEST]: {
    statutoryTerm: {
      summary: 'Against a non-normative act; the statutory 10 days (19.3)',
      value: {
        caseId: CASE_ID,
        title: 'Protest against the akimat resolution No. 112 of 01.03.2026',
        addresseeName: 'Akimat of Bostandyk district',
        target: TargetKind.NON_NORMATIVE_LEGAL_ACT,
        targetDescription: 'Resolution No. 112 of 01.03.2026 on land allocation',
        text: {
          kk: {
            facts: 'Әкімдіктің 01.03.2026 жылғы № 112 қаулысымен жер учаскесі сауда-саттықсыз берілген.',
            violatedNorms: ['Қазақстан Республикасының Жер кодексі, 43-бап'],
            demands: ['№ 112 қаулының күшін жою', 'Бұзылған құқықтарды қалпына келтіру'],
          },
          ru: {
            facts: 'Постановлением акимата № 112 от 01.03.2026 земельный участок предоставлен без проведения торгов.',
            violatedNorms: ['Земельный кодекс Республики Казахстан, статья 43'],
            demands: ['Отменить постановление № 112', 'Восстановить нарушенные права'],
          },
        },
      },
    },
    longerTerm: {
      summary: 'A longer term the prosecutor sets (at least 10 days, 19.3), suspending the protested act (19.5)',
      value: {
        caseId: CASE_ID,
        title: 'Protest against the order of the head of the education department No. 45',
        addresseeName: 'Education department of Almaty',
        target: TargetKind.DECISION_OR_ACTION,
        suspendsTargetAct: true,
        termDays: 20,
      },
    },
  },
  [ActType.RESOLUTION]: {
    inspection: {
      summary: 'An inspection (20.2): one month, extendable with consent (5.4)',
      value: { caseId: CASE_ID, title: 'Resolution to inspect the legality of land allocation', addresseeName: 'Akimat of Bostandyk district', kind: ResolutionKind.INSPECTION },
    },
    openProceedings: {
      summary: 'Opening proceedings with a term the prosecutor sets (20.3)',
      value: { caseId: CASE_ID, title: 'Resolution to open administrative proceedings', addresseeName: 'LLP «Qurylys-Invest»', kind: ResolutionKind.OPEN_PROCEEDINGS, termDays: 10 },
    },
  },
  [ActType.SANCTION]: {
    request: {
      summary: 'A sanction request: granted or refused within 24 hours (21.2)',
      value: { caseId: CASE_ID, title: 'Request to sanction a search of the premises', addresseeName: 'Investigation department of Almaty police' },
    },
  },
  [ActType.INSTRUCTION]: {
    withTerm: {
      summary: 'An instruction with an execution term (22)',
      value: { caseId: CASE_ID, title: 'Instruction to question the witnesses again', addresseeName: 'Investigation department of Almaty police', termDays: 10 },
    },
  },
  [ActType.COURT_APPLICATION]: {
    application: {
      summary: 'An application to court (23)',
      value: { caseId: CASE_ID, title: 'Application to declare the akimat resolution No. 112 unlawful', addresseeName: 'Specialised inter-district administrative court of Almaty' },
    },
  },
  [ActType.ORDER]: {
    order: {
      summary: 'An order: an obvious violation causing substantial harm, not removed at once (24.1–24.3)',
      value: {
        caseId: CASE_ID,
        title: 'Order to pay the wage arrears',
        addresseeName: 'LLP «Qurylys-Invest»',
        target: TargetKind.DECISION_OR_ACTION,
        violationIsObvious: true,
        mayCauseSubstantialHarm: true,
        notRemovedAtOnce: true,
        violatedNorms: ['Labour Code, art. 113'],
        proposedMeasures: ['Pay the wage arrears for March 2026'],
        termDays: 5,
      },
    },
  },
  [ActType.SUBMISSION]: {
    submission: {
      summary: 'A submission considered within 30 calendar days at most (25.2)',
      value: { caseId: CASE_ID, title: 'Submission on removing the causes of violations of land law', addresseeName: 'Akimat of Bostandyk district', termDays: 30 },
    },
  },
  [ActType.WARNING]: {
    warning: {
      summary: 'A warning of the inadmissibility of violating the law (25-1)',
      value: { caseId: CASE_ID, title: 'Warning on the inadmissibility of unlawful fees', addresseeName: 'Director of school-gymnasium No. 12' },
    },
  },
  [ActType.APPEAL]: {
    appeal: {
      summary: 'A public appeal (25-2)',
      value: { caseId: CASE_ID, title: 'Appeal to the residents on fraud with housing loans', addresseeName: 'Residents of Bostandyk district' },
    },
  },
  [ActType.EXPLANATION]: {
    explanation: {
      summary: 'An explanation of the law, on an identified applicant’s application (26, 7.4)',
      value: {
        caseId: CASE_ID,
        title: 'Explanation of the procedure for appealing an administrative fine',
        addresseeName: 'A. Nurlanovna (applicant)',
        basedOnApplication: true,
        applicantIdentified: true,
      },
    },
  },
  [ActType.PETITION]: {
    petition: {
      summary: 'Law No. 155-VII: a petition to review a court act not yet in force (38)',
      value: { caseId: CASE_ID, title: 'Petition to review the decision of the district court of 02.03.2026', addresseeName: 'Almaty city court' },
    },
  },
  [ActType.INADMISSIBILITY_EXPLANATION]: {
    oral: {
      summary: 'Law No. 155-VII: explained orally to a representative of a legal person (41), on an anonymous report of a crime (24.6)',
      value: {
        caseId: CASE_ID,
        title: 'Explanation of the inadmissibility of unlawful land seizures',
        addresseeName: 'Director of LLP «Qurylys-Invest»',
        form: ExplanationForm.ORAL,
        basedOnApplication: true,
        applicantIdentified: false,
        anonymousException: AnonymousException.CRIME_REPORT,
      },
    },
  },
};

/** GET /api/v1/acts/{id} of a protest filed on 10.03.2026 and received on 12.03.2026 (captured from the API). */
export const ACT_DETAIL_EXAMPLE = {
  "id": "f104999a-7c50-44e4-b120-ec1d314ce76f",
  "caseId": "3b3d2233-7a45-46d6-af63-0f74c44ea960",
  "officeId": "43d77df8-9258-4453-94e3-ba37c30c4cf1",
  "type": "PROTEST",
  "kind": null,
  "state": "DELIVERED",
  "version": 3,
  "editionId": "KZ-2709@2016-12-28",
  "title": "Protest against the akimat resolution No. 112 of 01.03.2026",
  "addresseeName": "Akimat of Bostandyk district",
  "targetDescription": "Resolution No. 112 of 01.03.2026 on land allocation",
  "attributes": {
    "target": "NON_NORMATIVE_LEGAL_ACT",
    "termDays": null,
    "suspendsTargetAct": false,
    "basedOnApplication": false,
    "applicantIdentified": false
  },
  "linkedActId": null,
  "linkReason": null,
  "authorId": "0ebcd851-5ca0-4bb3-919b-8efd1b62dd6f",
  "responsibleUserId": "0ebcd851-5ca0-4bb3-919b-8efd1b62dd6f",
  "office": {
    "id": "43d77df8-9258-4453-94e3-ba37c30c4cf1",
    "code": "ALA-BOS",
    "name": {
      "kk": "Бостандық ауданының прокуратурасы",
      "ru": "Прокуратура Бостандыкского района",
      "en": "Bostandyk District Prosecutor's Office"
    }
  },
  "author": {
    "id": "0ebcd851-5ca0-4bb3-919b-8efd1b62dd6f",
    "fullName": "Помощник прокурора Е. Касымов"
  },
  "responsible": {
    "id": "0ebcd851-5ca0-4bb3-919b-8efd1b62dd6f",
    "fullName": "Помощник прокурора Е. Касымов"
  },
  "issuedAt": "2026-03-10T04:00:00.000Z",
  "nextDueAt": "2026-03-26T19:00:00.000Z",
  "complaintPending": false,
  "suspendedFrom": null,
  "createdAt": "2026-12-04T16:50:57.015Z",
  "updatedAt": "2026-12-04T16:50:57.123Z",
  "text": {
    "ru": {
      "facts": "Постановлением акимата № 112 от 01.03.2026 земельный участок предоставлен без проведения торгов.",
      "violatedNorms": ["Земельный кодекс Республики Казахстан, статья 43"],
      "demands": ["Отменить постановление № 112", "Восстановить нарушенные права"]
    }
  },
  "registrationNumber": "1042",
  "documents": [
    {
      "language": "ru",
      "sha256": "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b",
      "sizeBytes": 27114,
      "preparedAt": "2026-03-10T03:55:00.000Z",
      "issuedAt": "2026-03-10T04:00:00.000Z"
    }
  ],
  "signatures": [],
  "deadlines": [
    {
      "id": "a33cd586-12ed-48e2-8be8-4c4a533bc1fa",
      "kind": "PROTEST_CONSIDERATION",
      "status": "OPEN",
      "runsAgainst": "ADDRESSEE",
      "triggeredAt": "2026-03-12T05:00:00.000Z",
      "dueAt": "2026-03-26T19:00:00.000Z",
      "internalTargetAt": null,
      "metAt": null,
      "missedAt": null,
      "article": "art. 19.3",
      "editionId": "KZ-2709@2016-12-28",
      "explanation": {
        "en": "10 calendar days from receipt on 12.03.2026 → 22.03.2026, a non-working day (Nauryz) → rolls to the next working day 26.03.2026 (23.03.2026 – Nauryz; 24.03.2026 – day off moved from 21.03.2026 (Nauryz); 25.03.2026 – day off moved from 22.03.2026 (Nauryz): not working days either), 24:00 Asia/Almaty; art. 19.3, Law No. 2709 ed. 28.12.2016",
        "kk": "12.03.2026 алынған күннен бастап күнтізбелік 10 күн → 22.03.2026, жұмыс емес күн (Наурыз мейрамы) → келесі жұмыс күніне ауысады 26.03.2026 (23.03.2026 – Наурыз мейрамы; 24.03.2026 – 21.03.2026 күнінен ауыстырылған демалыс күні (Наурыз мейрамы); 25.03.2026 – 22.03.2026 күнінен ауыстырылған демалыс күні (Наурыз мейрамы) — бұлар да жұмыс емес күндер), Asia/Almaty уақытымен 24:00; 19-бап 3-тармақ, № 2709 Заң, 28.12.2016 ред.",
        "ru": "10 календарных дней со дня получения 12.03.2026 → 22.03.2026, нерабочий день (Наурыз мейрамы) → переносится на ближайший следующий рабочий день 26.03.2026 (23.03.2026 – Наурыз мейрамы; 24.03.2026 – выходной день, перенесённый с 21.03.2026 (Наурыз мейрамы); 25.03.2026 – выходной день, перенесённый с 22.03.2026 (Наурыз мейрамы) — также нерабочие дни), 24:00 по времени Asia/Almaty; ст. 19 п. 3, Закон № 2709 в ред. от 28.12.2016"
      },
      "pauses": [],
      "extensions": []
    }
  ],
  "allowedEvents": [
    "CONSIDERATION_SCHEDULED",
    "OUTCOME_SATISFIED",
    "OUTCOME_PARTLY_SATISFIED",
    "OUTCOME_REJECTED",
    "PUBLICATION_RECORDED",
    "WITHDRAW",
    "COMPLAINT_FILED",
    "COMPLAINT_DISMISSED_BY_COURT",
    "COMPLAINT_UPHELD_BY_COURT",
    "SUSPENDED_BY_COURT"
  ],
  "history": [
    {
      "version": 1,
      "event": "FILED",
      "fromState": null,
      "toState": "DRAFT",
      "actorUserId": "0ebcd851-5ca0-4bb3-919b-8efd1b62dd6f",
      "actorRole": "PROSECUTOR",
      "occurredAt": "2026-03-10T04:00:00.000Z",
      "requestId": "c6284402-e3ef-4128-8c35-2686735a88ce",
      "payload": {},
      "effects": []
    },
    {
      "version": 2,
      "event": "ISSUE",
      "fromState": "DRAFT",
      "toState": "ISSUED",
      "actorUserId": "0ebcd851-5ca0-4bb3-919b-8efd1b62dd6f",
      "actorRole": "PROSECUTOR",
      "occurredAt": "2026-03-10T04:00:00.000Z",
      "requestId": "284cc627-d0d9-4b14-9545-4aa932d4cebc",
      "payload": {},
      "effects": []
    },
    {
      "version": 3,
      "event": "DELIVERY_CONFIRMED",
      "fromState": "ISSUED",
      "toState": "DELIVERED",
      "actorUserId": "0ebcd851-5ca0-4bb3-919b-8efd1b62dd6f",
      "actorRole": "PROSECUTOR",
      "occurredAt": "2026-03-12T06:30:00.000Z",
      "requestId": "bac61c88-105c-43f3-b6e6-700b5ad95292",
      "payload": {
        "receivedAt": "2026-03-12T05:00:00Z"
      },
      "effects": [
        {
          "kind": "PROTEST_CONSIDERATION",
          "type": "START_DEADLINE",
          "triggeredAt": "2026-03-12T05:00:00.000Z",
          "firesTermMissed": true,
          "prescribedTermDays": null
        }
      ]
    }
  ]
};
