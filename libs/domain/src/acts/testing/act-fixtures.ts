// Test fixtures for the act machines: snapshots whose guards pass, a valid payload for every
// event, and an actor for every actor kind. Used only by the specs beside the code.
import { ActEvent } from '../act-event';
import { ActBody, ActSnapshot } from '../act-snapshot';
import { ActText } from '../act-text';
import { ActState } from '../act-state';
import { ActType, ExplanationForm, InstructionSubject, ResolutionKind, TargetKind } from '../act-type';
import { Actor, ActorKind } from '../actor';
import { Machine } from '../machine';

export const NOW = new Date('2026-03-10T06:00:00Z');
const HOUR = 3_600_000;
export const iso = (offsetHours: number): string => new Date(NOW.getTime() + offsetHours * HOUR).toISOString();

const noApplication = { basedOnApplication: false, applicantIdentified: false };

/** A text with every part any act type requires (19.1, 19.4, 24.2, 25.1), in both languages. */
export const COMPLETE_TEXT: ActText = {
  kk: { facts: 'Әкімдіктің шешімі заңға қайшы келеді.', violatedNorms: ['Жер кодексі, 43-бап'], demands: ['Шешімнің күшін жою'] },
  ru: { facts: 'Решение акимата противоречит закону.', violatedNorms: ['Земельный кодекс, ст. 43'], demands: ['Отменить решение'] },
};

/** A body of each machine whose issue guards all pass. */
export function validBody(machine: Pick<Machine, 'actType' | 'kind'>): ActBody {
  switch (machine.actType) {
    case ActType.PROTEST:
      return {
        type: ActType.PROTEST,
        kind: null,
        attributes: { ...noApplication, termDays: null, target: TargetKind.NON_NORMATIVE_LEGAL_ACT, suspendsTargetAct: false },
      };
    case ActType.RESOLUTION:
      return resolutionBody(machine.kind);
    case ActType.SANCTION:
      return { type: ActType.SANCTION, kind: null, attributes: { covertActionObtainingProtectedSecrets: false } };
    case ActType.INSTRUCTION:
      return { type: ActType.INSTRUCTION, kind: null, attributes: { ...noApplication, termDays: 5, subject: InstructionSubject.PRE_TRIAL_INVESTIGATION } };
    case ActType.COURT_APPLICATION:
      return { type: ActType.COURT_APPLICATION, kind: null, attributes: noApplication };
    case ActType.ORDER:
      return {
        type: ActType.ORDER,
        kind: null,
        attributes: {
          ...noApplication,
          termDays: 15,
          target: TargetKind.DECISION_OR_ACTION,
          violationIsObvious: true,
          mayCauseSubstantialHarm: true,
          notRemovedAtOnce: true,
          violatedNorms: ['Labour Code, art. 113'],
          proposedMeasures: ['Pay the wage arrears'],
        },
      };
    case ActType.SUBMISSION:
      return { type: ActType.SUBMISSION, kind: null, attributes: { ...noApplication, termDays: null } };
    case ActType.WARNING:
      return { type: ActType.WARNING, kind: null, attributes: noApplication };
    case ActType.APPEAL:
      return { type: ActType.APPEAL, kind: null, attributes: {} };
    case ActType.EXPLANATION:
      return { type: ActType.EXPLANATION, kind: null, attributes: noApplication };
    case ActType.PETITION:
      return { type: ActType.PETITION, kind: null, attributes: noApplication };
    case ActType.INADMISSIBILITY_EXPLANATION:
      return { type: ActType.INADMISSIBILITY_EXPLANATION, kind: null, attributes: { ...noApplication, form: ExplanationForm.ORAL } };
  }
}

function resolutionBody(kind: ResolutionKind | null): ActBody {
  switch (kind) {
    case ResolutionKind.OPEN_PROCEEDINGS:
    case ResolutionKind.OTHER:
    case ResolutionKind.PROCEDURAL:
    case ResolutionKind.DISCIPLINARY_PROCEEDINGS:
    case ResolutionKind.OPERATIVE_SEARCH:
    case ResolutionKind.OPERATIVE_SEARCH_TERMINATION:
    case ResolutionKind.ACT_SUSPENSION:
    case ResolutionKind.RESTRICTIVE_MEASURES_CANCELLATION:
    case ResolutionKind.PENAL_MEASURES_CANCELLATION:
    case ResolutionKind.BAILIFF_ACTS_CANCELLATION:
      return { type: ActType.RESOLUTION, kind, attributes: { ...noApplication, termDays: 10 } };
    case ResolutionKind.SHORT_SUSPENSION:
      return { type: ActType.RESOLUTION, kind, attributes: { ...noApplication, termDays: 2 } };
    case ResolutionKind.SUSPENSION_OR_LIFTING_MEASURES:
      return { type: ActType.RESOLUTION, kind, attributes: { ...noApplication, termDays: 10, suspendsNormativeLegalAct: false } };
    case ResolutionKind.INSPECTION:
      return { type: ActType.RESOLUTION, kind, attributes: noApplication };
    case ResolutionKind.COMPULSORY_EXECUTION:
      // termDays: the term 155-VII art. 37.2 requires; the 1995 machine reads no term.
      return { type: ActType.RESOLUTION, kind, attributes: { deprivesProperty: false, termDays: 5 } };
    case ResolutionKind.BRING_BY_FORCE:
      return { type: ActType.RESOLUTION, kind, attributes: { personRefusedToAppear: true } };
    case null:
      throw new Error('A resolution machine has a kind');
  }
}

/**
 * An act of the machine in `state`, with a complaint pending (so complaint guards pass) and, when
 * SUSPENDED, suspended from the first state the table suspends from.
 */
export function snapshotIn(machine: Machine, state: ActState, body: ActBody = validBody(machine)): ActSnapshot {
  const suspendedFrom = state === ActState.SUSPENDED ? (machine.suspendableFrom[0] ?? null) : null;
  return { ...body, state, editionId: machine.editionId, suspendedFrom, complaintPending: true, text: COMPLETE_TEXT };
}

export const ACTORS: Readonly<Record<ActorKind, Actor>> = {
  AUTHOR: { role: 'PROSECUTOR', officeRelation: 'SAME_OFFICE' },
  ADDRESSEE_REPORT: { role: 'PROSECUTOR', officeRelation: 'SAME_OFFICE' },
  HEAD_OF_OFFICE: { role: 'SUPERVISOR', officeRelation: 'SAME_OFFICE' },
  COURT_OUTCOME: { role: 'PROSECUTOR', officeRelation: 'SAME_OFFICE' },
  HIGHER_SUPERVISOR: { role: 'SUPERVISOR', officeRelation: 'HIGHER_OFFICE' },
  SYSTEM: { role: 'SYSTEM', officeRelation: 'UNRELATED' },
};

/** A payload each event accepts, for an act of this machine. */
export function validPayload(event: ActEvent, machine: Machine): Record<string, unknown> {
  switch (event) {
    case ActEvent.DELIVERY_CONFIRMED:
    case ActEvent.SANCTION_REQUESTED:
      return { receivedAt: iso(-2) };
    case ActEvent.CONSIDERATION_SCHEDULED:
    case ActEvent.CONSIDERATION_RESCHEDULED:
      return { notifiedAt: iso(-1), meetingAt: iso(24 * 10) };
    case ActEvent.CONSIDERATION_HELD:
      return { consideredAt: iso(-1) };
    case ActEvent.OUTCOME_SATISFIED:
    case ActEvent.OUTCOME_PARTLY_SATISFIED:
    case ActEvent.OUTCOME_REJECTED:
      return { decidedAt: iso(-1) };
    case ActEvent.EXECUTION_REPORTED:
      return { executedAt: iso(-3) };
    case ActEvent.TERM_MISSED:
      return { deadline: machine.termMissedDeadlines[0] };
    case ActEvent.PUBLICATION_RECORDED:
      return { publishedAt: iso(-1), medium: 'Егемен Қазақстан' };
    case ActEvent.WITHDRAW:
    case ActEvent.CANCELLED_BY_HIGHER_PROSECUTOR:
    case ActEvent.REVOKED_BY_HIGHER_PROSECUTOR:
    case ActEvent.AMENDED_BY_HIGHER_PROSECUTOR:
      return { summary: 'Reasons stated in the decision' };
    case ActEvent.COMPLAINT_FILED:
      return { filedAt: iso(-5), forum: 'HIGHER_PROSECUTOR', learnedAt: iso(-48) };
    case ActEvent.INSPECTION_STARTED:
      return { startedAt: iso(-2), registrationNumber: '2026-0001-ПС' };
    case ActEvent.INSPECTION_SUSPENDED:
    case ActEvent.SUSPENSION_LIFTED_BY_HIGHER_PROSECUTOR:
      return { summary: 'Expert examination ordered' };
    case ActEvent.INSPECTION_EXTENDED:
      return { extensionCount: 1, extensionUnit: 'MONTH', consent: 'Consent of the regional prosecutor No. 12-3/45' };
    case ActEvent.INSPECTION_COMPLETED:
      return { completedAt: iso(-1) };
    case ActEvent.SANCTION_GRANTED:
      return { signature: 'HANDWRITTEN' };
    case ActEvent.SANCTION_REFUSED:
      return { reasons: 'The materials do not show the grounds the request relies on' };
    case ActEvent.FILED_WITH_COURT:
      return { filedAt: iso(-1), court: 'Specialised inter-district economic court of Almaty' };
    default:
      return {};
  }
}
