/**
 * Every state an act can be in. One vocabulary for all act types — each machine lists the subset
 * it uses — so a state means the same thing everywhere and is labelled once. Persisted as text
 * (an indexed column): never rename a member.
 */
export enum ActState {
  /** Being drafted (for a SANCTION: the request is being registered). */
  DRAFT = 'DRAFT',
  /** Signed by the prosecutor. */
  ISSUED = 'ISSUED',
  /** Received by the addressee: the addressee's clocks run from here. */
  DELIVERED = 'DELIVERED',
  /** The addressee has fixed the day of consideration (19.3, 25.2). */
  CONSIDERATION_SCHEDULED = 'CONSIDERATION_SCHEDULED',
  /** A submission was considered; the report of results is due (25.2). */
  CONSIDERED = 'CONSIDERED',
  /** The act's principal term ran out before the addressee (or the prosecutor) acted. */
  OVERDUE = 'OVERDUE',
  SATISFIED = 'SATISFIED',
  PARTLY_SATISFIED = 'PARTLY_SATISFIED',
  REJECTED = 'REJECTED',
  /** The addressee reported execution (20.3, 24.3, 26-1.2, 26-1.3, 22). */
  EXECUTED = 'EXECUTED',
  /** Not executed voluntarily; a resolution on compulsory execution was ordered (26-1.1). */
  UNDER_COMPULSORY_EXECUTION = 'UNDER_COMPULSORY_EXECUTION',
  /** The prosecutor went to court (23.2); the linked COURT_APPLICATION carries on. */
  REFERRED_TO_COURT = 'REFERRED_TO_COURT',
  /** An inspection under way (5.4). */
  IN_PROGRESS = 'IN_PROGRESS',
  /** An inspection finished; a 3-working-day suspension (155-VII art. 37.1(9)) ended. */
  COMPLETED = 'COMPLETED',
  /** An inspection suspended (155-VII art. 18.4: an expert examination, documents from abroad, …); its clock stands still. */
  PAUSED = 'PAUSED',
  /** A sanction request awaits the prosecutor's decision (21.2). */
  UNDER_REVIEW = 'UNDER_REVIEW',
  GRANTED = 'GRANTED',
  REFUSED = 'REFUSED',
  /** A court application lodged with the court (23). */
  FILED = 'FILED',
  /** An appeal made public (25-2). */
  PUBLISHED = 'PUBLISHED',
  /** Execution suspended by the higher prosecutor or a court until a complaint is decided (8.2, 24.5); clocks paused. */
  SUSPENDED = 'SUSPENDED',
  /** Withdrawn by its author. */
  WITHDRAWN = 'WITHDRAWN',
  /** Cancelled (күшін жою) by the higher prosecutor (8.3, 16.1(4)). */
  CANCELLED = 'CANCELLED',
  /** Revoked (қайтарып алу) by the higher prosecutor (8.3, 16.1(4)). */
  REVOKED = 'REVOKED',
  /** Found unlawful by a court on a complaint (8.1). */
  ANNULLED_BY_COURT = 'ANNULLED_BY_COURT',
}

export const ACT_STATES: readonly ActState[] = Object.values(ActState);
