import { ProductionCalendar } from '../calendar';
import { Citation, formatCitation, Label, LedgerRefusalCode, Refusal } from '../shared';
import { LocalDate, startOfLocalDay, toLocalDate } from '../time';
import { computeDue, ComputeDueOptions, DueComputation } from './compute-due';
import { TermRule, TriggerEvent } from './term-rule';
import { unitWordsEn } from './wording';

/** The event a deadline counts from. `provisional`: a scheduled time (a planned meeting), not yet a fact. */
export interface DeadlineTrigger {
  readonly event: TriggerEvent;
  readonly at: Date;
  readonly provisional: boolean;
}

/** A stretch during which the clock stood still (act suspended pending a complaint, arts. 8.2, 24.5). */
export interface Pause {
  readonly from: Date;
  /** null while the pause lasts. */
  readonly to: Date | null;
  readonly reason: string;
  readonly citation: Citation;
}

/** A prolongation granted by a decision (art. 5.4): a new term appended to the ledger, never an edit. */
export interface TermExtensionRequest {
  readonly count: number;
  readonly unit: 'CALENDAR_DAY' | 'WORKING_DAY' | 'MONTH';
  readonly grantedAt: Date;
  /** The consent or decision, e.g. "consent of the prosecutor of the region, No. 12-3/45". */
  readonly reason: string;
}

export interface TermExtension extends TermExtensionRequest {
  readonly citation: Citation;
  readonly computation: DueComputation;
}

/** An earlier date the office sets itself, with its own warning window; the statutory due stays the limit. */
export interface InternalTarget {
  /** Before any pause; pauses move it like the statutory due. */
  readonly baseDueAt: Date;
  readonly dueAt: Date;
  readonly warningMs: number;
}

/** The clock as the ledger sees it; the deadline row adds MISSED and CANCELLED (DeadlineStatus). */
export type ClockStatus = 'RUNNING' | 'PAUSED' | 'MET';

/**
 * One clock on one act: a budget (the computed term, plus extensions) plus pauses. Every change is
 * a new record returned by a pure function; nothing here is mutated or silently recomputed.
 */
export interface DeadlineRecord {
  readonly id: string;
  /** Snapshot of the rule the term was counted by, kept for audit and explanation (STATUTE.md §4). */
  readonly rule: TermRule;
  readonly trigger: DeadlineTrigger;
  readonly prescribedCount: number | null;
  readonly policyCount: number | null;
  readonly computation: DueComputation;
  readonly extensions: readonly TermExtension[];
  readonly pauses: readonly Pause[];
  /** The statutory due instant: the last term's end plus every completed pause. */
  readonly dueAt: Date;
  readonly warningMs: number;
  readonly internalTarget: InternalTarget | null;
  readonly status: ClockStatus;
  readonly metAt: Date | null;
  /**
   * Earlier due instants, oldest first, each with why it changed (a production-calendar change
   * that moved the term). Absent on records never revised: the history is kept, never rewritten.
   */
  readonly revisions?: readonly DueRevision[];
}

/** A due instant the record had before a change recounted it (reviseDeadline). */
export interface DueRevision {
  /** When the change was applied. */
  readonly at: Date;
  readonly previousDueAt: Date;
  readonly previousExplanation: Label;
  readonly dueAt: Date;
  /** Why: e.g. the production calendar changed, naming the days. */
  readonly reason: Label;
}

export type LedgerOutcome = { readonly ok: true; readonly record: DeadlineRecord } | { readonly ok: false; readonly refusal: Refusal };


const DEFAULT_WARNING_MS = 24 * 3_600_000;

export interface OpenDeadlineInput {
  readonly id: string;
  readonly rule: TermRule;
  readonly trigger: { readonly at: Date; readonly provisional?: boolean };
  readonly calendar: ProductionCalendar;
  readonly prescribedCount?: number | null;
  readonly policyCount?: number | null;
  /** How long before the statutory due to warn; default 24 hours. */
  readonly warningMs?: number;
  readonly internalTarget?: { readonly dueAt: Date; readonly warningMs: number } | null;
}

/** Opens a running deadline. Throws when the rule runs no clock for these inputs (see resolveTerm). */
export function openDeadline(input: OpenDeadlineInput): LedgerOutcome {
  const trigger: DeadlineTrigger = { event: input.rule.trigger, at: input.trigger.at, provisional: input.trigger.provisional ?? false };
  const options = dueOptions(input.prescribedCount ?? null, input.policyCount ?? null);
  const computation = computeDue(input.rule, trigger.at, input.calendar, options);
  const internal = input.internalTarget ?? null;
  if (internal && internal.dueAt.getTime() > computation.dueAt.getTime()) {
    return {
      ok: false,
      refusal: {
        code: LedgerRefusalCode.INTERNAL_TARGET_AFTER_DUE,
        citation: input.rule.citation,
        message: `An internal target may only be earlier than the statutory due (${formatCitation(input.rule.citation)}).`,
        field: 'internalTarget',
      },
    };
  }
  return {
    ok: true,
    record: {
      id: input.id,
      rule: input.rule,
      trigger,
      prescribedCount: input.prescribedCount ?? null,
      policyCount: input.policyCount ?? null,
      computation,
      extensions: [],
      pauses: [],
      dueAt: computation.dueAt,
      warningMs: input.warningMs ?? DEFAULT_WARNING_MS,
      internalTarget: internal && { baseDueAt: internal.dueAt, dueAt: internal.dueAt, warningMs: internal.warningMs },
      status: 'RUNNING',
      metAt: null,
    },
  };
}

/**
 * Stops the clock (arts. 8.2, 24.5: the act suspended pending a complaint). A term that has already
 * run out cannot be paused — the lateness stays on record — and pausing never moves the due earlier.
 */
export function pauseDeadline(record: DeadlineRecord, pause: { readonly at: Date; readonly reason: string; readonly citation: Citation }): LedgerOutcome {
  if (record.status !== 'RUNNING') return refusal(record, LedgerRefusalCode.NOT_RUNNING, `Deadline ${record.id} is ${record.status.toLowerCase()}, not running.`);
  const at = pause.at.getTime();
  if (at < record.trigger.at.getTime()) return refusal(record, LedgerRefusalCode.BEFORE_TRIGGER, 'A pause cannot start before the term began.');
  const lastResume = record.pauses.at(-1)?.to?.getTime() ?? -Infinity;
  if (at < lastResume) return refusal(record, LedgerRefusalCode.OUT_OF_ORDER, 'A pause cannot start before the previous one ended.');
  if (at >= record.dueAt.getTime()) return refusal(record, LedgerRefusalCode.EXPIRED, `Deadline ${record.id} ran out before the pause.`);
  return ok({ ...record, status: 'PAUSED', pauses: [...record.pauses, { from: pause.at, to: null, reason: pause.reason, citation: pause.citation }] });
}

/** Restarts the clock; the due instant (and the internal target) move by exactly the paused time. */
export function resumeDeadline(record: DeadlineRecord, at: Date): LedgerOutcome {
  const open = record.pauses.at(-1);
  if (record.status !== 'PAUSED' || !open || open.to !== null) {
    return refusal(record, LedgerRefusalCode.NOT_PAUSED, `Deadline ${record.id} is not paused.`);
  }
  if (at.getTime() < open.from.getTime()) return refusal(record, LedgerRefusalCode.OUT_OF_ORDER, 'A pause cannot end before it began.');
  const pauses = [...record.pauses.slice(0, -1), { ...open, to: at }];
  return ok(withDues({ ...record, status: 'RUNNING', pauses }));
}

/**
 * Records that the obligation was met; an open pause ends at that moment. An AFTER term cannot be
 * met before the event it runs from; a BEFORE term (art. 25.2: notice at least 3 days before the
 * meeting) is met before its trigger by its very nature.
 */
export function meetDeadline(record: DeadlineRecord, at: Date): LedgerOutcome {
  if (record.status === 'MET') return refusal(record, LedgerRefusalCode.ALREADY_MET, `Deadline ${record.id} is already met.`);
  if (record.rule.direction === 'AFTER' && at.getTime() < record.trigger.at.getTime()) {
    return refusal(record, LedgerRefusalCode.BEFORE_TRIGGER, 'A deadline cannot be met before its trigger.');
  }
  const open = record.pauses.at(-1);
  const pauses = open && open.to === null ? [...record.pauses.slice(0, -1), { ...open, to: at < open.from ? open.from : at }] : record.pauses;
  return ok(withDues({ ...record, pauses, status: 'MET', metAt: at }));
}

/** Whether the record was met in time (strictly before the due instant); null while still open. */
export function metInTime(record: DeadlineRecord): boolean | null {
  return record.metAt === null ? null : record.metAt.getTime() < record.dueAt.getTime();
}

/**
 * Appends a new term (art. 5.4: the inspection extended with the higher prosecutor's consent). It
 * runs on from the last day of the current term and is counted like any term of its unit. Only
 * rules that name an extension allow it, and only before the current term has run out.
 */
export function extendDeadline(record: DeadlineRecord, request: TermExtensionRequest, calendar: ProductionCalendar): LedgerOutcome {
  const extension = record.rule.extension;
  if (!extension) {
    return refusal(record, LedgerRefusalCode.NOT_EXTENDABLE, `The term of ${record.rule.label.en.toLowerCase()} cannot be extended (${formatCitation(record.rule.citation)}).`);
  }
  if (record.status === 'MET') return refusal(record, LedgerRefusalCode.ALREADY_MET, `Deadline ${record.id} is already met.`);
  if (request.grantedAt.getTime() >= record.dueAt.getTime()) {
    return refusal(record, LedgerRefusalCode.EXPIRED, `Deadline ${record.id} ran out before the extension was granted.`);
  }
  const max = extension.max;
  if (max) {
    const granted = record.extensions.reduce((total, earlier) => total + earlier.count, 0);
    if (request.unit !== max.unit || granted + request.count > max.count) {
      return {
        ok: false,
        refusal: {
          code: LedgerRefusalCode.EXTENSION_ABOVE_MAXIMUM,
          citation: max.citation,
          message:
            `The term of ${record.rule.label.en.toLowerCase()} may be extended by at most ${max.count} ${unitWordsEn(max.unit)} in all ` +
            `(${formatCitation(max.citation)}); ${granted} granted before, ${request.count} ${unitWordsEn(request.unit)} asked.`,
          field: 'extensionCount',
        },
      };
    }
  }
  const computation = extensionComputation(record, record.extensions, request, extension.citation, calendar);
  return ok(withDues({ ...record, extensions: [...record.extensions, { ...request, citation: extension.citation, computation }] }));
}

/**
 * The record as it would be counted under another calendar, rule or trigger — the base term,
 * extensions and internal target recomputed, pauses kept. Pure: callers decide whether to store it.
 */
export function recomputeDeadline(
  record: DeadlineRecord,
  calendar: ProductionCalendar,
  changes: { readonly rule?: TermRule; readonly trigger?: DeadlineTrigger } = {},
): DeadlineRecord {
  const rule = changes.rule ?? record.rule;
  const trigger = changes.trigger ?? record.trigger;
  const computation = computeDue(rule, trigger.at, calendar, dueOptions(record.prescribedCount, record.policyCount));
  const base: DeadlineRecord = { ...record, rule, trigger, computation, extensions: [] };
  const extensions = record.extensions.reduce<TermExtension[]>((done, extension) => {
    const recomputed = extensionComputation(base, done, extension, extension.citation, calendar);
    return [...done, { ...extension, computation: recomputed }];
  }, []);
  return withDues({ ...base, extensions });
}

/**
 * The record recounted by a change the office did not choose — the production calendar corrected —
 * with the due it had before kept in its revisions, and why it moved. `recounted` is what
 * recomputeDeadline gave; the status, pauses and met instant are the record's own.
 */
export function reviseDeadline(record: DeadlineRecord, recounted: DeadlineRecord, at: Date, reason: Label): DeadlineRecord {
  const revision: DueRevision = {
    at,
    previousDueAt: record.dueAt,
    previousExplanation: (record.extensions.at(-1)?.computation ?? record.computation).explanation,
    dueAt: recounted.dueAt,
    reason,
  };
  return { ...recounted, status: record.status, metAt: record.metAt, revisions: [...(record.revisions ?? []), revision] };
}

/**
 * The local date the statutory due falls on: for 24:00 cut-offs the day that ends at the due
 * instant (a pause may shift it off midnight, then it is the day it lands in); for hour terms the
 * date of the instant itself.
 */
export function recordDueLocalDate(record: DeadlineRecord): LocalDate {
  const endOfDayCutOff = record.rule.cutOff === 'END_OF_LOCAL_DAY';
  return toLocalDate(new Date(record.dueAt.getTime() - (endOfDayCutOff ? 1 : 0)));
}

/** Milliseconds the clock has stood still in completed pauses. */
export function pausedMs(record: DeadlineRecord): number {
  return record.pauses.reduce((total, pause) => total + (pause.to ? pause.to.getTime() - pause.from.getTime() : 0), 0);
}

export type DeadlineAlert = 'ON_TRACK' | 'WARNING' | 'OVERDUE';

/** Where a clock stands at `now`: against the statutory due and, separately, the internal target. */
export function deadlineAlerts(record: DeadlineRecord, now: Date): { readonly statutory: DeadlineAlert; readonly internal: DeadlineAlert | null } {
  const alert = (dueAt: Date, warningMs: number): DeadlineAlert =>
    now.getTime() >= dueAt.getTime() ? 'OVERDUE' : now.getTime() >= dueAt.getTime() - warningMs ? 'WARNING' : 'ON_TRACK';
  // A met clock is done and a paused one does not run: neither can be late while it stays so.
  if (record.status === 'MET' || record.status === 'PAUSED') return { statutory: 'ON_TRACK', internal: record.internalTarget && 'ON_TRACK' };
  return {
    statutory: alert(record.dueAt, record.warningMs),
    internal: record.internalTarget && alert(record.internalTarget.dueAt, record.internalTarget.warningMs),
  };
}

function extensionComputation(
  record: DeadlineRecord,
  previous: readonly TermExtension[],
  request: TermExtensionRequest,
  citation: Citation,
  calendar: ProductionCalendar,
): DueComputation {
  const currentTerm = previous.at(-1)?.computation ?? record.computation;
  const extensionRule: TermRule = {
    ...record.rule,
    unit: request.unit,
    count: request.count,
    trigger: 'PREVIOUS_TERM_END',
    direction: 'AFTER',
    roll: 'NEXT',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'STATUTE' },
    citation,
    extension: null,
  };
  return computeDue(extensionRule, startOfLocalDay(currentTerm.dueLocalDate), calendar);
}

/** Due instants = the last term's end (or the office's base target) plus all completed pauses. */
function withDues(record: DeadlineRecord): DeadlineRecord {
  const paused = pausedMs(record);
  const baseDue = (record.extensions.at(-1)?.computation ?? record.computation).dueAt;
  const internal = record.internalTarget;
  return {
    ...record,
    dueAt: new Date(baseDue.getTime() + paused),
    internalTarget: internal && { ...internal, dueAt: new Date(internal.baseDueAt.getTime() + paused) },
  };
}

function dueOptions(prescribedCount: number | null, policyCount: number | null): ComputeDueOptions {
  return policyCount === null ? { prescribedCount } : { prescribedCount, policyCount };
}

function ok(record: DeadlineRecord): LedgerOutcome {
  return { ok: true, record };
}

function refusal(record: DeadlineRecord, code: LedgerRefusalCode, message: string): LedgerOutcome {
  return { ok: false, refusal: { code, citation: record.rule.citation, message } };
}
