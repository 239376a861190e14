import { Citation, formatCitation, OK, refuse, Verdict } from '../shared';
import { checkPrescribedTerm } from '../terms';
import { ActSnapshot, applicationBasisOf, prescribedTermOf } from './act-snapshot';
import { checkActText } from './act-text';
import { ActType, isNormative, ResolutionKind, TargetKind } from './act-type';
import { art } from './citations';
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
}

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
