import { AppConfigModule, FixedClock } from '@app/config';
import { PersistenceModule } from '@app/persistence';
import { QueueModule } from '@app/queue';
import { WorkflowModule } from '@app/workflow';
import { Test } from '@nestjs/testing';
import { DeadlineEngineModule } from '../../apps/worker/src/deadlines/deadline-engine.module';
import { DeadlineEngine } from '../../apps/worker/src/deadlines/deadline-engine.service';
import { ApiHarness } from './api-harness';
import { ACT_TEXT } from './act-text';

/**
 * Walks one act through its life cycle over HTTP and checks, after every step, that the API's
 * answer and the rows behind it agree: acts (state, version, next_due_at), act_transitions (one
 * row per version, the last one this event), audit_log (one row per version, the last one this
 * transition) and deadlines (the same as the API shows).
 */

/** A deadline as the tests compare it: what the statute fixes, nothing that varies between runs. */
export interface DeadlineShape {
  kind: string;
  status: string;
  runsAgainst: string;
  triggeredAt: string;
  dueAt: string;
  metAt: string | null;
  missedAt: string | null;
  article: string;
  firesTermMissed: boolean;
}

export interface HistoryShape {
  event: string;
  fromState: string | null;
  toState: string;
  actorRole: string;
}

export interface ActBody {
  id: string;
  state: string;
  version: number;
  nextDueAt: string | null;
  issuedAt: string | null;
  deadlines: (Omit<DeadlineShape, 'firesTermMissed'> & { explanation: { en: string; ru: string; kk: string }; extensions: unknown[] })[];
  history: (HistoryShape & { actorUserId: string; payload: Record<string, unknown>; effects: Record<string, unknown>[] })[];
  allowedEvents: string[];
  linkedActId: string | null;
  linkReason: string | null;
}

export interface Refusal {
  status: number;
  code: string;
  article?: string;
  field?: string;
}

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

/** Every deadline of an act, as stored, in the order the API lists them. */
export async function storedDeadlines(api: ApiHarness, actId: string): Promise<DeadlineShape[]> {
  const rows: Record<string, unknown>[] = await api.dataSource.query(
    `SELECT kind, status, runs_against, triggered_at, due_at, met_at, missed_at, citation, fires_term_missed
     FROM deadlines WHERE act_id = $1 ORDER BY created_at, kind`,
    [actId],
  );
  return rows.map((row) => ({
    kind: row.kind as string,
    status: row.status as string,
    runsAgainst: row.runs_against as string,
    triggeredAt: iso(row.triggered_at as Date) as string,
    dueAt: iso(row.due_at as Date) as string,
    metAt: iso(row.met_at as Date | null),
    missedAt: iso(row.missed_at as Date | null),
    article: row.citation as string,
    firesTermMissed: row.fires_term_missed as boolean,
  }));
}

/** What the stored rows of an act add up to, for "nothing changed" checks. */
async function footprint(api: ApiHarness, actId: string) {
  const [act] = await api.dataSource.query('SELECT state, version, next_due_at, complaint_pending FROM acts WHERE id = $1', [actId]);
  const [{ transitions }] = await api.dataSource.query('SELECT count(*)::int AS transitions FROM act_transitions WHERE act_id = $1', [actId]);
  const [{ audits }] = await api.dataSource.query(`SELECT count(*)::int AS audits FROM audit_log WHERE entity_type = 'act' AND entity_id = $1`, [actId]);
  return { act, transitions, audits, deadlines: await storedDeadlines(api, actId) };
}

export class ActWalk {
  private constructor(
    private readonly api: ApiHarness,
    readonly id: string,
    private current: ActBody,
  ) {}

  /** Files an act and checks the draft: initial state, version 1, the FILED history and audit rows. */
  static async file(api: ApiHarness, segment: string, body: Record<string, unknown>, expected: { state: string; login?: string }): Promise<ActWalk> {
    const login = expected.login ?? 'bostandyk.prosecutor';
    const response = await api.http.post(`/api/v1/acts/${segment}`).set(await api.as(login)).send({ text: ACT_TEXT, ...body });
    if (response.status !== 201) throw new Error(`filing ${segment} answered ${response.status}: ${JSON.stringify(response.body)}`);
    const act = response.body as ActBody;
    expect(act).toMatchObject({ state: expected.state, version: 1, issuedAt: null, nextDueAt: null, deadlines: [] });
    expect(act.history.map(shapeOf)).toEqual([{ event: 'FILED', fromState: null, toState: expected.state, actorRole: roleOf(login) }]);
    const walk = new ActWalk(api, act.id, act);
    const stored = await footprint(api, act.id);
    expect(stored).toEqual({ act: { state: expected.state, version: 1, next_due_at: null, complaint_pending: false }, transitions: 1, audits: 1, deadlines: [] });
    const [audit] = await api.dataSource.query(`SELECT action, after FROM audit_log WHERE entity_type = 'act' AND entity_id = $1`, [act.id]);
    expect(audit).toMatchObject({ action: 'act.filed', after: { state: expected.state, version: 1 } });
    return walk;
  }

  /** Takes over an act that exists already (a linked draft the system opened), as its office reads it. */
  static async existing(api: ApiHarness, id: string, login = 'bostandyk.prosecutor'): Promise<ActWalk> {
    const response = await api.http.get(`/api/v1/acts/${id}`).set(await api.as(login));
    expect(response.status).toBe(200);
    return new ActWalk(api, id, response.body as ActBody);
  }

  get act(): ActBody {
    return this.current;
  }

  /** A linked draft opens without text: its office writes it (PATCH, against the version read) before issuing it. */
  async writeText(login = 'bostandyk.prosecutor'): Promise<void> {
    const response = await this.api.http
      .patch(`/api/v1/acts/${this.id}`)
      .set({ ...(await this.api.as(login)), 'If-Match': `"${this.current.version}"` })
      .send({ text: ACT_TEXT });
    if (response.status !== 200) throw new Error(`writing the text answered ${response.status}: ${JSON.stringify(response.body)}`);
    this.current = response.body as ActBody;
  }

  /**
   * Fires an event that must apply: 200, the expected state, the version one higher, the history,
   * transition and audit rows of exactly this step, and deadlines that match the stored rows.
   */
  async step(event: string, payload: Record<string, unknown>, expected: { state: string; login?: string }): Promise<ActBody> {
    const login = expected.login ?? 'bostandyk.prosecutor';
    const before = this.current;
    const response = await this.api.http.post(`/api/v1/acts/${this.id}/events`).set(await this.api.as(login)).send({ event, payload });
    if (response.status !== 200) throw new Error(`${event} in ${before.state} answered ${response.status}: ${JSON.stringify(response.body)}`);
    const act = response.body as ActBody;
    const version = before.version + 1;
    expect({ state: act.state, version: act.version }).toEqual({ state: expected.state, version });
    expect(response.headers.etag).toBe(`"${version}"`);
    const step = { event, fromState: before.state, toState: expected.state, actorRole: roleOf(login) };
    expect(act.history.map(shapeOf)).toEqual([...before.history.map(shapeOf), step]);
    expect(act.history.at(-1)?.actorUserId).toBe(await this.api.userId(login));

    const stored = await footprint(this.api, this.id);
    const openDues = stored.deadlines.filter((deadline) => deadline.status === 'OPEN').map((deadline) => deadline.dueAt).sort();
    expect(stored.act).toMatchObject({ state: expected.state, version, next_due_at: openDues.length ? new Date(openDues[0]) : null });
    expect(act.nextDueAt).toBe(openDues[0] ?? null);
    expect({ transitions: stored.transitions, audits: stored.audits }).toEqual({ transitions: version, audits: version });
    const [transition] = await this.api.dataSource.query(
      'SELECT event, from_state, to_state, actor_role, version FROM act_transitions WHERE act_id = $1 ORDER BY version DESC LIMIT 1',
      [this.id],
    );
    expect(transition).toEqual({ event, from_state: before.state, to_state: expected.state, actor_role: roleOf(login), version });
    const [audit] = await this.api.dataSource.query(
      `SELECT action, before, after FROM audit_log WHERE entity_type = 'act' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [this.id],
    );
    expect(audit).toMatchObject({ action: 'act.transitioned', before: { state: before.state, version: before.version }, after: { state: expected.state, version, event } });
    expect(act.deadlines.map(({ kind, status, runsAgainst, triggeredAt, dueAt, metAt, missedAt, article }) => ({ kind, status, runsAgainst, triggeredAt, dueAt, metAt, missedAt, article }))).toEqual(
      stored.deadlines.map(({ firesTermMissed: _fires, ...shown }) => shown),
    );
    this.current = act;
    return act;
  }

  /** Fires an event that must be refused, and checks that not a row moved. */
  async refused(event: string, payload: Record<string, unknown>, login: string, refusal: Refusal): Promise<Record<string, unknown>> {
    const before = await footprint(this.api, this.id);
    const response = await this.api.http.post(`/api/v1/acts/${this.id}/events`).set(await this.api.as(login)).send({ event, payload });
    expect({ status: response.status, code: response.body.code }).toEqual({ status: refusal.status, code: refusal.code });
    if (refusal.article !== undefined) expect(response.body.article).toBe(refusal.article);
    if (refusal.field !== undefined) expect(response.body.errors).toEqual([expect.objectContaining({ field: refusal.field, code: refusal.code })]);
    expect(await footprint(this.api, this.id)).toEqual(before);
    return response.body as Record<string, unknown>;
  }

  /** The act's deadlines as stored. */
  deadlines(): Promise<DeadlineShape[]> {
    return storedDeadlines(this.api, this.id);
  }

  /** The effects stored with the transition of `version` (act_transitions.effects). */
  async effectsAt(version: number): Promise<Record<string, unknown>[]> {
    const [row] = await this.api.dataSource.query('SELECT effects FROM act_transitions WHERE act_id = $1 AND version = $2', [this.id, version]);
    return row.effects as Record<string, unknown>[];
  }

  /** Re-reads the act (after something outside the API changed it). */
  async reload(login = 'bostandyk.prosecutor'): Promise<ActBody> {
    const response = await this.api.http.get(`/api/v1/acts/${this.id}`).set(await this.api.as(login));
    expect(response.status).toBe(200);
    this.current = response.body as ActBody;
    return this.current;
  }
}

/** A running clock. */
export const open = (kind: string, article: string, runsAgainst: 'ADDRESSEE' | 'PROSECUTOR', triggeredAt: string, dueAt: string, firesTermMissed = true): DeadlineShape => ({
  kind,
  status: 'OPEN',
  runsAgainst,
  triggeredAt,
  dueAt,
  metAt: null,
  missedAt: null,
  article,
  firesTermMissed,
});

/** The same clock, met at `metAt`. */
export const met = (deadline: DeadlineShape, metAt: string): DeadlineShape => ({ ...deadline, status: 'MET', metAt });
/** Met at or after its due instant: the clock ran out first, so it is MISSED at its due instant, met late. */
export const metLate = (deadline: DeadlineShape, metAt: string): DeadlineShape => ({ ...deadline, status: 'MISSED', missedAt: deadline.dueAt, metAt });

/** Files with the API and expects a refusal with nothing stored (no act, no audit row). */
export async function expectFilingRefused(api: ApiHarness, segment: string, body: Record<string, unknown>, refusal: Refusal): Promise<void> {
  const count = async () => (await api.dataSource.query('SELECT (SELECT count(*) FROM acts)::int AS acts, (SELECT count(*) FROM audit_log)::int AS audits'))[0];
  const before = await count();
  const response = await api.http.post(`/api/v1/acts/${segment}`).set(await api.as('bostandyk.prosecutor')).send({ text: ACT_TEXT, ...body });
  expect({ status: response.status, code: response.body.code }).toEqual({ status: refusal.status, code: refusal.code });
  if (refusal.article !== undefined) expect(response.body.article).toBe(refusal.article);
  if (refusal.field !== undefined) expect(response.body.errors).toEqual([expect.objectContaining({ field: refusal.field })]);
  expect(await count()).toEqual(before);
}

/** Sets the fixed clock to an instant given as ISO text. */
export const at = (clock: FixedClock, instant: string): void => clock.set(new Date(instant));

function shapeOf(row: HistoryShape): HistoryShape {
  return { event: row.event, fromState: row.fromState, toState: row.toState, actorRole: row.actorRole };
}

function roleOf(login: string): string {
  return login.endsWith('.head') ? 'SUPERVISOR' : 'PROSECUTOR';
}

/**
 * The deadline engine's due handler — the real one — runs for the act's clock at `now`: the clock
 * is marked MISSED at its due instant and TERM_MISSED is fired through the one transition path.
 * Resolved from the worker's DeadlineEngineModule over the test's database and queue prefix (as a
 * producer), with a clock of its own; no worker processor, relay or reconciler starts, so no other
 * deadline of the test is touched.
 */
export async function engineFiresTermMissed(api: ApiHarness, actId: string, deadline: string, now: Date): Promise<void> {
  const [row] = await api.dataSource.query('SELECT id, version FROM deadlines WHERE act_id = $1 AND kind = $2', [actId, deadline]);
  const engineOnly = await Test.createTestingModule({
    imports: [AppConfigModule.forRoot(api.context.config, new FixedClock(now)), PersistenceModule, WorkflowModule, QueueModule.forRole('producer'), DeadlineEngineModule],
  }).compile();
  try {
    const outcome = await engineOnly.get(DeadlineEngine).due({ deadlineId: row.id, version: row.version });
    if (!outcome.done) throw new Error(`the engine did not mark ${deadline} of ${actId} missed: ${outcome.reason}`);
  } finally {
    await engineOnly.close();
  }
}
