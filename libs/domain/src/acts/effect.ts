import { Citation, DeadlineKind } from '../shared';
import { addDays, endOfLocalDay, toLocalDate } from '../time';
import { KZ_155_VII_EDITION_ID, resolveTerm, ruleFor } from '../terms';
import { ActSnapshot, prescribedTermOf } from './act-snapshot';
import { ActType, isNormative, ResolutionKind } from './act-type';
import { COMPLAINT_FORUMS, ComplaintForum, EventPayload, EXTENSION_UNITS, ExtensionUnit, InstantField, PayloadField, TextField } from './payload';
import { art, citeIn } from './citations';

/** Why a linked act is opened. Persisted as text: never rename a member. */
export type LinkReason =
  /** 23.2: the act was not accepted (rejected, or only partly satisfied). */
  | 'ACT_REJECTED'
  /** 23.2: the act was not considered (or executed) within its term. */
  | 'TERM_MISSED'
  /** 26-1.1: a resolution or order was not executed voluntarily. */
  | 'NOT_EXECUTED_VOLUNTARILY';

export const LINK_REASONS: readonly LinkReason[] = ['ACT_REJECTED', 'TERM_MISSED', 'NOT_EXECUTED_VOLUNTARILY'];

/** A breach by the addressee that the system records rather than refuses: the facts happened. */
export type ViolationCode =
  /** 19.3, 25.2: the outcome arrived without the day of consideration having been notified. */
  | 'CONSIDERATION_NOT_NOTIFIED'
  /** 25.2: the place and time of consideration were notified less than 3 calendar days ahead. */
  | 'MEETING_NOTICE_LATE';

export const VIOLATION_CODES: readonly ViolationCode[] = ['CONSIDERATION_NOT_NOTIFIED', 'MEETING_NOTICE_LATE'];

export type ComplaintOutcome = 'DISMISSED' | 'UPHELD' | 'ACT_ENDED';

/**
 * What the app must do after a transition, as data. The app executes effects in the same
 * transaction as the state change (deadline rows, links, records) and enqueues jobs after commit.
 */
export type Effect =
  /**
   * Start a clock counted from `triggeredAt` by the term rule of `kind` (terms/). `prescribedTermDays`
   * is the prosecutor-set term, if any; when the rule has no count and none is set, no clock runs.
   * `firesTermMissed`: when it runs out unmet, the deadline engine fires TERM_MISSED {deadline: kind}.
   */
  | {
      readonly type: 'START_DEADLINE';
      readonly kind: DeadlineKind;
      readonly triggeredAt: Date;
      readonly prescribedTermDays: number | null;
      readonly firesTermMissed: boolean;
    }
  | { readonly type: 'MEET_DEADLINE'; readonly kind: DeadlineKind; readonly metAt: Date }
  /** The trigger moved (a consideration meeting rescheduled): compute the due date again from it. */
  | { readonly type: 'RECOMPUTE_DEADLINE'; readonly kind: DeadlineKind; readonly triggeredAt: Date }
  /** A running clock was prolonged (5.4): terms/extendDeadline appends the new term to the ledger. */
  | {
      readonly type: 'EXTEND_DEADLINE';
      readonly kind: DeadlineKind;
      readonly count: number;
      readonly unit: ExtensionUnit;
      readonly grantedAt: Date;
      /** The consent the extension rests on, e.g. its number and date. */
      readonly reason: string;
      readonly citation: Citation;
    }
  /**
   * Suspension: every running clock of the act stops and keeps its remaining time (8.2, 24.5;
   * 155-VII 18.4, 43.2) — but the clocks in `except` (the higher prosecutor's own 20 working days on
   * a complaint, 155-VII 25.1, do not wait for the act). `citation`: why the clocks stand still;
   * null: the suspension pending a complaint of the act's edition.
   */
  | {
      readonly type: 'PAUSE_DEADLINES';
      readonly at: Date;
      readonly except?: readonly DeadlineKind[];
      readonly citation?: Citation;
      readonly reason?: string;
    }
  | { readonly type: 'RESUME_DEADLINES'; readonly at: Date }
  /** The act left its life cycle early: no clock of it runs any more. */
  | { readonly type: 'CANCEL_DEADLINES'; readonly at: Date }
  | {
      readonly type: 'CREATE_LINKED_ACT';
      readonly actType: ActType;
      readonly kind: ResolutionKind | null;
      readonly reason: LinkReason;
      readonly citation: Citation;
    }
  /** The act suspends a normative legal act: it must be published (18.1-1). */
  | { readonly type: 'REQUIRE_PUBLICATION'; readonly citation: Citation }
  | { readonly type: 'RECORD_PUBLICATION'; readonly medium: string; readonly publishedAt: Date }
  | { readonly type: 'OPEN_COMPLAINT'; readonly forum: ComplaintForum; readonly filedAt: Date }
  /** Every pending complaint is closed: decided (DISMISSED, UPHELD) or moot because the act ended (ACT_ENDED). */
  | { readonly type: 'CLOSE_COMPLAINTS'; readonly outcome: ComplaintOutcome }
  | { readonly type: 'RECORD_VIOLATION'; readonly code: ViolationCode; readonly citation: Citation };

/**
 * An effect as written in a transition table: which payload instant it is counted from, which
 * clock, which link. decide() turns specs into Effects for the concrete act, payload and time.
 */
export type EffectSpec =
  | {
      readonly type: 'START_DEADLINE';
      readonly kind: DeadlineKind;
      readonly from: InstantField;
      readonly firesTermMissed: boolean;
      /** Only when the payload's text field has this value (155-VII 25.1: a complaint to the higher prosecutor, not to a court). */
      readonly onlyIf?: { readonly field: TextField; readonly equals: string };
    }
  | { readonly type: 'MEET_DEADLINE'; readonly kind: DeadlineKind; readonly at: InstantField }
  | { readonly type: 'RECOMPUTE_DEADLINE'; readonly kind: DeadlineKind; readonly from: InstantField }
  /** Extends by the payload's extensionCount / extensionUnit, on the payload's consent. */
  | { readonly type: 'EXTEND_DEADLINE'; readonly kind: DeadlineKind }
  | {
      readonly type: 'PAUSE_DEADLINES';
      readonly except?: readonly DeadlineKind[];
      /** Why the clocks stand still, when not the suspension pending a complaint (155-VII 18.4: the inspection suspended). */
      readonly because?: { readonly citation: Citation; readonly reason: string };
    }
  | { readonly type: 'RESUME_DEADLINES' }
  | { readonly type: 'CANCEL_DEADLINES' }
  | { readonly type: 'CREATE_LINKED_ACT'; readonly actType: ActType; readonly kind: ResolutionKind | null; readonly reason: LinkReason }
  /** REQUIRE_PUBLICATION, only when the act suspends a normative legal act (18.1-1). */
  | { readonly type: 'REQUIRE_PUBLICATION_IF_SUSPENDS_NORMATIVE_ACT' }
  | { readonly type: 'RECORD_PUBLICATION' }
  | { readonly type: 'OPEN_COMPLAINT' }
  | { readonly type: 'CLOSE_COMPLAINTS'; readonly outcome: ComplaintOutcome }
  | { readonly type: 'RECORD_VIOLATION'; readonly code: ViolationCode; readonly citation: Citation }
  /** RECORD_VIOLATION MEETING_NOTICE_LATE, only when the notice came later than the term rule allows (25.2). */
  | { readonly type: 'CHECK_MEETING_NOTICE' };

/** Instants an effect spec reads from the payload: the table validator checks the event carries them. */
export function instantsReadBy(spec: EffectSpec): InstantField[] {
  switch (spec.type) {
    case 'START_DEADLINE':
    case 'RECOMPUTE_DEADLINE':
      return [spec.from];
    case 'MEET_DEADLINE':
      return [spec.at];
    case 'RECORD_PUBLICATION':
      return ['publishedAt'];
    case 'OPEN_COMPLAINT':
      return ['filedAt'];
    case 'CHECK_MEETING_NOTICE':
      return ['meetingAt', 'notifiedAt'];
    default:
      return [];
  }
}

export interface EffectContext {
  readonly act: ActSnapshot;
  readonly payload: EventPayload;
  readonly now: Date;
  /** The machine's clock whose length the act prescribes (attributes.termDays); other clocks ignore it. */
  readonly prescribedTermClock: DeadlineKind | null;
}

export function realiseEffects(specs: readonly EffectSpec[], context: EffectContext): Effect[] {
  return specs.flatMap((spec) => realise(spec, context));
}

function realise(spec: EffectSpec, { act, payload, now, prescribedTermClock }: EffectContext): Effect[] {
  const prescribedTermDays = (kind: DeadlineKind): number | null => (kind === prescribedTermClock ? prescribedTermOf(act) : null);
  // A clock with neither a statutory length nor a prescribed one never runs (an instruction
  // without a term, art. 22): nothing to start, nothing to meet.
  const runs = (kind: DeadlineKind): boolean => resolveTerm(ruleFor(kind, act.editionId), { prescribedCount: prescribedTermDays(kind) }) !== null;
  switch (spec.type) {
    case 'START_DEADLINE':
      if (!runs(spec.kind)) return [];
      if (spec.onlyIf && payload[spec.onlyIf.field] !== spec.onlyIf.equals) return [];
      return [
        {
          type: 'START_DEADLINE',
          kind: spec.kind,
          triggeredAt: instant(payload, spec.from),
          prescribedTermDays: prescribedTermDays(spec.kind),
          firesTermMissed: spec.firesTermMissed,
        },
      ];
    case 'MEET_DEADLINE':
      if (!runs(spec.kind)) return [];
      return [{ type: 'MEET_DEADLINE', kind: spec.kind, metAt: instant(payload, spec.at) }];
    case 'RECOMPUTE_DEADLINE':
      return [{ type: 'RECOMPUTE_DEADLINE', kind: spec.kind, triggeredAt: instant(payload, spec.from) }];
    case 'EXTEND_DEADLINE':
      return [
        {
          type: 'EXTEND_DEADLINE',
          kind: spec.kind,
          count: present(payload.extensionCount, 'extensionCount'),
          unit: extensionUnit(present(payload.extensionUnit, 'extensionUnit')),
          grantedAt: now,
          reason: present(payload.consent, 'consent'),
          citation: extensionCitation(spec.kind, act.editionId),
        },
      ];
    case 'PAUSE_DEADLINES':
      return [
        {
          type: 'PAUSE_DEADLINES',
          at: now,
          ...(spec.except ? { except: spec.except } : {}),
          ...(spec.because ? { citation: spec.because.citation, reason: spec.because.reason } : {}),
        },
      ];
    case 'RESUME_DEADLINES':
    case 'CANCEL_DEADLINES':
      return [{ type: spec.type, at: now }];
    case 'CREATE_LINKED_ACT':
      return [{ type: 'CREATE_LINKED_ACT', actType: spec.actType, kind: spec.kind, reason: spec.reason, citation: linkCitation(spec.reason, act.editionId) }];
    case 'REQUIRE_PUBLICATION_IF_SUSPENDS_NORMATIVE_ACT':
      return suspendsNormativeLegalAct(act) ? [{ type: 'REQUIRE_PUBLICATION', citation: art('18', '1-1') }] : [];
    case 'RECORD_PUBLICATION':
      return [{ type: 'RECORD_PUBLICATION', medium: present(payload.medium, 'medium'), publishedAt: instant(payload, 'publishedAt') }];
    case 'OPEN_COMPLAINT':
      return [{ type: 'OPEN_COMPLAINT', forum: complaintForum(present(payload.forum, 'forum')), filedAt: instant(payload, 'filedAt') }];
    case 'CLOSE_COMPLAINTS':
      return act.complaintPending ? [{ type: 'CLOSE_COMPLAINTS', outcome: spec.outcome }] : [];
    case 'RECORD_VIOLATION':
      return [{ type: 'RECORD_VIOLATION', code: spec.code, citation: spec.citation }];
    case 'CHECK_MEETING_NOTICE':
      return meetingNoticeViolation(act.editionId, instant(payload, 'meetingAt'), instant(payload, 'notifiedAt'));
  }
}

/**
 * 25.2: the addressee tells the prosecutor the place and time "at least 3 calendar days before"
 * the consideration. Counted by the term rule (terms/): the meeting day is not counted, and the
 * notice must arrive by 24:00 Almaty of the last of the days before it. Recorded, not refused: the
 * meeting is the addressee's to fix, and the record must say what really happened.
 */
function meetingNoticeViolation(editionId: string, meetingAt: Date, notifiedAt: Date): Effect[] {
  const rule = ruleFor(DeadlineKind.SUBMISSION_MEETING_NOTICE, editionId);
  // Only this shape is counted here (no calendar needed); another one must go through computeDue.
  if (rule.unit !== 'CALENDAR_DAY' || rule.direction !== 'BEFORE' || rule.roll !== 'NONE' || rule.count === null) {
    throw new Error(`${rule.kind} is no longer a fixed calendar-day term before the meeting; count it with computeDue`);
  }
  const noticeDue = endOfLocalDay(addDays(toLocalDate(meetingAt), -rule.count));
  return notifiedAt.getTime() < noticeDue.getTime() ? [] : [{ type: 'RECORD_VIOLATION', code: 'MEETING_NOTICE_LATE', citation: rule.citation }];
}

/** 18.1-1: an act that suspends a normative legal act (19.5 protest, 20.2 resolution) must be published. */
export function suspendsNormativeLegalAct(act: ActSnapshot): boolean {
  if (act.type === ActType.PROTEST) return act.attributes.suspendsTargetAct && isNormative(act.attributes.target);
  if (act.type === ActType.RESOLUTION && act.kind === ResolutionKind.SUSPENSION_OR_LIFTING_MEASURES) {
    return act.attributes.suspendsNormativeLegalAct;
  }
  return false;
}

/** The article that allows prolonging this clock; the table validator checks there is one. */
export function extensionCitation(kind: DeadlineKind, editionId: string): Citation {
  const extension = ruleFor(kind, editionId).extension;
  if (!extension) throw new Error(`The term rule of ${kind} allows no extension`);
  return extension.citation;
}

function complaintForum(value: string): ComplaintForum {
  const forum = COMPLAINT_FORUMS.find((candidate) => candidate === value);
  if (!forum) throw new Error(`Not a complaint forum: '${value}'`);
  return forum;
}

function extensionUnit(value: string): ExtensionUnit {
  const unit = EXTENSION_UNITS.find((candidate) => candidate === value);
  if (!unit) throw new Error(`Not an extension unit: '${value}'`);
  return unit;
}

/** Why the linked act is opened: 2709 arts. 23.2, 26-1.1; 155-VII arts. 39.2 (rejected or left unconsidered), 37.1(11). */
function linkCitation(reason: LinkReason, editionId: string): Citation {
  if (editionId === KZ_155_VII_EDITION_ID) {
    return reason === 'NOT_EXECUTED_VOLUNTARILY' ? citeIn(editionId, '37', '1', '11') : citeIn(editionId, '39', '2');
  }
  return reason === 'NOT_EXECUTED_VOLUNTARILY' ? art('26-1', '1') : art('23', '2');
}

// The table validator guarantees every field an effect reads is in the event's schema (required,
// or defaulted to now), so a missing one here is a programming error.
function instant(payload: EventPayload, field: InstantField): Date {
  return present(payload[field], field);
}

function present<T>(value: T | undefined, field: PayloadField): T {
  if (value === undefined) throw new Error(`Effect reads payload field '${field}', which the event does not carry`);
  return value;
}
