import { ActEvent } from './act-event';
import { EVENT_PAYLOADS, parsePayload } from './payload';

const NOW = new Date('2026-03-20T06:00:00Z');
const delivery = (receivedAt: unknown) => parsePayload(EVENT_PAYLOADS[ActEvent.DELIVERY_CONFIRMED], { receivedAt }, NOW);

describe('event payload instants', () => {
  it('accepts a real past instant with an explicit zone', () => {
    expect(delivery('2026-03-12T05:00:00Z')).toMatchObject({ ok: true });
    expect(delivery('2026-03-12T10:00:00+05:00')).toMatchObject({ ok: true });
  });

  it.each([
    ['30 February (would roll over to 2 March)', '2026-02-30T10:00:00Z'],
    ['29 February of a common year', '2025-02-29T10:00:00Z'],
    ['hour 24', '2026-03-12T24:00:00Z'],
    ['minute 60', '2026-03-12T10:60:00Z'],
    ['year 0000', '0000-03-12T10:00:00Z'],
    ['no zone (a server zone would shift it)', '2026-03-12T10:00:00'],
    ['a date without a time', '2026-03-12'],
  ])('refuses %s, naming the field', (_name, value) => {
    const result = delivery(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.field).toBe('receivedAt');
  });
});
