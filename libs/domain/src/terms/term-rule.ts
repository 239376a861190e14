import { Citation, DeadlineKind, Label } from '../shared';

/** What a term counts in. Persisted as text: never rename a member. */
export type TermUnit = 'CALENDAR_DAY' | 'WORKING_DAY' | 'HOUR' | 'MONTH';

/** The event a term is counted from (or, for BEFORE terms, counted back from). */
export type TriggerEvent =
  | 'RECEIPT_BY_ADDRESSEE'
  | 'ISSUE'
  | 'SANCTION_REQUEST'
  | 'INSPECTION_START'
  | 'EXECUTION'
  | 'CONSIDERATION_MEETING'
  | 'CONSIDERATION'
  /** The end of the term being extended (art. 5.4): an extension runs on from the last day of the old term. */
  | 'PREVIOUS_TERM_END'
  /** A complaint lodged with the higher prosecutor (155-VII art. 25.1). */
  | 'COMPLAINT_FILING';

/** AFTER: the term runs from the trigger. BEFORE: the term must be met a count before the trigger (art. 25.2). */
export type TermDirection = 'AFTER' | 'BEFORE';

/** What happens when the last day is not a working day. */
export type RollRule = 'NEXT' | 'PREVIOUS' | 'NONE';

/** END_OF_LOCAL_DAY: day terms end at 24:00 Asia/Almaty. EXACT: hour terms end at the elapsed instant. */
export type CutOff = 'END_OF_LOCAL_DAY' | 'EXACT';

/** The party the clock runs against — whose lateness the deadline measures. */
export type ClockParty = 'ADDRESSEE' | 'PROSECUTOR';

/**
 * A statutory limit on a prosecutor-set term, with the article that imposes it. In the rule's unit,
 * unless `unit` says otherwise: a calendar-day protest term of 155-VII may not end before the
 * 3rd working day (art. 33.3) — a floor computeDue enforces on the date, since the working days a
 * count of calendar days holds depend on when the clock starts.
 */
export interface TermBound {
  readonly count: number;
  readonly citation: Citation;
  readonly unit?: TermUnit;
}

/**
 * Who fixes the length of the term.
 * - STATUTE: the law fixes it; nobody may prescribe another.
 * - PROSECUTOR: the prosecutor sets it in the act, within the statutory bounds; `required` says
 *   whether an act without a term is incomplete (otherwise the rule's `count` applies, or, when
 *   `count` is null, no clock runs at all).
 * - POLICY: the law says "immediately" and gives no clock; the office tracks it with a short
 *   service-level clock (`count` is only the default) — never presented as a statutory term.
 */
export type TermSetter =
  | { readonly by: 'STATUTE' }
  | { readonly by: 'PROSECUTOR'; readonly required: boolean; readonly min: TermBound | null; readonly max: TermBound | null }
  | { readonly by: 'POLICY' };

/** A term that may be prolonged by a decision (art. 5.4: the higher prosecutor's consent; 155-VII art. 18.4). */
export interface TermExtensionRule {
  readonly citation: Citation;
  readonly label: Label;
  /** The most all extensions together may add, in this unit (155-VII art. 18.4: 30 working days); absent: no cap. */
  readonly max?: { readonly count: number; readonly unit: TermUnit; readonly citation: Citation };
}

/**
 * How one clock is counted, as data. One rule per DeadlineKind per statute edition; a deadline
 * record keeps a snapshot of its rule, so it can be explained and audited later (STATUTE.md §4).
 */
export interface TermRule {
  readonly kind: DeadlineKind;
  readonly editionId: string;
  readonly unit: TermUnit;
  /** The statutory length; for PROSECUTOR rules the length when none is set; for POLICY the default. */
  readonly count: number | null;
  readonly trigger: TriggerEvent;
  readonly direction: TermDirection;
  readonly roll: RollRule;
  readonly cutOff: CutOff;
  readonly setBy: TermSetter;
  readonly runsAgainst: ClockParty;
  readonly citation: Citation;
  readonly label: Label;
  readonly extension: TermExtensionRule | null;
  /**
   * What in this rule is the office's decision rather than the statute's word (a start event the
   * law does not name, how a "before" term is counted, …), shown with every deadline counted by it;
   * null when the rule is the statute's throughout. Never present a guess as statute.
   */
  readonly policy: Label | null;
}
