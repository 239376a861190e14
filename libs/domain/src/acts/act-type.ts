/**
 * The acts of every edition: the ten acts of prosecutorial supervision of art. 18.1(1) of Law
 * No. 2709, then the acts Law No. 155-VII adds (art. 32.1: a petition, an explanation of the
 * inadmissibility of breaking the law). Which of them an edition has is its rule book's business
 * (acts/editions.ts): 155-VII has no order and no warning. Persisted as text: never rename a
 * member. Organisational acts (2709 art. 18.1(2), 155-VII art. 32.1(3)) are out of scope.
 */
export enum ActType {
  PROTEST = 'PROTEST',
  RESOLUTION = 'RESOLUTION',
  SANCTION = 'SANCTION',
  INSTRUCTION = 'INSTRUCTION',
  COURT_APPLICATION = 'COURT_APPLICATION',
  ORDER = 'ORDER',
  SUBMISSION = 'SUBMISSION',
  WARNING = 'WARNING',
  APPEAL = 'APPEAL',
  EXPLANATION = 'EXPLANATION',
  /** 155-VII art. 38: a petition to review a court act not yet in legal force. */
  PETITION = 'PETITION',
  /** 155-VII art. 41: an explanation (written or oral) that breaking the law is inadmissible, with a warning of liability. */
  INADMISSIBILITY_EXPLANATION = 'INADMISSIBILITY_EXPLANATION',
}

export const ACT_TYPES: readonly ActType[] = Object.values(ActType);

/**
 * What a RESOLUTION (art. 20) orders. Each kind runs its own life cycle because each has its own
 * clock. Persisted as text: never rename a member.
 */
export enum ResolutionKind {
  /** 20.1: open criminal, disciplinary or administrative-offence proceedings. */
  OPEN_PROCEEDINGS = 'OPEN_PROCEEDINGS',
  /** 20.2, 5.2: conduct an inspection; it lasts one month, extendable with the higher prosecutor's consent (5.4). */
  INSPECTION = 'INSPECTION',
  /** 20.2, 26-1.1: compel execution of a prosecutor's requirement; acted on immediately (26-1.2). */
  COMPULSORY_EXECUTION = 'COMPULSORY_EXECUTION',
  /** 26-1.3: bring a person who refused to appear by force; executed within 24 hours. */
  BRING_BY_FORCE = 'BRING_BY_FORCE',
  /** 20.2: seize, seal, suspend an unlawful act, lift restrictive measures, release a detained person. */
  SUSPENSION_OR_LIFTING_MEASURES = 'SUSPENSION_OR_LIFTING_MEASURES',
  /** 20.2: other cases set by law; 155-VII art. 37.1(12). */
  OTHER = 'OTHER',
  /** 155-VII art. 37.1(1): in cases under criminal-procedure and administrative-offence legislation. */
  PROCEDURAL = 'PROCEDURAL',
  /** 155-VII art. 37.1(2): to open disciplinary proceedings. */
  DISCIPLINARY_PROCEEDINGS = 'DISCIPLINARY_PROCEEDINGS',
  /** 155-VII art. 37.1(3): to conduct operative-search measures. */
  OPERATIVE_SEARCH = 'OPERATIVE_SEARCH',
  /** 155-VII art. 37.1(4): to terminate operative-search measures and covert investigative actions. */
  OPERATIVE_SEARCH_TERMINATION = 'OPERATIVE_SEARCH_TERMINATION',
  /** 155-VII art. 37.1(5): to suspend the effect of an act. */
  ACT_SUSPENSION = 'ACT_SUSPENSION',
  /** 155-VII art. 37.1(7): to cancel prohibitive or restrictive actions and measures applied without grounds. */
  RESTRICTIVE_MEASURES_CANCELLATION = 'RESTRICTIVE_MEASURES_CANCELLATION',
  /** 155-VII art. 37.1(8): to cancel disciplinary penalties and incentives of penal-system bodies. */
  PENAL_MEASURES_CANCELLATION = 'PENAL_MEASURES_CANCELLATION',
  /** 155-VII art. 37.1(9): to suspend an act or action of an official for at most 3 working days. */
  SHORT_SUSPENSION = 'SHORT_SUSPENSION',
  /** 155-VII art. 37.1(10): to cancel unlawful acts of court bailiffs. */
  BAILIFF_ACTS_CANCELLATION = 'BAILIFF_ACTS_CANCELLATION',
}

export const RESOLUTION_KINDS: readonly ResolutionKind[] = Object.values(ResolutionKind);

/**
 * What a protest or an order is aimed at. Laws and other normative legal acts are told apart
 * because the statute treats them differently: a protest never suspends a law (19.5), an order is
 * never issued against any normative legal act (24.1), and suspending a normative legal act must
 * be published (18.1-1).
 */
export enum TargetKind {
  LAW = 'LAW',
  OTHER_NORMATIVE_LEGAL_ACT = 'OTHER_NORMATIVE_LEGAL_ACT',
  NON_NORMATIVE_LEGAL_ACT = 'NON_NORMATIVE_LEGAL_ACT',
  DECISION_OR_ACTION = 'DECISION_OR_ACTION',
}

export const TARGET_KINDS: readonly TargetKind[] = Object.values(TargetKind);

export function isNormative(target: TargetKind): boolean {
  return target === TargetKind.LAW || target === TargetKind.OTHER_NORMATIVE_LEGAL_ACT;
}

/**
 * 155-VII art. 33.6: whose act a protest is brought against — the acts of these issuers may not be
 * protested at all (a legislative act is TargetKind.LAW). OTHER: any other body or official.
 */
export enum ProtestTargetIssuer {
  OTHER = 'OTHER',
  PRESIDENT = 'PRESIDENT',
  PRESIDENTIAL_ADMINISTRATION = 'PRESIDENTIAL_ADMINISTRATION',
  CONSTITUTIONAL_COURT = 'CONSTITUTIONAL_COURT',
  /** An act of the Supreme Audit Chamber on the results of its audits (only those are immune). */
  SUPREME_AUDIT_CHAMBER_AUDIT_RESULT = 'SUPREME_AUDIT_CHAMBER_AUDIT_RESULT',
}

export const PROTEST_TARGET_ISSUERS: readonly ProtestTargetIssuer[] = Object.values(ProtestTargetIssuer);

/** 155-VII art. 24.6: the two cases in which an anonymous application is examined after all. */
export enum AnonymousException {
  /** It reports a criminal offence being prepared or committed. */
  CRIME_REPORT = 'CRIME_REPORT',
  /** It reports a threat to national (including public) security. */
  NATIONAL_SECURITY_THREAT = 'NATIONAL_SECURITY_THREAT',
}

export const ANONYMOUS_EXCEPTIONS: readonly AnonymousException[] = Object.values(AnonymousException);

/** 155-VII art. 35.1: the closed list of matters an instruction is given on. */
export enum InstructionSubject {
  PRE_TRIAL_INVESTIGATION = 'PRE_TRIAL_INVESTIGATION',
  OPERATIVE_SEARCH_AND_COVERT_ACTIONS = 'OPERATIVE_SEARCH_AND_COVERT_ACTIONS',
  ADMINISTRATIVE_OFFENCE_ADDITIONAL_CHECK = 'ADMINISTRATIVE_OFFENCE_ADDITIONAL_CHECK',
  ENFORCEMENT_PROCEEDINGS = 'ENFORCEMENT_PROCEEDINGS',
  EXECUTION_OF_PUNISHMENTS = 'EXECUTION_OF_PUNISHMENTS',
  INSPECTIONS_AT_PROSECUTORS_DEMAND = 'INSPECTIONS_AT_PROSECUTORS_DEMAND',
  LEGAL_STATISTICS_AND_SPECIAL_RECORDS = 'LEGAL_STATISTICS_AND_SPECIAL_RECORDS',
  OTHER_SET_BY_LAW = 'OTHER_SET_BY_LAW',
}

export const INSTRUCTION_SUBJECTS: readonly InstructionSubject[] = Object.values(InstructionSubject);

/** 155-VII art. 36.2: the ground on which the prosecutor, not the law, sets a submission's term. */
export enum SubmissionUrgencyGround {
  /** Irreversible consequences for human life and health may occur. */
  LIFE_OR_HEALTH = 'LIFE_OR_HEALTH',
  /** Irreversible consequences for the security of the state may occur. */
  STATE_SECURITY = 'STATE_SECURITY',
}

export const SUBMISSION_URGENCY_GROUNDS: readonly SubmissionUrgencyGround[] = Object.values(SubmissionUrgencyGround);

/** 155-VII art. 26.14: who is never brought by force. NONE: the person is none of them. */
export enum BringByForceExemption {
  NONE = 'NONE',
  CHILD_UNDER_14 = 'CHILD_UNDER_14',
  MINOR_WITHOUT_NOTICE_TO_REPRESENTATIVE = 'MINOR_WITHOUT_NOTICE_TO_REPRESENTATIVE',
  PREGNANT_WOMAN = 'PREGNANT_WOMAN',
  HEALTH_PREVENTS_LEAVING = 'HEALTH_PREVENTS_LEAVING',
}

export const BRING_BY_FORCE_EXEMPTIONS: readonly BringByForceExemption[] = Object.values(BringByForceExemption);

/** 155-VII art. 41: an explanation is given in writing or orally. */
export enum ExplanationForm {
  WRITTEN = 'WRITTEN',
  ORAL = 'ORAL',
}

export const EXPLANATION_FORMS: readonly ExplanationForm[] = Object.values(ExplanationForm);
