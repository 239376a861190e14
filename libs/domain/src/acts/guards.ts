import { isWorkingDay, nextWorkingDay, ProductionCalendar } from '../calendar';
import { Citation, formatCitation, OK, refuse, TermRefusalCode, Verdict } from '../shared';
import { checkPrescribedTerm } from '../terms';
import { addMonthsClamped, endOfLocalDay, toLocalDate, toLocalDateTime } from '../time';
import { ActSnapshot, applicationBasisOf, prescribedTermOf } from './act-snapshot';
import { checkActText } from './act-text';
import { ActType, BringByForceExemption, isNormative, ProtestTargetIssuer, ResolutionKind, TargetKind } from './act-type';
import type { Actor } from './actor';
import { art, art155 } from './citations';
import type { Machine, TransitionRow } from './machine';
import { EventPayload } from './payload';
import { ActRefusalCode } from '../shared';

/**
 * Whether the act's document is signed, as the app found it when the event was fired:
 * NOT_REQUIRED when the office does not require a signature for the act's type (a setting), else
 * SIGNED or UNSIGNED (a verified signature over the PDF of the draft as it stands).
 */
export type DocumentSignature = 'NOT_REQUIRED' | 'SIGNED' | 'UNSIGNED';

/** What the app establishes outside the act row for one transition. */
export interface TransitionFacts {
  readonly documentSignature: DocumentSignature;
}

/** No fact established: nothing requires a signature (filing checks, the deadline engine). */
export const NO_TRANSITION_FACTS: TransitionFacts = Object.freeze({ documentSignature: 'NOT_REQUIRED' as const });

export interface GuardContext {
  readonly act: ActSnapshot;
  readonly payload: EventPayload;
  readonly row: TransitionRow;
  readonly machine: Machine;
  readonly facts: TransitionFacts;
  /** Who fires the event; absent when a draft's content alone is judged. */
  readonly actor?: Actor;
  readonly now?: Date;
  /** The production calendar, for guards that count a term (155-VII 25.1); absent in pure checks. */
  readonly calendar?: ProductionCalendar;
}

/** Resolution kinds of 155-VII art. 37.1 executed within the prosecutor's term (37.2), by machine id. */
const EXECUTION_RESOLUTIONS_155 = [
  'RESOLUTION.PROCEDURAL',
  'RESOLUTION.DISCIPLINARY_PROCEEDINGS',
  'RESOLUTION.OPERATIVE_SEARCH',
  'RESOLUTION.OPERATIVE_SEARCH_TERMINATION',
  'RESOLUTION.ACT_SUSPENSION',
  'RESOLUTION.RESTRICTIVE_MEASURES_CANCELLATION',
  'RESOLUTION.PENAL_MEASURES_CANCELLATION',
  'RESOLUTION.BAILIFF_ACTS_CANCELLATION',
];

/** 155-VII art. 33.6: issuers whose acts are never protested. */
const UNPROTESTABLE_ISSUERS: ReadonlySet<ProtestTargetIssuer> = new Set([
  ProtestTargetIssuer.PRESIDENT,
  ProtestTargetIssuer.PRESIDENTIAL_ADMINISTRATION,
  ProtestTargetIssuer.CONSTITUTIONAL_COURT,
  ProtestTargetIssuer.SUPREME_AUDIT_CHAMBER_AUDIT_RESULT,
]);

/**
 * Night, for 155-VII art. 26.13 ("never at night"): 22:00–06:00 Asia/Almaty. The law does not
 * define night; this is the Criminal Procedure Code's definition, applied here as policy.
 */
export const NIGHT_HOURS = { from: 22, to: 6 } as const;

export interface GuardDefinition {
  readonly description: string;
  /** The rule the guard enforces; null when it enforces the row's own article (the row's citation is used). */
  readonly citation: Citation | null;
  /** Machine ids (see machineId) the guard can read; the table validator checks every use. */
  readonly appliesTo: readonly string[] | 'ANY';
  readonly check: (context: GuardContext) => Verdict;
}

/**
 * Every guard a transition table may name. A guard reads the act and the payload and returns OK
 * or a Refusal with a stable code and the article it enforces.
 */
export const GUARDS = {
  /** 19.3, 25.2, 20.3, 24.3, 22 via the term rules: the prescribed term is within statutory bounds. */
  PRESCRIBED_TERM_WITHIN_BOUNDS: {
    description: 'The term the prosecutor set is within the statutory bounds of the clock (checkPrescribedTerm).',
    citation: null,
    appliesTo: [
      'PROTEST',
      'RESOLUTION.OPEN_PROCEEDINGS',
      'RESOLUTION.SUSPENSION_OR_LIFTING_MEASURES',
      'RESOLUTION.OTHER',
      'INSTRUCTION',
      'ORDER',
      'SUBMISSION',
      ...EXECUTION_RESOLUTIONS_155,
      'RESOLUTION.COMPULSORY_EXECUTION',
      'RESOLUTION.SHORT_SUSPENSION',
    ],
    check: ({ act, machine }) => {
      if (!machine.prescribedTermClock) throw new Error(`${machine.id} has no prescribed-term clock`);
      return checkPrescribedTerm(machine.prescribedTermClock, prescribedTermOf(act), act.editionId);
    },
  },
  APPLICANT_IDENTIFIED: {
    description: 'An act opened on an application needs an identified applicant.',
    citation: art('7', '4'),
    appliesTo: 'ANY',
    check: ({ act }) => {
      const basis = applicationBasisOf(act);
      if (!basis || !basis.basedOnApplication || basis.applicantIdentified) return OK;
      return refusal(ActRefusalCode.ANONYMOUS_APPLICATION, art('7', '4'), 'Anonymous applications are not examined.', 'applicantIdentified');
    },
  },
  PROTEST_DOES_NOT_SUSPEND_LAW: {
    description: 'A protest against a law does not suspend it.',
    citation: art('19', '5'),
    appliesTo: ['PROTEST'],
    check: ({ act }) => {
      const attributes = bodyOf(act, ActType.PROTEST).attributes;
      if (!attributes.suspendsTargetAct || attributes.target !== TargetKind.LAW) return OK;
      return refusal(
        ActRefusalCode.PROTEST_CANNOT_SUSPEND_LAW,
        art('19', '5'),
        'A protest against a law does not suspend its operation.',
        'suspendsTargetAct',
      );
    },
  },
  ORDER_NOT_AGAINST_NORMATIVE_ACT: {
    description: 'An order is not issued against a normative legal act.',
    citation: art('24', '1'),
    appliesTo: ['ORDER'],
    check: ({ act }) =>
      isNormative(bodyOf(act, ActType.ORDER).attributes.target)
        ? refusal(ActRefusalCode.ORDER_AGAINST_NORMATIVE_ACT, art('24', '1'), 'An order may not be issued against a normative legal act.', 'target')
        : OK,
  },
  ORDER_GROUNDS_PRESENT: {
    description: 'The violation is obvious, may cause substantial harm and is not removed at once.',
    citation: art('24', '1'),
    appliesTo: ['ORDER'],
    check: ({ act }) => {
      const attributes = bodyOf(act, ActType.ORDER).attributes;
      const missing = (['violationIsObvious', 'mayCauseSubstantialHarm', 'notRemovedAtOnce'] as const).find((ground) => !attributes[ground]);
      if (!missing) return OK;
      return refusal(
        ActRefusalCode.ORDER_GROUNDS_NOT_MET,
        art('24', '1'),
        'An order is issued only when the violation is obvious, may cause substantial harm and is not removed at once.',
        missing,
      );
    },
  },
  ORDER_CONTENT_COMPLETE: {
    description: 'The order names the violated norms and concrete measures to remove the violation.',
    citation: art('24', '2'),
    appliesTo: ['ORDER'],
    check: ({ act }) => {
      const attributes = bodyOf(act, ActType.ORDER).attributes;
      const missing = (['violatedNorms', 'proposedMeasures'] as const).find((field) => !attributes[field].some((entry) => entry.trim() !== ''));
      if (!missing) return OK;
      return refusal(
        ActRefusalCode.ORDER_CONTENT_INCOMPLETE,
        art('24', '2'),
        'An order must name the violated norms and propose concrete measures to remove the violation.',
        missing,
      );
    },
  },
  COMPLAINT_PENDING: {
    description: 'A complaint against the act is pending (suspension lasts until it is decided).',
    citation: null,
    appliesTo: 'ANY',
    check: ({ act, row, machine }) =>
      act.complaintPending
        ? OK
        : refusal(ActRefusalCode.NO_PENDING_COMPLAINT, row.citation ?? machine.citation, 'No complaint against this act is pending.'),
  },
  NO_PROPERTY_DEPRIVATION: {
    description: 'The requirement enforced does not deprive anyone of property.',
    citation: art('26-1', '1'),
    appliesTo: ['RESOLUTION.COMPULSORY_EXECUTION'],
    check: ({ act }) =>
      resolutionOf(act, ResolutionKind.COMPULSORY_EXECUTION).attributes.deprivesProperty
        ? refusal(
            ActRefusalCode.COMPULSORY_EXECUTION_OF_PROPERTY_DEPRIVATION,
            art('26-1', '1'),
            'Requirements that provide for compulsory deprivation of property are not executed compulsorily by the prosecutor.',
            'deprivesProperty',
          )
        : OK,
  },
  PERSON_REFUSED_TO_APPEAR: {
    description: 'The person refused to appear to give explanations.',
    citation: art('26-1', '3'),
    appliesTo: ['RESOLUTION.BRING_BY_FORCE'],
    check: ({ act }) =>
      resolutionOf(act, ResolutionKind.BRING_BY_FORCE).attributes.personRefusedToAppear
        ? OK
        : refusal(
            ActRefusalCode.BRING_BY_FORCE_WITHOUT_REFUSAL_TO_APPEAR,
            art('26-1', '3'),
            'A person is brought by force only after refusing to appear at the prosecutor’s office.',
            'personRefusedToAppear',
          ),
  },
  ELECTRONIC_SIGNATURE_PERMITTED: {
    description: 'No electronic signature on a sanction of a covert action obtaining protected secrets.',
    citation: art('21', '2'),
    appliesTo: ['SANCTION'],
    check: ({ act, payload }) =>
      payload.signature === 'ELECTRONIC' && bodyOf(act, ActType.SANCTION).attributes.covertActionObtainingProtectedSecrets
        ? refusal(
            ActRefusalCode.ELECTRONIC_SIGNATURE_NOT_PERMITTED,
            art('21', '2'),
            'A sanction of a covert investigative action obtaining protected secrets cannot be signed electronically.',
            'signature',
          )
        : OK,
  },
  ACT_TEXT_COMPLETE: {
    description: 'The act has its text in Kazakh or Russian, with every part its type requires (19.1, 19.4, 24.2, 25.1; policy for the others).',
    citation: null,
    appliesTo: 'ANY',
    check: ({ act }) => checkActText(act.type, act.text),
  },
  DOCUMENT_SIGNED_WHEN_REQUIRED: {
    description: 'When the office requires it for the act type (a setting, not statute), the act’s PDF is signed before it is issued.',
    citation: null,
    appliesTo: 'ANY',
    check: ({ facts, row, machine }) =>
      facts.documentSignature !== 'UNSIGNED'
        ? OK
        : refuse({
            code: ActRefusalCode.DOCUMENT_NOT_SIGNED,
            citation: row.citation ?? machine.citation,
            message: 'This act type is issued only once its document is signed: sign the PDF of the draft and send the signature first (office setting, not statute).',
            field: 'signature',
          }),
  },
  ANONYMOUS_APPLICATION_EXCEPTED: {
    description:
      'An anonymous application is examined only when it reports a criminal offence being prepared or committed, or a threat to national (including public) security.',
    citation: art155('24', '6'),
    appliesTo: 'ANY',
    check: ({ act }) => {
      const basis = applicationBasisOf(act);
      if (!basis || !basis.basedOnApplication || basis.applicantIdentified || basis.anonymousException) return OK;
      return refusal(
        ActRefusalCode.ANONYMOUS_APPLICATION,
        art155('24', '6'),
        'Anonymous applications are not examined unless they report a crime being prepared or committed, or a threat to national security: claim the exception (anonymousException) or identify the applicant.',
        'anonymousException',
      );
    },
  },
  PROTEST_TARGET_PROTESTABLE: {
    description:
      'Legislative acts and acts of the President, the Presidential Administration, the Constitutional Court and the Supreme Audit Chamber (on its audits) are not protested.',
    citation: art155('33', '6'),
    appliesTo: ['PROTEST'],
    check: ({ act }) => {
      const attributes = bodyOf(act, ActType.PROTEST).attributes;
      if (attributes.target === TargetKind.LAW) {
        return refusal(ActRefusalCode.PROTEST_TARGET_NOT_PROTESTABLE, art155('33', '6'), 'Legislative acts of the Republic are not protested.', 'target');
      }
      if (attributes.targetIssuer && UNPROTESTABLE_ISSUERS.has(attributes.targetIssuer)) {
        return refusal(
          ActRefusalCode.PROTEST_TARGET_NOT_PROTESTABLE,
          art155('33', '6'),
          `Acts of this issuer (${attributes.targetIssuer}) are not protested.`,
          'targetIssuer',
        );
      }
      return OK;
    },
  },
  PROTEST_SUSPENSION_BY_HEAD: {
    description: 'Only the heads the law names (a supervisor of the office) suspend the protested act until the protest is decided.',
    citation: art155('33', '5'),
    appliesTo: ['PROTEST'],
    check: ({ act, actor }) => {
      if (!bodyOf(act, ActType.PROTEST).attributes.suspendsTargetAct || !actor || actor.role === 'SUPERVISOR') return OK;
      return refusal(
        ActRefusalCode.PROTEST_SUSPENSION_RESERVED,
        art155('33', '5'),
        'Suspending the protested act is reserved to the Prosecutor General, his deputies and the heads of prosecutor\'s offices.',
        'suspendsTargetAct',
      );
    },
  },
  SUBMISSION_TERM_ONLY_WHEN_URGENT: {
    description:
      'A submission is considered within 30 calendar days; the prosecutor sets another term only where irreversible consequences for life and health or state security may occur.',
    citation: art155('36', '2'),
    appliesTo: ['SUBMISSION'],
    check: ({ act }) => {
      const attributes = bodyOf(act, ActType.SUBMISSION).attributes;
      const termSet = attributes.termDays !== null && attributes.termDays !== undefined;
      if (termSet && !attributes.urgencyGround) {
        return refusal(
          ActRefusalCode.SUBMISSION_TERM_WITHOUT_URGENCY,
          art155('36', '2'),
          'A submission is considered within 30 calendar days; a term of your own needs the urgency ground (urgencyGround).',
          'termDays',
        );
      }
      if (!termSet && attributes.urgencyGround) {
        return refuse({
          code: TermRefusalCode.REQUIRED,
          citation: art155('36', '2'),
          message: `On the urgency ground the prosecutor sets the term of consideration (${formatCitation(art155('36', '2'))}).`,
          field: 'termDays',
        });
      }
      return OK;
    },
  },
  SANCTION_REFUSAL_REASONED: {
    description: 'A refusal to sanction states its reasons and grounds.',
    citation: art155('34', '2'),
    appliesTo: ['SANCTION'],
    check: ({ payload }) =>
      payload.reasons?.trim()
        ? OK
        : refusal(ActRefusalCode.SANCTION_REFUSAL_WITHOUT_REASONS, art155('34', '2'), 'A refusal to sanction states its reasons and grounds.', 'reasons'),
  },
  SECRET_MEASURE_NOT_SIGNED_ELECTRONICALLY: {
    description:
      'No electronic signature on a sanction of operative-search or counter-intelligence measures or covert investigative actions obtaining protected secrets.',
    citation: art155('34', '3'),
    appliesTo: ['SANCTION'],
    check: ({ act, payload }) =>
      payload.signature === 'ELECTRONIC' && bodyOf(act, ActType.SANCTION).attributes.covertActionObtainingProtectedSecrets
        ? refusal(
            ActRefusalCode.ELECTRONIC_SIGNATURE_NOT_PERMITTED,
            art155('34', '3'),
            'A sanction of operative-search or counter-intelligence measures or covert investigative actions obtaining protected secrets is not signed electronically.',
            'signature',
          )
        : OK,
  },
  INSTRUCTION_SUBJECT_STATED: {
    description: 'An instruction is given in writing on one of the matters art. 35.1 lists.',
    citation: art155('35', '1'),
    appliesTo: ['INSTRUCTION'],
    check: ({ act }) =>
      bodyOf(act, ActType.INSTRUCTION).attributes.subject
        ? OK
        : refusal(ActRefusalCode.INSTRUCTION_SUBJECT_MISSING, art155('35', '1'), 'Name the matter of art. 35.1 the instruction is given on (subject).', 'subject'),
  },
  INSPECTION_REGISTERED: {
    description: 'The resolution ordering the inspection is registered with the legal-statistics body before the inspection starts.',
    citation: art155('18', '4'),
    appliesTo: ['RESOLUTION.INSPECTION'],
    check: ({ payload }) =>
      payload.registrationNumber?.trim()
        ? OK
        : refusal(
            ActRefusalCode.INSPECTION_NOT_REGISTERED,
            art155('18', '4'),
            'An inspection starts only once its resolution is registered: give the registration number (registrationNumber).',
            'registrationNumber',
          ),
  },
  COMPLAINT_WITHIN_FILING_WINDOW: {
    description:
      'A complaint to the higher prosecutor is filed within 3 months of the day the person learned of the act; a term missed for a good reason may be restored by the office considering it.',
    citation: art155('25', '1'),
    appliesTo: 'ANY',
    check: ({ payload, calendar }) => {
      if (payload.forum !== 'HIGHER_PROSECUTOR') return OK;
      const { learnedAt, filedAt } = payload;
      if (!learnedAt) {
        return refusal(ActRefusalCode.INVALID_PAYLOAD, art155('25', '1'), 'A complaint to the higher prosecutor says when the person learned of the act (learnedAt).', 'learnedAt');
      }
      if (!filedAt || payload.restoredTerm?.trim() || filedAt.getTime() < complaintWindowEnd(learnedAt, calendar).getTime()) return OK;
      return refusal(
        ActRefusalCode.COMPLAINT_FILING_TERM_EXPIRED,
        art155('25', '1'),
        'A complaint is filed within 3 months of learning of the act; this one is late — unless the office restored the term (restoredTerm).',
        'learnedAt',
      );
    },
  },
  PERSON_FAILED_TO_APPEAR: {
    description: 'A person is brought by force only after failing to appear without good reason.',
    citation: art155('26', '11'),
    appliesTo: ['RESOLUTION.BRING_BY_FORCE'],
    check: ({ act }) =>
      resolutionOf(act, ResolutionKind.BRING_BY_FORCE).attributes.personRefusedToAppear
        ? OK
        : refusal(
            ActRefusalCode.BRING_BY_FORCE_WITHOUT_REFUSAL_TO_APPEAR,
            art155('26', '11'),
            'A person is brought by force only after failing to appear without good reason.',
            'personRefusedToAppear',
          ),
  },
  PERSON_NOT_EXEMPT_FROM_FORCE: {
    description: 'Children under 14, minors without notice to their legal representative, pregnant women and persons whose health prevents them leaving are not brought by force.',
    citation: art155('26', '14'),
    appliesTo: ['RESOLUTION.BRING_BY_FORCE'],
    check: ({ act }) => {
      const exemption = resolutionOf(act, ResolutionKind.BRING_BY_FORCE).attributes.exemption;
      if (!exemption || exemption === BringByForceExemption.NONE) return OK;
      return refusal(ActRefusalCode.BRING_BY_FORCE_EXEMPT_PERSON, art155('26', '14'), `This person (${exemption}) is not brought by force.`, 'exemption');
    },
  },
  NOT_AT_NIGHT: {
    description: `A person is never brought by force at night (policy: night is ${NIGHT_HOURS.from}:00–0${NIGHT_HOURS.to}:00 Asia/Almaty, the Criminal Procedure Code's definition; the law does not define it).`,
    citation: art155('26', '13'),
    appliesTo: ['RESOLUTION.BRING_BY_FORCE'],
    check: ({ payload }) => {
      const at = payload.executedAt;
      if (!at) return OK;
      const hour = toLocalDateTime(at).hour;
      return hour >= NIGHT_HOURS.from || hour < NIGHT_HOURS.to
        ? refusal(
            ActRefusalCode.BRING_BY_FORCE_AT_NIGHT,
            art155('26', '13'),
            `A person is never brought by force at night (${NIGHT_HOURS.from}:00–0${NIGHT_HOURS.to}:00 Asia/Almaty, policy).`,
            'executedAt',
          )
        : OK;
    },
  },
  MISSED_DEADLINE_ENDS_TERM: {
    description: 'The missed clock is one whose miss the table acts on (started with firesTermMissed).',
    citation: null,
    appliesTo: 'ANY',
    check: ({ payload, machine, row }) =>
      machine.termMissedDeadlines.some((kind) => kind === payload.deadline)
        ? OK
        : refusal(
            ActRefusalCode.TERM_MISSED_WRONG_DEADLINE,
            row.citation ?? machine.citation,
            `A missed ${String(payload.deadline)} does not end the term of this act (${machine.termMissedDeadlines.join(', ') || 'no clock'} does).`,
            'deadline',
          ),
  },
} satisfies Record<string, GuardDefinition>;

export type GuardName = keyof typeof GUARDS;

export const GUARD_NAMES = Object.keys(GUARDS) as GuardName[];

export function isGuardName(name: string): name is GuardName {
  return Object.hasOwn(GUARDS, name);
}

/**
 * The last instant a complaint may be filed: 3 months from the day the person learned of the act,
 * to 24:00 of the same-numbered day (the month's last day when there is none), and, with a calendar,
 * on to the next working day when that day is not one (the Civil Code's rule for terms).
 */
function complaintWindowEnd(learnedAt: Date, calendar: ProductionCalendar | undefined): Date {
  const last = addMonthsClamped(toLocalDate(learnedAt), 3);
  return endOfLocalDay(calendar && !isWorkingDay(last, calendar) ? nextWorkingDay(last, calendar) : last);
}

function refusal(code: ActRefusalCode, citation: Citation, message: string, field?: string): Verdict {
  return refuse({ code, citation, message: `${message} (${formatCitation(citation)})`, ...(field === undefined ? {} : { field }) });
}

// Guards only run on the machines they list in appliesTo (checked when the tables load), so a
// snapshot of another type here is a programming error.
function bodyOf<T extends ActType>(act: ActSnapshot, type: T): Extract<ActSnapshot, { type: T }> {
  if (!isOfType(act, type)) throw new Error(`Guard for ${type} ran on a ${act.type}`);
  return act;
}

function isOfType<T extends ActType>(act: ActSnapshot, type: T): act is Extract<ActSnapshot, { type: T }> {
  return act.type === type;
}

function resolutionOf<K extends ResolutionKind>(act: ActSnapshot, kind: K): Extract<ActSnapshot, { kind: K }> {
  if (!isOfKind(act, kind)) throw new Error(`Guard for RESOLUTION.${kind} ran on ${act.type}.${String(act.kind)}`);
  return act;
}

function isOfKind<K extends ResolutionKind>(act: ActSnapshot, kind: K): act is Extract<ActSnapshot, { kind: K }> {
  return act.kind === kind;
}
