import {
  Citation,
  DeadlineKind,
  DeadlineRecord,
  extendDeadline,
  KZ_2709_EDITION_ID,
  KZ_PRODUCTION_CALENDAR,
  LedgerOutcome,
  localDateTimeToInstant,
  meetDeadline,
  openDeadline,
  pauseDeadline,
  resumeDeadline,
  ruleFor,
} from '@app/domain';
import { decodeDeadlineRecord, LedgerDecodeError } from './deadline-ledger.codec';

const calendar = KZ_PRODUCTION_CALENDAR;
const almaty = (date: string, hour = 10) => localDateTimeToInstant(date, hour);
const ART_24_5: Citation = { edition: KZ_2709_EDITION_ID, article: '24', paragraph: '5' };

function unwrap(outcome: LedgerOutcome): DeadlineRecord {
  if (!outcome.ok) throw new Error(outcome.refusal.message);
  return outcome.record;
}

/** What the lead's writer stores in deadlines.ledger. */
const stored = (record: DeadlineRecord): unknown => JSON.parse(JSON.stringify(record));

describe('deadline ledger codec', () => {
  it('round-trips a plain running record', () => {
    const record = unwrap(
      openDeadline({ id: 'order', rule: ruleFor(DeadlineKind.ORDER_EXECUTION, KZ_2709_EDITION_ID), trigger: { at: almaty('2026-04-01') }, calendar, prescribedCount: 10 }),
    );
    expect(decodeDeadlineRecord(stored(record))).toEqual(record);
  });

  it('round-trips pauses (open and closed), an internal target, extensions and a met record', () => {
    const opened = unwrap(
      openDeadline({
        id: 'order',
        rule: ruleFor(DeadlineKind.ORDER_EXECUTION, KZ_2709_EDITION_ID),
        trigger: { at: almaty('2026-04-01') },
        calendar,
        prescribedCount: 10,
        internalTarget: { dueAt: almaty('2026-04-08', 18), warningMs: 3_600_000 },
      }),
    );
    const paused = unwrap(pauseDeadline(opened, { at: almaty('2026-04-05', 9), reason: 'complaint', citation: ART_24_5 }));
    expect(decodeDeadlineRecord(stored(paused))).toEqual(paused);
    const resumed = unwrap(resumeDeadline(paused, almaty('2026-04-08', 15)));
    const met = unwrap(meetDeadline(resumed, almaty('2026-04-10')));
    expect(decodeDeadlineRecord(stored(met))).toEqual(met);

    const inspection = unwrap(
      openDeadline({ id: 'insp', rule: ruleFor(DeadlineKind.INSPECTION_DURATION, KZ_2709_EDITION_ID), trigger: { at: almaty('2026-02-10') }, calendar }),
    );
    const extended = unwrap(extendDeadline(inspection, { count: 1, unit: 'MONTH', grantedAt: almaty('2026-03-05'), reason: 'consent No. 7' }, calendar));
    const decoded = decodeDeadlineRecord(stored(extended));
    expect(decoded).toEqual(extended);
    expect(decoded.extensions[0].computation.dueAt).toBeInstanceOf(Date);
  });

  it('refuses a ledger whose instants are not ISO strings, naming the path', () => {
    const record = stored(
      unwrap(openDeadline({ id: 'x', rule: ruleFor(DeadlineKind.ORDER_EXECUTION, KZ_2709_EDITION_ID), trigger: { at: almaty('2026-04-01') }, calendar, prescribedCount: 10 })),
    ) as Record<string, unknown>;
    expect(() => decodeDeadlineRecord({ ...record, dueAt: 'tomorrow' })).toThrow(new LedgerDecodeError('dueAt: expected an ISO instant, got "tomorrow"'));
    expect(() => decodeDeadlineRecord({ ...record, pauses: null })).toThrow(LedgerDecodeError);
    expect(() => decodeDeadlineRecord('nope')).toThrow(LedgerDecodeError);
  });
});
