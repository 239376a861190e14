import type { DeadlineRecord, DueComputation, DueRevision, InternalTarget, Pause, TermExtension } from '@app/domain';

/**
 * The deadlines.ledger column, both ways. Reading back into the domain's DeadlineRecord. The writer stores
 * `JSON.parse(JSON.stringify(record))`, which keeps everything but turns each Date into its ISO
 * string; this puts the Dates back at exactly the places the record type has them. Anything that
 * is not where a record has it throws LedgerDecodeError — a ledger we cannot read is reported,
 * never guessed at.
 */
export class LedgerDecodeError extends Error {}

/** The record as stored in deadlines.ledger (jsonb): plain JSON, Dates as ISO strings. */
export function encodeDeadlineRecord(record: DeadlineRecord): Record<string, unknown> {
  return JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
}

type Json = Record<string, unknown>;

export function decodeDeadlineRecord(ledger: unknown): DeadlineRecord {
  const record = object(ledger, 'ledger');
  const trigger = object(record.trigger, 'trigger');
  return {
    ...(record as unknown as DeadlineRecord),
    trigger: { ...(trigger as unknown as DeadlineRecord['trigger']), at: instant(trigger.at, 'trigger.at') },
    computation: computation(record.computation, 'computation'),
    extensions: array(record.extensions, 'extensions').map((value, index) => extension(value, `extensions[${index}]`)),
    pauses: array(record.pauses, 'pauses').map((value, index) => pause(value, `pauses[${index}]`)),
    dueAt: instant(record.dueAt, 'dueAt'),
    internalTarget: record.internalTarget === null ? null : internalTarget(record.internalTarget, 'internalTarget'),
    metAt: record.metAt === null ? null : instant(record.metAt, 'metAt'),
    // Absent on records no calendar change has recounted.
    ...(record.revisions === undefined ? {} : { revisions: array(record.revisions, 'revisions').map((value, index) => revision(value, `revisions[${index}]`)) }),
  };
}

function revision(value: unknown, path: string): DueRevision {
  const json = object(value, path);
  return {
    ...(json as unknown as DueRevision),
    at: instant(json.at, `${path}.at`),
    previousDueAt: instant(json.previousDueAt, `${path}.previousDueAt`),
    dueAt: instant(json.dueAt, `${path}.dueAt`),
  };
}

function computation(value: unknown, path: string): DueComputation {
  const json = object(value, path);
  const trigger = object(json.trigger, `${path}.trigger`);
  return {
    ...(json as unknown as DueComputation),
    trigger: { ...(trigger as unknown as DueComputation['trigger']), at: instant(trigger.at, `${path}.trigger.at`) },
    dueAt: instant(json.dueAt, `${path}.dueAt`),
  };
}

function extension(value: unknown, path: string): TermExtension {
  const json = object(value, path);
  return {
    ...(json as unknown as TermExtension),
    grantedAt: instant(json.grantedAt, `${path}.grantedAt`),
    computation: computation(json.computation, `${path}.computation`),
  };
}

function pause(value: unknown, path: string): Pause {
  const json = object(value, path);
  return { ...(json as unknown as Pause), from: instant(json.from, `${path}.from`), to: json.to === null ? null : instant(json.to, `${path}.to`) };
}

function internalTarget(value: unknown, path: string): InternalTarget {
  const json = object(value, path);
  return { ...(json as unknown as InternalTarget), baseDueAt: instant(json.baseDueAt, `${path}.baseDueAt`), dueAt: instant(json.dueAt, `${path}.dueAt`) };
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

function instant(value: unknown, path: string): Date {
  const date = typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw new LedgerDecodeError(`${path}: expected an ISO instant, got ${JSON.stringify(value)}`);
  return date;
}

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new LedgerDecodeError(`${path}: expected an object`);
  return value as Json;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new LedgerDecodeError(`${path}: expected an array`);
  return value;
}
