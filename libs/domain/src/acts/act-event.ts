/**
 * Everything that can happen to an act. One vocabulary for all act types; each machine lists the
 * events it accepts and who may fire each (see machine.ts). Persisted as text in the history
 * table: never rename a member.
 */
export enum ActEvent {
  /** The prosecutor signs the act. */
  ISSUE = 'ISSUE',
  /** The addressee received the act (receipt confirmed): starts the addressee's clocks. */
  DELIVERY_CONFIRMED = 'DELIVERY_CONFIRMED',
  /** The addressee fixed the day (and place) of consideration and told the prosecutor (19.3, 25.2). */
  CONSIDERATION_SCHEDULED = 'CONSIDERATION_SCHEDULED',
  /** The addressee moved the consideration to another day: dependent deadlines are recomputed. */
  CONSIDERATION_RESCHEDULED = 'CONSIDERATION_RESCHEDULED',
  /** A submission was considered (25.2): the 3-working-day report clock starts. */
  CONSIDERATION_HELD = 'CONSIDERATION_HELD',
  /** Outcome: satisfied (by the addressee, or, for a court application, by the court). */
  OUTCOME_SATISFIED = 'OUTCOME_SATISFIED',
  OUTCOME_PARTLY_SATISFIED = 'OUTCOME_PARTLY_SATISFIED',
  OUTCOME_REJECTED = 'OUTCOME_REJECTED',
  /** The addressee reported that the act was executed. */
  EXECUTION_REPORTED = 'EXECUTION_REPORTED',
  /** The deadline engine: the act's principal term ran out. */
  TERM_MISSED = 'TERM_MISSED',
  /** The prosecutor goes to court (23.2): a linked COURT_APPLICATION is opened. */
  REFER_TO_COURT = 'REFER_TO_COURT',
  /** Not executed voluntarily: the prosecutor orders compulsory execution (26-1.1). */
  COMPULSORY_EXECUTION_ORDERED = 'COMPULSORY_EXECUTION_ORDERED',
  /** The act was published (18.1-1, 25-2, 27). */
  PUBLICATION_RECORDED = 'PUBLICATION_RECORDED',
  /** The author withdraws the act. */
  WITHDRAW = 'WITHDRAW',
  /** A complaint against the act was lodged with the higher prosecutor or a court (8.1); it does not suspend. */
  COMPLAINT_FILED = 'COMPLAINT_FILED',
  SUSPENDED_BY_HIGHER_PROSECUTOR = 'SUSPENDED_BY_HIGHER_PROSECUTOR',
  SUSPENDED_BY_COURT = 'SUSPENDED_BY_COURT',
  COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR = 'COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR',
  COMPLAINT_DISMISSED_BY_COURT = 'COMPLAINT_DISMISSED_BY_COURT',
  COMPLAINT_UPHELD_BY_COURT = 'COMPLAINT_UPHELD_BY_COURT',
  CANCELLED_BY_HIGHER_PROSECUTOR = 'CANCELLED_BY_HIGHER_PROSECUTOR',
  REVOKED_BY_HIGHER_PROSECUTOR = 'REVOKED_BY_HIGHER_PROSECUTOR',
  AMENDED_BY_HIGHER_PROSECUTOR = 'AMENDED_BY_HIGHER_PROSECUTOR',
  /** The inspection began: its one-month clock starts (5.4). */
  INSPECTION_STARTED = 'INSPECTION_STARTED',
  /** The higher prosecutor consented to a longer inspection (5.4). */
  INSPECTION_EXTENDED = 'INSPECTION_EXTENDED',
  INSPECTION_COMPLETED = 'INSPECTION_COMPLETED',
  /** A request for a sanction arrived with its materials: the prosecutor's 24 hours start (21.2). */
  SANCTION_REQUESTED = 'SANCTION_REQUESTED',
  SANCTION_GRANTED = 'SANCTION_GRANTED',
  SANCTION_REFUSED = 'SANCTION_REFUSED',
  /** The court application was lodged with the court (23). */
  FILED_WITH_COURT = 'FILED_WITH_COURT',
  /** 155-VII art. 18.4: the inspection is suspended (an expert examination, documents from abroad, other obstacles). */
  INSPECTION_SUSPENDED = 'INSPECTION_SUSPENDED',
  /** 155-VII art. 18.4: the inspection resumes; its count continues from this day. */
  INSPECTION_RESUMED = 'INSPECTION_RESUMED',
  /** 155-VII art. 43.3: the higher prosecutor lifts a suspension he ordered (on a complaint or on his own initiative). */
  SUSPENSION_LIFTED_BY_HIGHER_PROSECUTOR = 'SUSPENSION_LIFTED_BY_HIGHER_PROSECUTOR',
  /** 155-VII art. 37.1(9): the suspension of the act or action ended (lapsed, lifted, or replaced by another measure). */
  SUSPENSION_ENDED = 'SUSPENSION_ENDED',
}

export const ACT_EVENTS: readonly ActEvent[] = Object.values(ActEvent);
