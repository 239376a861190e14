import { ActRefusalCode } from '../shared';
import { ActEvent } from './act-event';
import { ActState } from './act-state';
import { ActType } from './act-type';
import { decide } from './decide';
import { machineFor } from './machines';
import { ACTORS, NOW, snapshotIn } from './testing/act-fixtures';

const protest = machineFor({ type: ActType.PROTEST, kind: null, editionId: 'KZ-2709@2016-12-28' });
const at = (iso: string) => new Date(iso);
const ISSUED_AT = at('2026-03-05T06:00:00Z');

describe('the order of reported facts (policy: the statute is silent)', () => {
  it('refuses a receipt before the issue, naming the field, the instants and the state', () => {
    const act = { ...snapshotIn(protest, ActState.ISSUED), issuedAt: ISSUED_AT, lastFactAt: ISSUED_AT };
    const decision = decide(act, ActEvent.DELIVERY_CONFIRMED, ACTORS.ADDRESSEE_REPORT, { receivedAt: '2026-03-04T06:00:00Z' }, NOW);
    expect(decision.ok).toBe(false);
    if (decision.ok) return;
    expect(decision.refusal).toMatchObject({ code: ActRefusalCode.EVENT_BEFORE_PRIOR_STATE, field: 'receivedAt', citation: null });
    expect(decision.refusal.message).toContain('2026-03-05T06:00:00.000Z');
    expect(decision.refusal.message).toContain('ISSUED');
    expect(decision.refusal.message).toContain('office policy');
  });

  it('accepts a receipt at the very instant of the issue, and moves the last fact to it', () => {
    const act = { ...snapshotIn(protest, ActState.ISSUED), issuedAt: ISSUED_AT, lastFactAt: ISSUED_AT };
    const decision = decide(act, ActEvent.DELIVERY_CONFIRMED, ACTORS.ADDRESSEE_REPORT, { receivedAt: ISSUED_AT.toISOString() }, NOW);
    expect(decision).toMatchObject({ ok: true, lastFactAt: ISSUED_AT });
  });

  it('the issue is its own fact, when it is entered', () => {
    const decision = decide(snapshotIn(protest, ActState.DRAFT), ActEvent.ISSUE, ACTORS.AUTHOR, {}, NOW);
    expect(decision).toMatchObject({ ok: true, lastFactAt: NOW });
  });

  it('refuses a decision before the receipt that brought the act into DELIVERED', () => {
    const received = at('2026-03-07T06:00:00Z');
    const act = { ...snapshotIn(protest, ActState.DELIVERED), issuedAt: ISSUED_AT, lastFactAt: received };
    const early = decide(act, ActEvent.OUTCOME_REJECTED, ACTORS.ADDRESSEE_REPORT, { decidedAt: '2026-03-06T06:00:00Z' }, NOW);
    expect(early).toMatchObject({ ok: false, refusal: { code: ActRefusalCode.EVENT_BEFORE_PRIOR_STATE, field: 'decidedAt' } });
  });

  it('events beside the main line need only follow the issue, and move nothing: a publication before the receipt is fine', () => {
    const received = at('2026-03-07T06:00:00Z');
    const act = { ...snapshotIn(protest, ActState.DELIVERED), issuedAt: ISSUED_AT, lastFactAt: received };
    const published = decide(act, ActEvent.PUBLICATION_RECORDED, ACTORS.AUTHOR, { publishedAt: '2026-03-06T06:00:00Z', medium: 'Казахстанская правда' }, NOW);
    expect(published).toMatchObject({ ok: true, lastFactAt: received });
    const beforeIssue = decide(act, ActEvent.PUBLICATION_RECORDED, ACTORS.AUTHOR, { publishedAt: '2026-03-04T06:00:00Z', medium: 'Казахстанская правда' }, NOW);
    expect(beforeIssue).toMatchObject({ ok: false, refusal: { code: ActRefusalCode.EVENT_BEFORE_PRIOR_STATE, field: 'publishedAt' } });
  });

  it('an act whose history is unknown (no issue, no last fact on the snapshot) is not ordered', () => {
    const decision = decide(snapshotIn(protest, ActState.ISSUED), ActEvent.DELIVERY_CONFIRMED, ACTORS.ADDRESSEE_REPORT, { receivedAt: '2020-01-01T00:00:00Z' }, NOW);
    expect(decision.ok).toBe(true);
  });
});
