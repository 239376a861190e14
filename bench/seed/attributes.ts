// Per-type attributes whose issue guards all pass, as the act DTOs would store them. A copy of the
// domain's test fixture (libs/domain/src/acts/testing), which the build leaves out on purpose.
import { ActType, ExplanationForm, InstructionSubject, Machine, ResolutionKind, TargetKind } from '@app/domain';

const noApplication = { basedOnApplication: false, applicantIdentified: false };

export function attributesFor(machine: Pick<Machine, 'actType' | 'kind'>): Record<string, unknown> {
  switch (machine.actType) {
    case ActType.PROTEST:
      return { ...noApplication, termDays: null, target: TargetKind.NON_NORMATIVE_LEGAL_ACT, suspendsTargetAct: false };
    case ActType.RESOLUTION:
      return resolutionAttributes(machine.kind);
    case ActType.SANCTION:
      return { covertActionObtainingProtectedSecrets: false };
    case ActType.INSTRUCTION:
      return { ...noApplication, termDays: 5, subject: InstructionSubject.PRE_TRIAL_INVESTIGATION };
    case ActType.ORDER:
      return {
        ...noApplication,
        termDays: 15,
        target: TargetKind.DECISION_OR_ACTION,
        violationIsObvious: true,
        mayCauseSubstantialHarm: true,
        notRemovedAtOnce: true,
        violatedNorms: ['Labour Code, art. 113'],
        proposedMeasures: ['Pay the wage arrears'],
      };
    case ActType.SUBMISSION:
      return { ...noApplication, termDays: null };
    case ActType.APPEAL:
      return {};
    case ActType.COURT_APPLICATION:
    case ActType.WARNING:
    case ActType.EXPLANATION:
    case ActType.PETITION:
      return noApplication;
    case ActType.INADMISSIBILITY_EXPLANATION:
      return { ...noApplication, form: ExplanationForm.WRITTEN };
  }
}

function resolutionAttributes(kind: ResolutionKind | null): Record<string, unknown> {
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
      return { ...noApplication, termDays: 10 };
    case ResolutionKind.SHORT_SUSPENSION:
      return { ...noApplication, termDays: 2 };
    case ResolutionKind.SUSPENSION_OR_LIFTING_MEASURES:
      return { ...noApplication, termDays: 10, suspendsNormativeLegalAct: false };
    case ResolutionKind.INSPECTION:
      return noApplication;
    case ResolutionKind.COMPULSORY_EXECUTION:
      return { deprivesProperty: false, termDays: 5 };
    case ResolutionKind.BRING_BY_FORCE:
      return { personRefusedToAppear: true };
    case null:
      throw new Error('A resolution machine has a kind');
  }
}
