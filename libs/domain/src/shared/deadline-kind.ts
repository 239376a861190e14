/**
 * Every clock the statute (or office policy, for "immediately") runs on an act. Term rules
 * (terms/) say how each is counted; transition tables (acts/) say which event starts, meets,
 * pauses or cancels it. Persisted as text: never rename a member.
 */
export enum DeadlineKind {
  /** art. 19.3: consider a protest within 10 calendar days of receipt (or a longer prosecutor-set term). */
  PROTEST_CONSIDERATION = 'PROTEST_CONSIDERATION',
  /** art. 20.3: execute a resolution within the term set by law or by the prosecutor. */
  RESOLUTION_EXECUTION = 'RESOLUTION_EXECUTION',
  /** art. 20.3: report the result of executing a resolution immediately (policy clock). */
  RESOLUTION_REPORT = 'RESOLUTION_REPORT',
  /** arts. 5.2, 5.4: an inspection lasts one month; extendable with the higher prosecutor's consent. */
  INSPECTION_DURATION = 'INSPECTION_DURATION',
  /** art. 26-1.2: a resolution on compulsory execution is acted on immediately (policy clock). */
  COMPULSORY_EXECUTION = 'COMPULSORY_EXECUTION',
  /** art. 26-1.3: bringing a person by force is executed within 24 hours. */
  BRING_BY_FORCE = 'BRING_BY_FORCE',
  /** art. 21.2: the prosecutor grants or refuses a sanction within 24 hours — runs against the prosecutor. */
  SANCTION_DECISION = 'SANCTION_DECISION',
  /** art. 22: an instruction's execution term, when the prosecutor sets one. */
  INSTRUCTION_EXECUTION = 'INSTRUCTION_EXECUTION',
  /** art. 24.3: execute an order within the term set by the prosecutor. */
  ORDER_EXECUTION = 'ORDER_EXECUTION',
  /** art. 24.3: report the execution of an order immediately (policy clock). */
  ORDER_REPORT = 'ORDER_REPORT',
  /** art. 25.2: consider a submission within the prosecutor-set term, no later than 30 calendar days. */
  SUBMISSION_CONSIDERATION = 'SUBMISSION_CONSIDERATION',
  /** art. 25.2: tell the prosecutor the place and time of consideration at least 3 calendar days before it. */
  SUBMISSION_MEETING_NOTICE = 'SUBMISSION_MEETING_NOTICE',
  /** art. 25.2: report results and measures taken within 3 working days of consideration. */
  SUBMISSION_RESULT_REPORT = 'SUBMISSION_RESULT_REPORT',
  /** Law 155-VII art. 33.3: the result of considering a protest is reported immediately, in writing (policy clock). */
  PROTEST_RESULT_REPORT = 'PROTEST_RESULT_REPORT',
  /** Law 155-VII art. 37.1(9): an act or action of an official is suspended for at most 3 working days — runs against the prosecutor. */
  RESOLUTION_SUSPENSION_PERIOD = 'RESOLUTION_SUSPENSION_PERIOD',
  /** Law 155-VII art. 25.1: the higher prosecutor decides a complaint within 20 working days — runs against the prosecutor. */
  COMPLAINT_DECISION = 'COMPLAINT_DECISION',
}

export const DEADLINE_KINDS: readonly DeadlineKind[] = Object.values(DeadlineKind);
