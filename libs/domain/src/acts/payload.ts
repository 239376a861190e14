import { isLocalDate } from '../time';
import { DEADLINE_KINDS } from '../shared';
import type { TermExtensionRequest } from '../terms';
import { ActEvent } from './act-event';

/** Instants an event may carry. */
export type InstantField =
  | 'receivedAt'
  | 'meetingAt'
  | 'notifiedAt'
  | 'consideredAt'
  | 'executedAt'
  | 'reportedAt'
  | 'publishedAt'
  | 'filedAt'
  | 'startedAt'
  | 'completedAt'
  | 'decidedAt'
  /** 155-VII art. 25.1: when the complainant learned of the act (the 3-month filing window runs from it). */
  | 'learnedAt';

/** Words an event may carry: free text or one of a fixed set. */
export type TextField =
  | 'forum'
  | 'medium'
  | 'summary'
  | 'signature'
  | 'deadline'
  | 'court'
  | 'extensionUnit'
  | 'consent'
  /** 155-VII art. 34.2: the reasons and grounds of a refusal to sanction. */
  | 'reasons'
  /** 155-VII art. 18.4: the registration of the inspection's resolution with the legal-statistics body. */
  | 'registrationNumber'
  /** 155-VII art. 25.1: the decision restoring a complaint's missed filing term. */
  | 'restoredTerm';

/** Whole numbers an event may carry. */
export type CountField = 'extensionCount';

export type PayloadField = InstantField | TextField | CountField;

/**
 * An instant. Required ones must be given; optional ones default to `now` (the moment the event
 * is entered). `when`: PAST — a reported fact, not later than now; ANY — a plan (a meeting).
 * `after`: strictly later than another instant of the same payload (a meeting after its notice).
 */
export interface InstantRule {
  readonly type: 'INSTANT';
  readonly required: boolean;
  readonly when: 'PAST' | 'ANY';
  readonly after?: InstantField;
  /** An optional instant left out stays absent instead of defaulting to now (a fact only the caller knows). */
  readonly noDefault?: true;
}

export interface TextRule {
  readonly type: 'TEXT';
  readonly required: boolean;
}

export interface ChoiceRule {
  readonly type: 'CHOICE';
  readonly values: readonly string[];
  /** Required unless false. */
  readonly required?: boolean;
}

/** A required whole number of at least 1. */
export interface CountRule {
  readonly type: 'COUNT';
}

export type PayloadSchema = {
  readonly [F in PayloadField]?: F extends InstantField ? InstantRule : F extends CountField ? CountRule : TextRule | ChoiceRule;
};

/** A payload after validation: instants are Dates (defaults filled in), words are strings, counts numbers. */
export type EventPayload = { readonly [F in InstantField]?: Date } & { readonly [F in TextField]?: string } & {
  readonly [F in CountField]?: number;
};

/** Where a complaint was lodged (8.1). */
export type ComplaintForum = 'HIGHER_PROSECUTOR' | 'COURT';
export const COMPLAINT_FORUMS: readonly ComplaintForum[] = ['HIGHER_PROSECUTOR', 'COURT'];

/** Units an extension may be granted in (terms/ TermExtensionRequest). */
export type ExtensionUnit = TermExtensionRequest['unit'];
export const EXTENSION_UNITS: readonly ExtensionUnit[] = ['CALENDAR_DAY', 'WORKING_DAY', 'MONTH'];

/** How a sanction is signed (21.2): an endorsement and signature, or an electronic digital signature. */
export type SignatureMethod = 'HANDWRITTEN' | 'ELECTRONIC';
export const SIGNATURE_METHODS: readonly SignatureMethod[] = ['HANDWRITTEN', 'ELECTRONIC'];

const pastInstant = (required: boolean): InstantRule => ({ type: 'INSTANT', required, when: 'PAST' });
const REQUIRED_TEXT: TextRule = { type: 'TEXT', required: true };
const OPTIONAL_TEXT: TextRule = { type: 'TEXT', required: false };

/** What each event carries. Unknown fields are refused, like the API's forbidNonWhitelisted. */
export const EVENT_PAYLOADS: Readonly<Record<ActEvent, PayloadSchema>> = {
  [ActEvent.ISSUE]: {},
  [ActEvent.DELIVERY_CONFIRMED]: { receivedAt: pastInstant(true) },
  [ActEvent.CONSIDERATION_SCHEDULED]: {
    notifiedAt: pastInstant(false),
    meetingAt: { type: 'INSTANT', required: true, when: 'ANY', after: 'notifiedAt' },
  },
  [ActEvent.CONSIDERATION_RESCHEDULED]: {
    notifiedAt: pastInstant(false),
    meetingAt: { type: 'INSTANT', required: true, when: 'ANY', after: 'notifiedAt' },
  },
  [ActEvent.CONSIDERATION_HELD]: { consideredAt: pastInstant(true) },
  [ActEvent.OUTCOME_SATISFIED]: { decidedAt: pastInstant(true), reportedAt: pastInstant(false) },
  [ActEvent.OUTCOME_PARTLY_SATISFIED]: { decidedAt: pastInstant(true), reportedAt: pastInstant(false) },
  [ActEvent.OUTCOME_REJECTED]: { decidedAt: pastInstant(true), reportedAt: pastInstant(false) },
  [ActEvent.EXECUTION_REPORTED]: { executedAt: pastInstant(true), reportedAt: pastInstant(false) },
  [ActEvent.TERM_MISSED]: { deadline: { type: 'CHOICE', values: DEADLINE_KINDS } },
  [ActEvent.REFER_TO_COURT]: {},
  [ActEvent.COMPULSORY_EXECUTION_ORDERED]: {},
  [ActEvent.PUBLICATION_RECORDED]: { publishedAt: pastInstant(true), medium: REQUIRED_TEXT },
  [ActEvent.WITHDRAW]: { summary: REQUIRED_TEXT },
  [ActEvent.COMPLAINT_FILED]: {
    filedAt: pastInstant(true),
    forum: { type: 'CHOICE', values: COMPLAINT_FORUMS },
    learnedAt: { type: 'INSTANT', required: false, when: 'PAST', noDefault: true },
    restoredTerm: OPTIONAL_TEXT,
  },
  [ActEvent.SUSPENDED_BY_HIGHER_PROSECUTOR]: {},
  [ActEvent.SUSPENDED_BY_COURT]: {},
  [ActEvent.COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR]: { decidedAt: pastInstant(false) },
  [ActEvent.COMPLAINT_DISMISSED_BY_COURT]: {},
  [ActEvent.COMPLAINT_UPHELD_BY_COURT]: {},
  [ActEvent.CANCELLED_BY_HIGHER_PROSECUTOR]: { summary: REQUIRED_TEXT, decidedAt: pastInstant(false) },
  [ActEvent.REVOKED_BY_HIGHER_PROSECUTOR]: { summary: REQUIRED_TEXT, decidedAt: pastInstant(false) },
  [ActEvent.AMENDED_BY_HIGHER_PROSECUTOR]: { summary: REQUIRED_TEXT },
  [ActEvent.INSPECTION_STARTED]: { startedAt: pastInstant(true), registrationNumber: OPTIONAL_TEXT },
  [ActEvent.INSPECTION_EXTENDED]: {
    extensionCount: { type: 'COUNT' },
    extensionUnit: { type: 'CHOICE', values: EXTENSION_UNITS },
    consent: REQUIRED_TEXT,
  },
  [ActEvent.INSPECTION_COMPLETED]: { completedAt: pastInstant(true) },
  [ActEvent.SANCTION_REQUESTED]: { receivedAt: pastInstant(true) },
  [ActEvent.SANCTION_GRANTED]: { decidedAt: pastInstant(false), signature: { type: 'CHOICE', values: SIGNATURE_METHODS } },
  [ActEvent.SANCTION_REFUSED]: { decidedAt: pastInstant(false), reasons: OPTIONAL_TEXT },
  [ActEvent.FILED_WITH_COURT]: { filedAt: pastInstant(true), court: REQUIRED_TEXT },
  [ActEvent.INSPECTION_SUSPENDED]: { summary: REQUIRED_TEXT },
  [ActEvent.INSPECTION_RESUMED]: {},
  [ActEvent.SUSPENSION_LIFTED_BY_HIGHER_PROSECUTOR]: { summary: REQUIRED_TEXT },
  [ActEvent.SUSPENSION_ENDED]: { completedAt: pastInstant(false) },
};

/** Why a payload was refused: the field at fault and what is wrong with it. */
export interface PayloadError {
  readonly field: string;
  readonly problem: string;
}

export type ParsedPayload = { readonly ok: true; readonly payload: EventPayload } | { readonly ok: false; readonly error: PayloadError };

/**
 * Validates a raw payload (JSON from the API, so instants may be ISO strings) against the event's
 * schema. `now` fills optional instants and bounds reported facts.
 */
export function parsePayload(schema: PayloadSchema, raw: unknown, now: Date): ParsedPayload {
  if (raw !== undefined && raw !== null && !isRecord(raw)) return fail('payload', 'must be an object');
  const input: Readonly<Record<string, unknown>> = isRecord(raw) ? raw : {};
  for (const field of Object.keys(input)) {
    if (!Object.hasOwn(schema, field)) return fail(field, 'is not expected for this event');
  }
  const instants: Partial<Record<InstantField, Date>> = {};
  const texts: Partial<Record<TextField, string>> = {};
  const counts: Partial<Record<CountField, number>> = {};
  for (const field of Object.keys(schema) as PayloadField[]) {
    const rule = schema[field];
    const value = input[field];
    if (rule === undefined) continue;
    if (value === undefined || value === null) {
      if (rule.type === 'INSTANT' && !rule.required) {
        if (!rule.noDefault) instants[field as InstantField] = now;
      } else if (rule.type === 'CHOICE' ? rule.required !== false : rule.type !== 'TEXT' || rule.required) {
        return fail(field, 'is required');
      }
      continue;
    }
    if (rule.type === 'INSTANT') {
      const instant = toInstant(value);
      if (!instant) return fail(field, 'must be an ISO 8601 date-time with a time zone');
      if (rule.when === 'PAST' && instant.getTime() > now.getTime()) return fail(field, 'must not be in the future');
      instants[field as InstantField] = instant;
    } else if (rule.type === 'COUNT') {
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) return fail(field, 'must be a whole number of at least 1');
      counts[field as CountField] = value;
    } else {
      if (typeof value !== 'string' || value.trim() === '') return fail(field, 'must be a non-empty string');
      if (rule.type === 'CHOICE' && !rule.values.includes(value)) return fail(field, `must be one of ${rule.values.join(', ')}`);
      texts[field as TextField] = value;
    }
  }
  for (const field of Object.keys(instants) as InstantField[]) {
    const rule = schema[field];
    const earlier = rule?.after === undefined ? undefined : instants[rule.after];
    const instant = instants[field];
    if (earlier && instant && instant.getTime() <= earlier.getTime()) return fail(field, `must be later than ${String(rule?.after)}`);
  }
  return { ok: true, payload: { ...instants, ...texts, ...counts } };
}

function fail(field: string, problem: string): ParsedPayload {
  return { ok: false, error: { field, problem } };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

// A date-time with an explicit zone, so no server zone can shift it.
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(:(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A real instant as written: the calendar date must exist (30 February does not roll over to
 * 2 March) and the clock must be one (no 24:61), within the years a supervision act can have.
 */
function toInstant(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const match = typeof value === 'string' ? ISO_INSTANT.exec(value) : null;
  if (!match || !isLocalDate(match[1]) || Number(match[2]) > 23 || Number(match[3]) > 59 || Number(match[5] ?? 0) > 59) return null;
  const instant = new Date(value as string);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
