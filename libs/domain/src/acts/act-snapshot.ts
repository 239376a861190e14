import { ActState } from './act-state';
import { ActText } from './act-text';
import {
  ActType,
  AnonymousException,
  BringByForceExemption,
  ExplanationForm,
  InstructionSubject,
  ProtestTargetIssuer,
  ResolutionKind,
  SubmissionUrgencyGround,
  TargetKind,
} from './act-type';

/**
 * Acts opened on someone's application: anonymous applications are not examined (2709 art. 7.4),
 * unless they report a crime or a threat to national security (155-VII art. 24.6: the exception
 * the intake officer claims). Absent on acts filed before the exception existed.
 */
export interface ApplicationBasis {
  readonly basedOnApplication: boolean;
  readonly applicantIdentified: boolean;
  readonly anonymousException?: AnonymousException | null;
}

/** A term the prosecutor sets, in the clock's unit (calendar days), or null when none is set. */
export interface PrescribedTerm {
  readonly termDays: number | null;
}

export interface ProtestAttributes extends ApplicationBasis, PrescribedTerm {
  readonly target: TargetKind;
  /** The prosecutor suspends the protested act until the protest is decided (19.5; 155-VII 33.5: named heads only). */
  readonly suspendsTargetAct: boolean;
  /** 155-VII art. 33.6: whose act it is (some issuers' acts are never protested); absent under Law No. 2709. */
  readonly targetIssuer?: ProtestTargetIssuer;
}

/** OPEN_PROCEEDINGS and OTHER resolutions: executed in the term set by law or the prosecutor (20.3). */
export type ExecutionResolutionAttributes = ApplicationBasis & PrescribedTerm;

export interface SuspensionResolutionAttributes extends ApplicationBasis, PrescribedTerm {
  /** The resolution suspends a normative legal act: it must be published (18.1-1). */
  readonly suspendsNormativeLegalAct: boolean;
}

export type InspectionAttributes = ApplicationBasis;

export interface CompulsoryExecutionAttributes {
  /** The requirement enforced deprives someone of property: excluded from compulsory execution (26-1.1). */
  readonly deprivesProperty: boolean;
  /** 155-VII art. 37.2: the execution term the prosecutor sets; absent under Law No. 2709 (its clock is "immediately"). */
  readonly termDays?: number | null;
}

export interface BringByForceAttributes {
  /** The person refused to appear to give explanations — the only ground (26-1.3; 155-VII 26.11: failed to appear without good reason). */
  readonly personRefusedToAppear: boolean;
  /** 155-VII art. 26.14: a person never brought by force; absent under Law No. 2709. */
  readonly exemption?: BringByForceExemption;
}

export interface SanctionAttributes {
  /** A covert investigative action obtaining legally protected secrets: no electronic signature (21.2). */
  readonly covertActionObtainingProtectedSecrets: boolean;
}

export type InstructionAttributes = ApplicationBasis &
  PrescribedTerm & {
    /** 155-VII art. 35.1: the matter it is given on; absent under Law No. 2709. */
    readonly subject?: InstructionSubject | null;
  };

export type CourtApplicationAttributes = ApplicationBasis;

export interface OrderAttributes extends ApplicationBasis, PrescribedTerm {
  readonly target: TargetKind;
  /** The three grounds of 24.1, all required. */
  readonly violationIsObvious: boolean;
  readonly mayCauseSubstantialHarm: boolean;
  readonly notRemovedAtOnce: boolean;
  /** The violated norms and the concrete measures the order must name (24.2). */
  readonly violatedNorms: readonly string[];
  readonly proposedMeasures: readonly string[];
}

export type SubmissionAttributes = ApplicationBasis &
  PrescribedTerm & {
    /** 155-VII art. 36.2: the urgency ground on which the prosecutor sets the term; absent under Law No. 2709. */
    readonly urgencyGround?: SubmissionUrgencyGround | null;
  };
export type WarningAttributes = ApplicationBasis;
/** An appeal addresses the public (25-2): no attribute rules its life cycle. */
export type AppealAttributes = Readonly<Record<string, never>>;
export type ExplanationAttributes = ApplicationBasis;
/** 155-VII art. 38: a petition to review a court act not yet in force, under procedural law. */
export type PetitionAttributes = ApplicationBasis;
/** 155-VII art. 41: written or oral; the oral one is recorded (who was told, when and by whom). */
export type InadmissibilityExplanationAttributes = ApplicationBasis & { readonly form: ExplanationForm };

/** 155-VII art. 37.1: resolutions executed within the term the prosecutor sets in them (37.2). */
export type ExecutionResolutionKind =
  | ResolutionKind.OPEN_PROCEEDINGS
  | ResolutionKind.OTHER
  | ResolutionKind.PROCEDURAL
  | ResolutionKind.DISCIPLINARY_PROCEEDINGS
  | ResolutionKind.OPERATIVE_SEARCH
  | ResolutionKind.OPERATIVE_SEARCH_TERMINATION
  | ResolutionKind.ACT_SUSPENSION
  | ResolutionKind.RESTRICTIVE_MEASURES_CANCELLATION
  | ResolutionKind.PENAL_MEASURES_CANCELLATION
  | ResolutionKind.BAILIFF_ACTS_CANCELLATION;

/** The per-type part of an act: what the guards and effects read. */
export type ActBody =
  | { readonly type: ActType.PROTEST; readonly kind: null; readonly attributes: ProtestAttributes }
  | {
      readonly type: ActType.RESOLUTION;
      readonly kind: ExecutionResolutionKind;
      readonly attributes: ExecutionResolutionAttributes;
    }
  | {
      readonly type: ActType.RESOLUTION;
      /** The prescribed term is the period of suspension, in working days (at most 3, 155-VII art. 37.1(9)). */
      readonly kind: ResolutionKind.SHORT_SUSPENSION;
      readonly attributes: ExecutionResolutionAttributes;
    }
  | {
      readonly type: ActType.RESOLUTION;
      readonly kind: ResolutionKind.SUSPENSION_OR_LIFTING_MEASURES;
      readonly attributes: SuspensionResolutionAttributes;
    }
  | { readonly type: ActType.RESOLUTION; readonly kind: ResolutionKind.INSPECTION; readonly attributes: InspectionAttributes }
  | {
      readonly type: ActType.RESOLUTION;
      readonly kind: ResolutionKind.COMPULSORY_EXECUTION;
      readonly attributes: CompulsoryExecutionAttributes;
    }
  | { readonly type: ActType.RESOLUTION; readonly kind: ResolutionKind.BRING_BY_FORCE; readonly attributes: BringByForceAttributes }
  | { readonly type: ActType.SANCTION; readonly kind: null; readonly attributes: SanctionAttributes }
  | { readonly type: ActType.INSTRUCTION; readonly kind: null; readonly attributes: InstructionAttributes }
  | { readonly type: ActType.COURT_APPLICATION; readonly kind: null; readonly attributes: CourtApplicationAttributes }
  | { readonly type: ActType.ORDER; readonly kind: null; readonly attributes: OrderAttributes }
  | { readonly type: ActType.SUBMISSION; readonly kind: null; readonly attributes: SubmissionAttributes }
  | { readonly type: ActType.WARNING; readonly kind: null; readonly attributes: WarningAttributes }
  | { readonly type: ActType.APPEAL; readonly kind: null; readonly attributes: AppealAttributes }
  | { readonly type: ActType.EXPLANATION; readonly kind: null; readonly attributes: ExplanationAttributes }
  | { readonly type: ActType.PETITION; readonly kind: null; readonly attributes: PetitionAttributes }
  | { readonly type: ActType.INADMISSIBILITY_EXPLANATION; readonly kind: null; readonly attributes: InadmissibilityExplanationAttributes };

/** The life-cycle part the app persists beside the state column. */
export interface ActLifecycle {
  readonly state: ActState;
  /** The statute edition in force on the day the act was issued; the act is judged by it. */
  readonly editionId: string;
  /** While SUSPENDED: the state to return to when the complaint is dismissed; null otherwise. */
  readonly suspendedFrom: ActState | null;
  /** At least one complaint against the act is undecided (8.1, 8.2). */
  readonly complaintPending: boolean;
  /** When the act was issued; null (or unknown) while it is a draft. */
  readonly issuedAt?: Date | null;
  /**
   * When the fact that brought the act into its current state happened — its issue, a receipt, a
   * decision (fact-order.ts); null or unknown: no fact recorded, nothing to order against.
   */
  readonly lastFactAt?: Date | null;
}

/** The act as a document: its official text (checked before it leaves its draft, act-text.ts). */
export interface ActDocumentText {
  readonly text: ActText;
}

/** What decide() needs to know about an act. Plain data: the app builds it from the act row. */
export type ActSnapshot = ActBody & ActLifecycle & ActDocumentText;

export function applicationBasisOf(act: ActSnapshot): ApplicationBasis | null {
  const attributes: object = act.attributes;
  return 'basedOnApplication' in attributes && 'applicantIdentified' in attributes ? (attributes as ApplicationBasis) : null;
}

export function prescribedTermOf(act: ActSnapshot): number | null {
  const attributes: object = act.attributes;
  return 'termDays' in attributes ? (attributes as PrescribedTerm).termDays : null;
}
