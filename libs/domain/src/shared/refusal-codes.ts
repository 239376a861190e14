/**
 * Every refusal code of the domain, in one place: the act machines', the prescribed-term check's
 * and the deadline ledger's. The API answers them as they are, and publishes the list in its
 * OpenAPI document, so a code is never renamed or reused for another meaning.
 */

/**
 * Stable refusal codes of the act machines; the API returns them as they are. Term refusals
 * (TERM_BELOW_STATUTORY_MINIMUM, TERM_ABOVE_STATUTORY_MAXIMUM, TERM_REQUIRED, …) come from
 * terms/checkPrescribedTerm and keep its codes.
 */
export enum ActRefusalCode {
  /** The act's life cycle has no such event in its current state (cites the act's own article). */
  EVENT_NOT_ALLOWED_IN_STATE = 'EVENT_NOT_ALLOWED_IN_STATE',
  /** The caller's role never fires this event (administrators, integrations; humans for SYSTEM events). */
  ACTOR_NOT_ALLOWED = 'ACTOR_NOT_ALLOWED',
  /** The event belongs to the act's own office and the caller is from another. */
  NOT_ACT_OFFICE = 'NOT_ACT_OFFICE',
  /** Only a supervisor of a strictly higher office may do this (8.2, 8.3, 16.1, 5.4, 24.5). */
  NOT_HIGHER_PROSECUTOR = 'NOT_HIGHER_PROSECUTOR',
  /** The event's payload is missing a field or has a wrong one; `field` names it. */
  INVALID_PAYLOAD = 'INVALID_PAYLOAD',
  /** 7.4: an application without an identified author is not examined. */
  ANONYMOUS_APPLICATION = 'ANONYMOUS_APPLICATION',
  /** 19.5: a protest against a law does not suspend it. */
  PROTEST_CANNOT_SUSPEND_LAW = 'PROTEST_CANNOT_SUSPEND_LAW',
  /** 24.1: an order may not be issued against a normative legal act. */
  ORDER_AGAINST_NORMATIVE_ACT = 'ORDER_AGAINST_NORMATIVE_ACT',
  /** 24.1: an order needs an obvious violation that may cause substantial harm and is not removed at once. */
  ORDER_GROUNDS_NOT_MET = 'ORDER_GROUNDS_NOT_MET',
  /** 24.2: an order names the violated norms and concrete measures. */
  ORDER_CONTENT_INCOMPLETE = 'ORDER_CONTENT_INCOMPLETE',
  /** 8.2, 24.5: execution is suspended, and complaints decided, only while a complaint is pending. */
  NO_PENDING_COMPLAINT = 'NO_PENDING_COMPLAINT',
  /** 26-1.1: requirements that deprive someone of property are not executed compulsorily. */
  COMPULSORY_EXECUTION_OF_PROPERTY_DEPRIVATION = 'COMPULSORY_EXECUTION_OF_PROPERTY_DEPRIVATION',
  /** 26-1.3: a person is brought by force only after refusing to appear. */
  BRING_BY_FORCE_WITHOUT_REFUSAL_TO_APPEAR = 'BRING_BY_FORCE_WITHOUT_REFUSAL_TO_APPEAR',
  /** 21.2: a sanction of a covert action obtaining protected secrets is not signed electronically. */
  ELECTRONIC_SIGNATURE_NOT_PERMITTED = 'ELECTRONIC_SIGNATURE_NOT_PERMITTED',
  /** The deadline engine reported a miss of a clock that does not end this act's term. */
  TERM_MISSED_WRONG_DEADLINE = 'TERM_MISSED_WRONG_DEADLINE',
  /** The act has no text in Kazakh or Russian (policy: an act is a document). */
  ACT_TEXT_MISSING = 'ACT_TEXT_MISSING',
  /** 19.1, 19.4, 24.2, 25.1: the text lacks a part the statute (or, where it is silent, policy) requires; `field` names it. */
  ACT_TEXT_INCOMPLETE = 'ACT_TEXT_INCOMPLETE',
  /** The office requires this act type's document to be signed (a setting): it is issued only once its PDF is signed. */
  DOCUMENT_NOT_SIGNED = 'DOCUMENT_NOT_SIGNED',
  /**
   * A reported instant is earlier than the state it follows (a receipt before the issue, a decision
   * before the receipt). Office policy: the statute is silent on the order of facts (acts/fact-order.ts).
   */
  EVENT_BEFORE_PRIOR_STATE = 'EVENT_BEFORE_PRIOR_STATE',
  /** The act type (or resolution kind) does not exist in the statute edition that judges the act (155-VII: no order, no warning). */
  ACT_TYPE_NOT_IN_EDITION = 'ACT_TYPE_NOT_IN_EDITION',
  /** 155-VII arts. 26.11, 40: only the head of an office (a supervisor of the act's own office) may do this. */
  NOT_HEAD_OF_OFFICE = 'NOT_HEAD_OF_OFFICE',
  /** 155-VII art. 33.6: legislative acts and acts of the President, the Administration, the Constitutional Court, the Supreme Audit Chamber are not protested. */
  PROTEST_TARGET_NOT_PROTESTABLE = 'PROTEST_TARGET_NOT_PROTESTABLE',
  /** 155-VII art. 33.5: suspending the protested act is reserved to the heads it names. */
  PROTEST_SUSPENSION_RESERVED = 'PROTEST_SUSPENSION_RESERVED',
  /** 155-VII art. 36.2: a submission's term is 30 calendar days; the prosecutor sets another only on the urgency ground. */
  SUBMISSION_TERM_WITHOUT_URGENCY = 'SUBMISSION_TERM_WITHOUT_URGENCY',
  /** 155-VII art. 34.2: a refusal to sanction states its reasons and grounds. */
  SANCTION_REFUSAL_WITHOUT_REASONS = 'SANCTION_REFUSAL_WITHOUT_REASONS',
  /** 155-VII art. 35.1: an instruction is given on one of the subjects the article lists. */
  INSTRUCTION_SUBJECT_MISSING = 'INSTRUCTION_SUBJECT_MISSING',
  /** 155-VII art. 18.4: an inspection starts only once its resolution is registered with the legal-statistics body. */
  INSPECTION_NOT_REGISTERED = 'INSPECTION_NOT_REGISTERED',
  /** 155-VII art. 25.1: a complaint is filed within 3 months of learning of the act, unless the term was restored. */
  COMPLAINT_FILING_TERM_EXPIRED = 'COMPLAINT_FILING_TERM_EXPIRED',
  /** 155-VII art. 26.13: a person is never brought by force at night. */
  BRING_BY_FORCE_AT_NIGHT = 'BRING_BY_FORCE_AT_NIGHT',
  /** 155-VII art. 26.14: children under 14, minors without notice to their representative, pregnant women and the medically unfit are not brought by force. */
  BRING_BY_FORCE_EXEMPT_PERSON = 'BRING_BY_FORCE_EXEMPT_PERSON',
}

export const ACT_REFUSAL_CODES: readonly ActRefusalCode[] = Object.values(ActRefusalCode);

/** Stable refusal codes of checkPrescribedTerm; the API returns them as they are. */
export const TermRefusalCode = {
  BELOW_STATUTORY_MINIMUM: 'TERM_BELOW_STATUTORY_MINIMUM',
  ABOVE_STATUTORY_MAXIMUM: 'TERM_ABOVE_STATUTORY_MAXIMUM',
  REQUIRED: 'TERM_REQUIRED',
  NOT_PRESCRIBABLE: 'TERM_NOT_PRESCRIBABLE',
  NOT_A_POSITIVE_WHOLE_NUMBER: 'TERM_NOT_A_POSITIVE_WHOLE_NUMBER',
  UNKNOWN_RULE: 'TERM_RULE_UNKNOWN',
} as const;
export type TermRefusalCode = (typeof TermRefusalCode)[keyof typeof TermRefusalCode];

/** Stable refusal codes of the deadline ledger (terms/deadline-ledger). */
export const LedgerRefusalCode = {
  NOT_RUNNING: 'DEADLINE_NOT_RUNNING',
  NOT_PAUSED: 'DEADLINE_NOT_PAUSED',
  ALREADY_MET: 'DEADLINE_ALREADY_MET',
  EXPIRED: 'DEADLINE_ALREADY_EXPIRED',
  BEFORE_TRIGGER: 'DEADLINE_EVENT_BEFORE_TRIGGER',
  OUT_OF_ORDER: 'DEADLINE_EVENT_OUT_OF_ORDER',
  NOT_EXTENDABLE: 'TERM_NOT_EXTENDABLE',
  INTERNAL_TARGET_AFTER_DUE: 'INTERNAL_TARGET_AFTER_STATUTORY_DUE',
  /** 155-VII art. 18.4: an inspection is extended by at most 30 working days in all. */
  EXTENSION_ABOVE_MAXIMUM: 'EXTENSION_ABOVE_STATUTORY_MAXIMUM',
} as const;
export type LedgerRefusalCode = (typeof LedgerRefusalCode)[keyof typeof LedgerRefusalCode];

/**
 * Which statute edition judges an act (terms/installed-editions): an act is judged by the edition
 * in force on the day it is issued, and a day no installed edition covers is refused.
 */
export const EditionRefusalCode = {
  /** No installed edition covers the day (e.g. the 2017 law, which is not shipped). */
  NO_EDITION_IN_FORCE: 'NO_EDITION_IN_FORCE',
  /** The draft was written under one edition; on the day it is issued another (or none) is in force. */
  EDITION_CHANGED_SINCE_DRAFT: 'EDITION_CHANGED_SINCE_DRAFT',
} as const;
export type EditionRefusalCode = (typeof EditionRefusalCode)[keyof typeof EditionRefusalCode];

/** The production calendar cannot count a working-day term over a year it does not cover. */
export const CalendarRefusalCode = {
  YEAR_NOT_COVERED: 'CALENDAR_YEAR_NOT_COVERED',
} as const;
export type CalendarRefusalCode = (typeof CalendarRefusalCode)[keyof typeof CalendarRefusalCode];

export const DOMAIN_REFUSAL_CODES = [
  ...ACT_REFUSAL_CODES,
  ...Object.values(TermRefusalCode),
  ...Object.values(LedgerRefusalCode),
  ...Object.values(EditionRefusalCode),
  ...Object.values(CalendarRefusalCode),
] as const;
export type DomainRefusalCode = (typeof DOMAIN_REFUSAL_CODES)[number];
