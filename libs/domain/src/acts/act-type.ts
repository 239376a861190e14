/**
 * The ten acts of prosecutorial supervision of art. 18.1(1). Persisted as text: never rename a
 * member. Organisational acts of art. 18.1(2) are out of scope.
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
  /** 20.2: other cases set by law. */
  OTHER = 'OTHER',
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
