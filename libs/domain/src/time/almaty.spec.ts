import fc from 'fast-check';
import {
  almatyOffsetMinutes,
  assertAlmatyTimeZoneData,
  endOfLocalDay,
  localDateTimeToInstant,
  startOfLocalDay,
  toLocalDate,
  toLocalDateTime,
} from './almaty';
import { addDays, localDate } from './local-date';

describe('Asia/Almaty time', () => {
  it('passes the self-check on this runtime: +05:00 on 2024-03-02', () => {
    expect(() => assertAlmatyTimeZoneData()).not.toThrow();
    expect(almatyOffsetMinutes(new Date('2024-03-02T12:00:00Z'))).toBe(300);
  });

  it('fails loudly when the time-zone data predates the March 2024 change', () => {
    expect(() => assertAlmatyTimeZoneData(() => 360)).toThrow(/Asia\/Almaty on 2024-03-02 is UTC\+06:00.*expected UTC\+05:00/);
    expect(() =>
      assertAlmatyTimeZoneData(() => {
        throw new RangeError('Invalid time zone specified: Asia/Almaty');
      }),
    ).toThrow(/cannot convert instants to Asia\/Almaty/);
  });

  it('knows the historical UTC+6 before 01.03.2024', () => {
    expect(almatyOffsetMinutes(new Date('2024-02-28T12:00:00Z'))).toBe(360);
    expect(startOfLocalDay('2024-02-28').toISOString()).toBe('2024-02-27T18:00:00.000Z');
  });

  it('converts instants to local dates and back', () => {
    expect(toLocalDate(new Date('2026-03-12T18:59:59Z'))).toBe('2026-03-12');
    expect(toLocalDate(new Date('2026-03-12T19:00:00Z'))).toBe('2026-03-13');
    expect(toLocalDateTime(new Date('2026-12-31T18:30:00Z'))).toEqual({ date: '2026-12-31', hour: 23, minute: 30, second: 0 });
    expect(localDateTimeToInstant('2026-12-31', 23, 30).toISOString()).toBe('2026-12-31T18:30:00.000Z');
  });

  it('puts the end of a local day at 24:00 Almaty = next day 00:00 local', () => {
    expect(endOfLocalDay('2026-03-26').toISOString()).toBe('2026-03-26T19:00:00.000Z');
    expect(endOfLocalDay('2026-03-26').getTime()).toBe(startOfLocalDay('2026-03-27').getTime());
  });

  it('round-trips every wall-clock time since the single-zone change', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (offsetDays, hour, minute) => {
          const date = addDays(localDate(2024, 3, 1), offsetDays);
          const instant = localDateTimeToInstant(date, hour, minute);
          expect(toLocalDateTime(instant)).toEqual({ date, hour, minute, second: 0 });
          expect(endOfLocalDay(date).getTime() - startOfLocalDay(date).getTime()).toBe(86_400_000);
        },
      ),
    );
  });
});

describe('toLocalDateTime agrees with Intl at every instant (the per-hour offset memo is exact)', () => {
  const reference = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Almaty',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const viaIntl = (instant: Date) => {
    const p = Object.fromEntries(reference.formatToParts(instant).map((part) => [part.type, part.value]));
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
  };
  const viaDomain = (instant: Date) => {
    const local = toLocalDateTime(instant);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${local.date} ${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}`;
  };

  it('around the switch to UTC+5 on 01.03.2024, minute by minute', () => {
    const switchAt = Date.UTC(2024, 1, 29, 18, 0, 0); // 2024-03-01 00:00 at the old UTC+6
    for (let ms = switchAt - 2 * 3_600_000; ms <= switchAt + 2 * 3_600_000; ms += 60_000) {
      expect(viaDomain(new Date(ms))).toBe(viaIntl(new Date(ms)));
    }
  });

  it('for random instants from 1995 to 2035', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2035, 0, 1) }), (ms) => {
        expect(viaDomain(new Date(ms))).toBe(viaIntl(new Date(ms)));
      }),
      { numRuns: 2000 },
    );
  });
});
