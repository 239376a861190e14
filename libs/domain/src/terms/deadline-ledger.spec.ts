import fc from 'fast-check';
import { KZ_PRODUCTION_CALENDAR } from '../calendar';
import { Citation, DeadlineKind } from '../shared';
import { localDateTimeToInstant } from '../time';
import {
  DeadlineRecord,
  deadlineAlerts,
  extendDeadline,
  LedgerOutcome,
  meetDeadline,
  metInTime,
  openDeadline,
  pausedMs,
  pauseDeadline,
  recordDueLocalDate,
  resumeDeadline,
} from './deadline-ledger';
import { recomputeForTriggerMove } from './impact';
import { ruleFor } from './rule-book';
import { KZ_2709_EDITION_ID } from './statute-edition';

const calendar = KZ_PRODUCTION_CALENDAR;
const almaty = (date: string, hour = 10, minute = 0) => localDateTimeToInstant(date, hour, minute);
const HOUR = 3_600_000;
const ART_24_5: Citation = { edition: KZ_2709_EDITION_ID, article: '24', paragraph: '5' };

function unwrap(outcome: LedgerOutcome): DeadlineRecord {
  if (!outcome.ok) throw new Error(`${outcome.refusal.code}: ${outcome.refusal.message}`);
  return outcome.record;
}

function openOrder(receivedAt = almaty('2026-04-01'), termDays = 10): DeadlineRecord {
  return unwrap(
    openDeadline({
      id: 'order-1',
      rule: ruleFor(DeadlineKind.ORDER_EXECUTION, KZ_2709_EDITION_ID),
      trigger: { at: receivedAt },
      calendar,
      prescribedCount: termDays,
      internalTarget: { dueAt: almaty('2026-04-08', 18), warningMs: 4 * HOUR },
    }),
  );
}

describe('deadline ledger', () => {
  it('extends the due date by exactly the paused time when an order is suspended and resumed (art. 24.5)', () => {
    const opened = openOrder();
    expect(opened.dueAt.toISOString()).toBe('2026-04-13T19:00:00.000Z'); // 11.04 is a Saturday → Monday 13.04, 24:00
    const paused = unwrap(pauseDeadline(opened, { at: almaty('2026-04-05', 9), reason: 'complaint to the higher prosecutor', citation: ART_24_5 }));
    expect(paused.status).toBe('PAUSED');
    expect(paused.pauses).toEqual([{ from: almaty('2026-04-05', 9), to: null, reason: 'complaint to the higher prosecutor', citation: ART_24_5 }]);
    const resumed = unwrap(resumeDeadline(paused, almaty('2026-04-08', 15, 30)));
    const pausedFor = almaty('2026-04-08', 15, 30).getTime() - almaty('2026-04-05', 9).getTime();
    expect(pausedMs(resumed)).toBe(pausedFor);
    expect(resumed.dueAt.getTime() - opened.dueAt.getTime()).toBe(pausedFor);
    expect(resumed.internalTarget?.dueAt.getTime()).toBe(almaty('2026-04-08', 18).getTime() + pausedFor);
    expect(resumed.status).toBe('RUNNING');
    expect(recordDueLocalDate(resumed)).toBe('2026-04-17');
  });

  it('refuses pausing an expired term, resuming a running one, and meeting twice', () => {
    const opened = openOrder();
    expect(pauseDeadline(opened, { at: almaty('2026-04-14'), reason: 'late complaint', citation: ART_24_5 })).toMatchObject({
      ok: false,
      refusal: { code: 'DEADLINE_ALREADY_EXPIRED' },
    });
    expect(resumeDeadline(opened, almaty('2026-04-05'))).toMatchObject({ ok: false, refusal: { code: 'DEADLINE_NOT_PAUSED' } });
    const met = unwrap(meetDeadline(opened, almaty('2026-04-10')));
    expect(metInTime(met)).toBe(true);
    expect(meetDeadline(met, almaty('2026-04-11'))).toMatchObject({ ok: false, refusal: { code: 'DEADLINE_ALREADY_MET' } });
  });

  it('a BEFORE term (25.2 notice) is met before its trigger, the meeting; an AFTER term cannot be', () => {
    const meeting = almaty('2026-05-20');
    const notice = unwrap(
      openDeadline({ id: 'notice', rule: ruleFor(DeadlineKind.SUBMISSION_MEETING_NOTICE, KZ_2709_EDITION_ID), trigger: { at: meeting, provisional: true }, calendar }),
    );
    const inTime = unwrap(meetDeadline(notice, almaty('2026-05-13')));
    expect(metInTime(inTime)).toBe(true);
    const late = unwrap(meetDeadline(notice, almaty('2026-05-19')));
    expect(metInTime(late)).toBe(false);

    const order = openOrder(almaty('2026-04-01'));
    const early = meetDeadline(order, almaty('2026-03-31'));
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.refusal.code).toBe('DEADLINE_EVENT_BEFORE_TRIGGER');
  });

  it('keeps the internal target earlier than the statutory due and warns on each separately', () => {
    const rule = ruleFor(DeadlineKind.ORDER_EXECUTION, KZ_2709_EDITION_ID);
    expect(
      openDeadline({ id: 'x', rule, trigger: { at: almaty('2026-04-01') }, calendar, prescribedCount: 10, internalTarget: { dueAt: almaty('2026-04-20'), warningMs: 0 } }),
    ).toMatchObject({ ok: false, refusal: { code: 'INTERNAL_TARGET_AFTER_STATUTORY_DUE', field: 'internalTarget' } });
    const opened = openOrder();
    expect(deadlineAlerts(opened, almaty('2026-04-08', 15))).toEqual({ statutory: 'ON_TRACK', internal: 'WARNING' });
    expect(deadlineAlerts(opened, almaty('2026-04-13', 1))).toEqual({ statutory: 'WARNING', internal: 'OVERDUE' });
    expect(deadlineAlerts(opened, almaty('2026-04-14', 1))).toEqual({ statutory: 'OVERDUE', internal: 'OVERDUE' });
  });

  it("extends an inspection by a new term with the higher prosecutor's consent (art. 5.4), and nothing else", () => {
    const inspection = unwrap(
      openDeadline({ id: 'insp', rule: ruleFor(DeadlineKind.INSPECTION_DURATION, KZ_2709_EDITION_ID), trigger: { at: almaty('2026-02-10') }, calendar }),
    );
    expect(recordDueLocalDate(inspection)).toBe('2026-03-10');
    const extended = unwrap(
      extendDeadline(inspection, { count: 1, unit: 'MONTH', grantedAt: almaty('2026-03-05'), reason: 'consent of the regional prosecutor No. 7' }, calendar),
    );
    expect(extended.extensions).toHaveLength(1);
    expect(extended.extensions[0].citation).toEqual({ edition: KZ_2709_EDITION_ID, article: '5', paragraph: '4' });
    expect(recordDueLocalDate(extended)).toBe('2026-04-10');
    expect(extended.extensions[0].computation.explanation.en).toBe(
      '1 month after the previous term ending on 10.03.2026 → 10.04.2026, 24:00 Asia/Almaty; art. 5.4, Law No. 2709 ed. 28.12.2016',
    );
    expect(extendDeadline(openOrder(), { count: 5, unit: 'CALENDAR_DAY', grantedAt: almaty('2026-04-02'), reason: 'x' }, calendar)).toMatchObject({
      ok: false,
      refusal: { code: 'TERM_NOT_EXTENDABLE' },
    });
  });

  it('recomputes the notice and the planned result report when the consideration meeting moves', () => {
    const meeting = almaty('2026-05-20', 11);
    const notice = unwrap(
      openDeadline({ id: 'notice', rule: ruleFor(DeadlineKind.SUBMISSION_MEETING_NOTICE, KZ_2709_EDITION_ID), trigger: { at: meeting, provisional: true }, calendar }),
    );
    const report = unwrap(
      openDeadline({ id: 'report', rule: ruleFor(DeadlineKind.SUBMISSION_RESULT_REPORT, KZ_2709_EDITION_ID), trigger: { at: meeting, provisional: true }, calendar }),
    );
    const consideration = unwrap(
      openDeadline({ id: 'consider', rule: ruleFor(DeadlineKind.SUBMISSION_CONSIDERATION, KZ_2709_EDITION_ID), trigger: { at: almaty('2026-05-04') }, calendar }),
    );
    const { records, changes } = recomputeForTriggerMove(
      [notice, report, consideration],
      { event: 'CONSIDERATION_MEETING', at: almaty('2026-05-29', 11), provisional: true, reason: 'the head of the body is on a business trip' },
      calendar,
    );
    expect(changes.map((c) => [c.deadlineId, c.oldDueLocalDate, c.newDueLocalDate])).toEqual([
      ['notice', '2026-05-17', '2026-05-26'],
      ['report', '2026-05-25', '2026-06-03'],
    ]);
    expect(changes[0].reason.en).toBe('The consideration meeting moved to 29.05.2026: the head of the body is on a business trip');
    expect(records[2]).toBe(consideration);
    expect(records[0].trigger.at).toEqual(almaty('2026-05-29', 11));
  });

  it('never shortens a term, whatever the sequence of pauses and resumptions', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 72 * 60 }), fc.integer({ min: 0, max: 72 * 60 })), { maxLength: 6 }), (steps) => {
        let record = openOrder(almaty('2026-06-01'), 30);
        const base = record.dueAt.getTime();
        let clock = almaty('2026-06-01').getTime();
        let paused = 0;
        for (const [runMinutes, pauseMinutes] of steps) {
          clock += runMinutes * 60_000;
          const pausedOutcome = pauseDeadline(record, { at: new Date(clock), reason: 'suspended', citation: ART_24_5 });
          if (!pausedOutcome.ok) break;
          clock += pauseMinutes * 60_000;
          const before = pausedOutcome.record.dueAt.getTime();
          record = unwrap(resumeDeadline(pausedOutcome.record, new Date(clock)));
          paused += pauseMinutes * 60_000;
          expect(record.dueAt.getTime()).toBeGreaterThanOrEqual(before);
        }
        expect(record.dueAt.getTime()).toBe(base + paused);
        expect(record.dueAt.getTime()).toBeGreaterThanOrEqual(base);
      }),
      { numRuns: 200 },
    );
  });
});
