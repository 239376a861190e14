// The offline check run after fault injection (issue 6): reads PostgreSQL only — never Redis, never
// a process — and compares the deadlines that ran out with what the deadline engine recorded for
// them: each MISSED exactly once at its due instant, its breach notified exactly once per
// recipient and channel, and no act left half-written by a crash in the middle of a transaction.
//
// Every invariant below holds because the code writes the rows involved in ONE transaction (named
// with each check); a process killed, a connection severed or a Redis flushed can delay a
// transaction or roll it back, never split it. The check must therefore find zero violations
// however brutal the run was — once the engine has caught up (the caller waits for that, or passes
// an earlier `asOf`).
import { ActEvent, ActState, ActType, Actor, decide, machineFor, Machine, PRIOR_STATE, ResolutionKind } from '@app/domain';
import { dataSourceOptions, verifyAuditChain } from '@app/persistence';
import { DOCUMENT_SIGNED, DRAFT_REVISED, FILED, RESPONSIBLE_CHANGED, toSnapshot } from '@app/workflow';
import { DataSource } from 'typeorm';

/** What can be wrong, grouped by what the issue asks: missing, doubled, half-written. */
export const VIOLATION_FAMILIES = {
  // ── missing: a clock ran out and the engine never recorded it, or recorded it without telling someone
  DUE_DEADLINE_NOT_MISSED: 'missing',
  BREACH_NOTICE_MISSING: 'missing',
  BREACH_WEBHOOK_MISSING: 'missing',
  // ── doubled: something recorded twice that must exist once
  NOTICE_DOUBLED: 'doubled',
  WEBHOOK_DELIVERY_DOUBLED: 'doubled',
  MISS_RECORDED_TWICE: 'doubled',
  // ── half-written: rows that one transaction writes together, found apart
  MISSED_AT_NOT_DUE_AT: 'halfWritten',
  MISSED_BEFORE_DUE: 'halfWritten',
  MISS_NOT_RECORDED_ON_ACT: 'halfWritten',
  TERM_MISSED_NOT_AS_DECIDED: 'halfWritten',
  BREACH_WITHOUT_MISS: 'halfWritten',
  ESCALATION_NOT_AUDITED: 'halfWritten',
  ACT_FILED_AUDIT_NOT_ONCE: 'halfWritten',
  ACT_VERSION_HISTORY_MISMATCH: 'halfWritten',
  TRANSITION_AUDIT_MISMATCH: 'halfWritten',
  TRANSITION_NOT_IN_MACHINE: 'halfWritten',
  ACT_STATE_NOT_LAST_TRANSITION: 'halfWritten',
  STARTED_DEADLINE_MISSING: 'halfWritten',
  DEADLINE_NEVER_STARTED: 'halfWritten',
  NEXT_DUE_AT_STALE: 'halfWritten',
  AUDIT_CHAIN_BROKEN: 'halfWritten',
} as const;

export type Violation = keyof typeof VIOLATION_FAMILIES;

export interface ViolationFindings {
  readonly count: number;
  /** The first few, each naming the rows involved. */
  readonly examples: string[];
}

export interface ConsistencyReport {
  /** Deadlines due at or before this instant must have been processed. */
  readonly asOf: string;
  readonly figures: {
    readonly acts: number;
    readonly deadlines: number;
    /** Clocks that ran out unmet by `asOf` (whatever the engine made of them): the ones that must be MISSED. */
    readonly dueDeadlines: number;
    readonly missedDeadlines: number;
    readonly breachNotices: number;
    readonly breachWebhookDeliveries: number;
    readonly auditRowsVerified: number;
    /** Outbox rows not yet relayed: 0 once the worker has caught up (reported, not a violation). */
    readonly outboxUnrelayed: number;
  };
  readonly missing: number;
  readonly doubled: number;
  readonly halfWritten: number;
  /** Only the violations found; `{}` when the database is consistent. */
  readonly violations: Partial<Record<Violation, ViolationFindings>>;
  readonly ok: boolean;
}

export interface ConsistencyOptions {
  /** Default: PostgreSQL's now() when the check starts. */
  readonly asOf?: Date;
  /** Examples kept per violation (default 10). */
  readonly examples?: number;
  /** Acts read per page (default 2000): the check streams, so it runs on large databases too. */
  readonly pageSize?: number;
}

/** The deadline engine's actor as decide() judges it (apps/worker deadline-engine.service.ts). */
const ENGINE: Actor = { role: 'SYSTEM', officeRelation: 'SAME_OFFICE' };
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

interface ActRow {
  id: string;
  case_id: string;
  office_id: string;
  office_path: string;
  type: ActType;
  kind: ResolutionKind | null;
  state: ActState;
  version: number;
  edition_id: string;
  next_due_at: Date | null;
}
interface DeadlineRow {
  id: string;
  act_id: string;
  kind: string;
  status: string;
  due_at: Date;
  met_at: Date | null;
  missed_at: Date | null;
  fires_term_missed: boolean;
  escalation_level: number;
}
interface TransitionRow {
  act_id: string;
  version: number;
  event: string;
  from_state: string | null;
  to_state: string;
  payload: Record<string, unknown>;
  effects: Array<{ type: string; kind?: string }>;
  occurred_at: Date;
}
interface ActAuditRow {
  id: string;
  entity_id: string;
  action: string;
  before: AuditedAct | null;
  after: (AuditedAct & { event?: string; missedDeadline?: string }) | null;
}
/** actSummary(act) as libs/workflow writes it into act audit rows. */
interface AuditedAct {
  type: ActType;
  kind: ResolutionKind | null;
  state: ActState;
  version: number;
  editionId: string;
  attributes: Record<string, unknown>;
  suspendedFrom: ActState | null;
  complaintPending: boolean;
}
interface UserRow {
  id: string;
  office_id: string;
  role: string;
  is_active: boolean;
  email: string | null;
}
interface SubscriptionRow {
  id: string;
  office_paths: string[];
}

/** Checks the database at `databaseUrl`; never writes. */
export async function checkDeadlineConsistency(databaseUrl: string, options: ConsistencyOptions = {}): Promise<ConsistencyReport> {
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl, 2)).initialize();
  try {
    return await new ConsistencyCheck(dataSource, options).run();
  } finally {
    await dataSource.destroy();
  }
}

class ConsistencyCheck {
  private readonly found = new Map<Violation, ViolationFindings>();
  private readonly examples: number;
  private readonly pageSize: number;
  private asOf = new Date(0);
  private figures = { acts: 0, deadlines: 0, dueDeadlines: 0, missedDeadlines: 0, breachNotices: 0, breachWebhookDeliveries: 0, auditRowsVerified: 0, outboxUnrelayed: 0 };
  private users = new Map<string, UserRow>();
  private supervisorsByOffice = new Map<string, UserRow[]>();
  private missedSubscriptions: SubscriptionRow[] = [];

  constructor(
    private readonly db: DataSource,
    private readonly options: ConsistencyOptions,
  ) {
    this.examples = options.examples ?? 10;
    this.pageSize = options.pageSize ?? 2000;
  }

  async run(): Promise<ConsistencyReport> {
    const [{ now }] = await this.db.query<Array<{ now: Date }>>('SELECT now() AS now');
    this.asOf = this.options.asOf ?? now;
    await this.loadRecipients();
    await this.checkNothingDoubled();
    for (let afterId = NIL_UUID; ; ) {
      const acts = await this.db.query<ActRow[]>(
        `SELECT id, case_id, office_id, office_path, type, kind, state, version, edition_id, next_due_at FROM acts WHERE id > $1 ORDER BY id LIMIT $2`,
        [afterId, this.pageSize],
      );
      if (acts.length === 0) break;
      await this.checkActs(acts);
      afterId = acts[acts.length - 1].id;
    }
    await this.checkAuditChain();
    const [{ unrelayed }] = await this.db.query<Array<{ unrelayed: number }>>('SELECT count(*)::int AS unrelayed FROM outbox WHERE relayed_at IS NULL');
    this.figures.outboxUnrelayed = unrelayed;

    const violations = Object.fromEntries(this.found) as Partial<Record<Violation, ViolationFindings>>;
    const total = (family: string) => [...this.found].filter(([violation]) => VIOLATION_FAMILIES[violation] === family).reduce((sum, [, f]) => sum + f.count, 0);
    const [missing, doubled, halfWritten] = [total('missing'), total('doubled'), total('halfWritten')];
    return { asOf: this.asOf.toISOString(), figures: { ...this.figures }, missing, doubled, halfWritten, violations, ok: this.found.size === 0 };
  }

  private flag(violation: Violation, example: string): void {
    const findings = this.found.get(violation) ?? { count: 0, examples: [] };
    this.found.set(violation, { count: findings.count + 1, examples: findings.examples.length < this.examples ? [...findings.examples, example] : findings.examples });
  }

  /**
   * Who a breach goes to (DeadlineEngine.due): the case's responsible prosecutor and the supervisors
   * of the act's office, if active — INBOX always, EMAIL when the user has an address; and one
   * webhook delivery per active subscription to `deadline.missed` whose client covers the office.
   * Read now, so the check assumes users and subscriptions did not change since the breach (true of
   * a fault-injection run; on a live database a changed user shows up as a missing notice).
   */
  private async loadRecipients(): Promise<void> {
    const users = await this.db.query<UserRow[]>('SELECT id, office_id, role, is_active, email FROM users');
    this.users = new Map(users.map((user) => [user.id, user]));
    for (const user of users) {
      if (user.role !== 'SUPERVISOR' || !user.is_active) continue;
      this.supervisorsByOffice.set(user.office_id, [...(this.supervisorsByOffice.get(user.office_id) ?? []), user]);
    }
    this.missedSubscriptions = await this.db.query<SubscriptionRow[]>(
      `SELECT s.id, array(SELECT o.path FROM offices o WHERE o.id = ANY (c.office_ids)) AS office_paths
         FROM webhook_subscriptions s JOIN integration_clients c ON c.id = s.client_id AND c.is_active
        WHERE s.is_active AND 'deadline.missed' = ANY (s.events)`,
    );
  }

  /**
   * Notices: key (deadline, step, recipient, channel) is unique, and the engine inserts with ON
   * CONFLICT DO NOTHING, so a job run twice (a retry, a stalled job re-run, two workers) records
   * nothing new. Webhook deliveries: (subscription, event key) is unique the same way. Checked over
   * every step, reminders and escalations included.
   */
  private async checkNothingDoubled(): Promise<void> {
    const notices = await this.db.query<Array<{ deadline_id: string; step: string; recipient_user_id: string; channel: string; n: number }>>(
      `SELECT deadline_id, step, recipient_user_id, channel, count(*)::int AS n FROM notices
        GROUP BY deadline_id, step, recipient_user_id, channel HAVING count(*) > 1`,
    );
    for (const row of notices) this.flag('NOTICE_DOUBLED', `deadline ${row.deadline_id}: ${row.n} ${row.step} notices to ${row.recipient_user_id} by ${row.channel}`);
    const deliveries = await this.db.query<Array<{ subscription_id: string; event_key: string; n: number }>>(
      `SELECT subscription_id, event_key, count(*)::int AS n FROM webhook_deliveries GROUP BY subscription_id, event_key HAVING count(*) > 1`,
    );
    for (const row of deliveries) this.flag('WEBHOOK_DELIVERY_DOUBLED', `subscription ${row.subscription_id}: ${row.n} deliveries of ${row.event_key}`);
  }

  private async checkActs(acts: ActRow[]): Promise<void> {
    const ids = acts.map((act) => act.id);
    const [deadlines, transitions, audits, breaches, escalations, deliveries, cases] = await Promise.all([
      this.db.query<DeadlineRow[]>(
        `SELECT id, act_id, kind, status, due_at, met_at, missed_at, fires_term_missed, escalation_level FROM deadlines WHERE act_id = ANY($1)`,
        [ids],
      ),
      this.db.query<TransitionRow[]>(
        `SELECT act_id, version, event, from_state, to_state, payload, effects, occurred_at FROM act_transitions WHERE act_id = ANY($1) ORDER BY act_id, version`,
        [ids],
      ),
      this.db.query<ActAuditRow[]>(
        `SELECT id::text AS id, entity_id, action, before, after FROM audit_log WHERE entity_type = 'act' AND entity_id = ANY($1::text[]) ORDER BY id`,
        [ids],
      ),
      this.db.query<Array<{ deadline_id: string; recipient_user_id: string; channel: string }>>(
        `SELECT deadline_id, recipient_user_id, channel FROM notices WHERE act_id = ANY($1) AND step = 'BREACH'`,
        [ids],
      ),
      this.db.query<Array<{ deadline_id: string; n: number }>>(
        `SELECT a.entity_id AS deadline_id, count(*)::int AS n FROM audit_log a JOIN deadlines d ON d.id::text = a.entity_id
          WHERE a.entity_type = 'deadline' AND a.action = 'deadline.escalated' AND d.act_id = ANY($1) GROUP BY a.entity_id`,
        [ids],
      ),
      this.db.query<Array<{ subscription_id: string; event_key: string }>>(
        `SELECT w.subscription_id, w.event_key FROM webhook_deliveries w JOIN deadlines d ON w.event_key = d.id || ':BREACH' WHERE d.act_id = ANY($1)`,
        [ids],
      ),
      this.db.query<Array<{ id: string; responsible_prosecutor_id: string }>>(
        `SELECT id, responsible_prosecutor_id FROM cases WHERE id IN (SELECT case_id FROM acts WHERE id = ANY($1))`,
        [ids],
      ),
    ]);
    const byAct = <T extends { act_id: string }>(rows: T[]) => groupBy(rows, (row) => row.act_id);
    const deadlinesOf = byAct(deadlines);
    const transitionsOf = byAct(transitions);
    const auditsOf = groupBy(audits, (row) => row.entity_id);
    const breachesOf = groupBy(breaches, (row) => row.deadline_id);
    const escalationsOf = new Map(escalations.map((row) => [row.deadline_id, row.n]));
    const deliveriesOf = groupBy(deliveries, (row) => row.event_key);
    const responsibleOf = new Map(cases.map((row) => [row.id, row.responsible_prosecutor_id]));
    this.figures.acts += acts.length;
    this.figures.deadlines += deadlines.length;
    this.figures.breachNotices += breaches.length;
    this.figures.breachWebhookDeliveries += deliveries.length;

    for (const act of acts) {
      const history = transitionsOf.get(act.id) ?? [];
      const audited = auditsOf.get(act.id) ?? [];
      this.checkActHistory(act, history, audited);
      for (const deadline of deadlinesOf.get(act.id) ?? []) {
        this.checkDeadline(act, deadline, history, audited);
        this.checkBreach(act, deadline, breachesOf.get(deadline.id) ?? [], deliveriesOf.get(`${deadline.id}:BREACH`) ?? [], responsibleOf.get(act.case_id));
        // DeadlineEngine.escalate raises the level and writes its 'deadline.escalated' audit row in
        // one transaction; DeadlineEngine.due sets level 1 when it marks the miss.
        if (deadline.status === 'MISSED' && deadline.escalation_level !== 1 + (escalationsOf.get(deadline.id) ?? 0)) {
          this.flag('ESCALATION_NOT_AUDITED', `deadline ${deadline.id}: escalation level ${deadline.escalation_level}, ${escalationsOf.get(deadline.id) ?? 0} 'deadline.escalated' audit rows`);
        }
      }
      this.checkStartedDeadlines(act, history, deadlinesOf.get(act.id) ?? []);
    }
  }

  /**
   * An act changes only through ActTransitions (file, apply) and DeadlineEngine.recordMissOnAct,
   * each in one transaction with the act's audit row:
   * - file: the act at version 1, its FILED history row and exactly one 'act.filed' audit row;
   * - apply: version + 1, one history row at that version, one 'act.transitioned' audit row whose
   *   before/after are the act around it — and the row is one the act's machine has (decide());
   * - a miss the machine does not take as TERM_MISSED: version + 1 and one 'deadline.missed' audit
   *   row, no history row, state unchanged;
   * - a calendar change that recounted its deadlines (CalendarRecount, ADR 0011): version + 1 and
   *   one 'deadline.recounted' audit row, no history row, state unchanged.
   * So versions 1..act.version are each accounted for exactly once, by a history row or a
   * 'deadline.missed' / 'deadline.recounted' row, and the act's state is where its last history row left it.
   */
  private checkActHistory(act: ActRow, history: TransitionRow[], audited: ActAuditRow[]): void {
    const filed = audited.filter((row) => row.action === 'act.filed');
    if (filed.length !== 1) this.flag('ACT_FILED_AUDIT_NOT_ONCE', `act ${act.id}: ${filed.length} 'act.filed' audit rows`);

    const deadlineOnly = audited.filter((row) => row.action === 'deadline.missed' || row.action === 'deadline.recounted');
    const versions = [...history.map((row) => row.version), ...deadlineOnly.map((row) => row.after?.version ?? -1)].sort((a, b) => a - b);
    if (versions.length !== act.version || versions.some((version, index) => version !== index + 1)) {
      this.flag(
        'ACT_VERSION_HISTORY_MISMATCH',
        `act ${act.id} at version ${act.version}: history, 'deadline.missed' and 'deadline.recounted' rows account for versions [${versions.join(',')}]`,
      );
    }

    // Every history row after the filing has its audit row: a transition's, or a draft correction's.
    const transitioned = audited.filter((row) => ['act.transitioned', 'act.draft_revised', 'act.assigned', 'act.document_signed'].includes(row.action));
    if (transitioned.length !== Math.max(0, history.length - 1)) {
      this.flag('TRANSITION_AUDIT_MISMATCH', `act ${act.id}: ${history.length} history rows, ${transitioned.length} 'act.transitioned', 'act.draft_revised', 'act.assigned' or 'act.document_signed' audit rows`);
    }
    let machine: Machine;
    try {
      machine = machineFor({ type: act.type, kind: act.kind, editionId: act.edition_id });
    } catch (error) {
      this.flag('TRANSITION_NOT_IN_MACHINE', `act ${act.id}: ${(error as Error).message}`);
      return;
    }
    let previous: TransitionRow | null = null;
    for (const row of history) {
      const audit = row.version === 1 ? filed[0] : transitioned.find((candidate) => candidate.after?.version === row.version);
      const auditMatches = audit?.after?.state === row.to_state && (row.version === 1 || (audit.after.event === row.event && audit.before?.state === row.from_state));
      if (!auditMatches) this.flag('TRANSITION_AUDIT_MISMATCH', `act ${act.id} version ${row.version} (${row.event}): no audit row with that version, event and states`);
      if (!inMachine(machine, row, previous)) {
        this.flag('TRANSITION_NOT_IN_MACHINE', `act ${act.id} version ${row.version}: ${row.from_state} --${row.event}--> ${row.to_state} is not a row of ${machine.id} after ${previous?.to_state ?? 'nothing'}`);
      }
      previous = row;
    }
    if (previous && previous.to_state !== act.state) this.flag('ACT_STATE_NOT_LAST_TRANSITION', `act ${act.id}: state ${act.state}, last history row leaves it ${previous.to_state}`);
    if (!previous) this.flag('ACT_STATE_NOT_LAST_TRANSITION', `act ${act.id}: no history row at all`);
  }

  /**
   * A deadline whose clock ran out unmet by `asOf` must be MISSED, at its statutory due instant
   * (DeadlineEngine.due: `missedAt: deadline.dueAt`). Ran out unmet: still OPEN past due; or MET
   * with met_at ≥ due_at (the ledger counts a meeting in time only strictly before the due instant),
   * which the engine can only have skipped by running late; or CANCELLED by an event at or after the
   * due instant (CANCEL_DEADLINES leaves a MISSED row alone). PAUSED clocks have not run out (a
   * pause at or after the due instant is refused by the ledger).
   * The miss is recorded on the act in the same transaction, once: a TERM_MISSED history row when
   * the act's machine takes it for this clock (decide() says so), else a 'deadline.missed' audit row.
   */
  private checkDeadline(act: ActRow, deadline: DeadlineRow, history: TransitionRow[], audited: ActAuditRow[]): void {
    const due = deadline.due_at.getTime();
    const ranOut = due <= this.asOf.getTime();
    const describe = `deadline ${deadline.id} (${deadline.kind}, act ${act.id}, due ${deadline.due_at.toISOString()})`;
    if (deadline.status === 'MISSED') {
      this.figures.dueDeadlines += 1;
      this.figures.missedDeadlines += 1;
      if (deadline.missed_at?.getTime() !== due) this.flag('MISSED_AT_NOT_DUE_AT', `${describe}: missed_at ${deadline.missed_at?.toISOString() ?? 'null'}`);
      if (!ranOut) this.flag('MISSED_BEFORE_DUE', `${describe}: MISSED before its due instant (as of ${this.asOf.toISOString()})`);
      this.checkMissOnAct(describe, deadline, history, audited);
      return;
    }
    const cancelledAt = deadline.status === 'CANCELLED' ? cancellationOf(deadline, history)?.getTime() : undefined;
    const unmetAtDue =
      (deadline.status === 'OPEN' && ranOut) ||
      (deadline.status === 'MET' && ranOut && deadline.met_at !== null && deadline.met_at.getTime() >= due) ||
      (cancelledAt !== undefined && ranOut && cancelledAt >= due);
    if (unmetAtDue) {
      this.figures.dueDeadlines += 1;
      this.flag('DUE_DEADLINE_NOT_MISSED', `${describe}: ${deadline.status}${deadline.met_at ? ` (met ${deadline.met_at.toISOString()})` : ''}, not MISSED as of ${this.asOf.toISOString()}`);
    }
  }

  private checkMissOnAct(describe: string, deadline: DeadlineRow, history: TransitionRow[], audited: ActAuditRow[]): void {
    const viaTransition = history.filter((row) => row.event === ActEvent.TERM_MISSED && row.payload.deadline === deadline.kind);
    const viaAudit = audited.filter((row) => row.action === 'deadline.missed' && row.after?.missedDeadline === deadline.kind);
    const records = viaTransition.length + viaAudit.length;
    if (records === 0) return this.flag('MISS_NOT_RECORDED_ON_ACT', `${describe}: MISSED, but the act has neither a TERM_MISSED row nor a 'deadline.missed' audit row for it`);
    if (records > 1) return this.flag('MISS_RECORDED_TWICE', `${describe}: the act records the miss ${records} times`);
    // The engine asks the machine (through ActTransitions → decide) only for clocks that fire
    // TERM_MISSED, and falls back to the audit row exactly when the machine refuses.
    if (viaTransition.length === 1) {
      const row = viaTransition[0];
      const before = audited.find((audit) => audit.action === 'act.transitioned' && audit.after?.version === row.version)?.before;
      const decision = before ? decide(toSnapshot(before), ActEvent.TERM_MISSED, ENGINE, { deadline: deadline.kind }, row.occurred_at) : null;
      if (!deadline.fires_term_missed || !decision?.ok || decision.to !== row.to_state) {
        this.flag('TERM_MISSED_NOT_AS_DECIDED', `${describe}: TERM_MISSED at version ${row.version} → ${row.to_state}; the machine decides ${decision?.ok ? decision.to : 'a refusal'}`);
      }
    } else if (deadline.fires_term_missed && deadline.met_at === null) {
      // (A clock met late is recorded as 'deadline.missed' whatever the act takes: it was answered.)
      const before = viaAudit[0].before;
      const decision = before ? decide(toSnapshot(before), ActEvent.TERM_MISSED, ENGINE, { deadline: deadline.kind }, deadline.due_at) : null;
      if (!before || decision?.ok) this.flag('TERM_MISSED_NOT_AS_DECIDED', `${describe}: recorded as 'deadline.missed' although the act in ${before?.state ?? '?'} takes TERM_MISSED`);
    }
  }

  /**
   * DeadlineEngine.due records every breach notice in the transaction that marks the deadline
   * MISSED, and only then: so a MISSED deadline has each (recipient, channel) once, and any other
   * deadline has no breach notice at all. The same holds for its `deadline.missed` webhook delivery.
   */
  private checkBreach(
    act: ActRow,
    deadline: DeadlineRow,
    notices: Array<{ recipient_user_id: string; channel: string }>,
    deliveries: Array<{ subscription_id: string }>,
    responsibleId: string | undefined,
  ): void {
    const describe = `deadline ${deadline.id} (act ${act.id})`;
    if (deadline.status !== 'MISSED') {
      if (notices.length > 0 || deliveries.length > 0) this.flag('BREACH_WITHOUT_MISS', `${describe}: ${deadline.status}, yet ${notices.length} breach notices and ${deliveries.length} deliveries`);
      return;
    }
    const responsible = responsibleId ? this.users.get(responsibleId) : undefined;
    const recipients = new Map([...(responsible?.is_active ? [responsible] : []), ...(this.supervisorsByOffice.get(act.office_id) ?? [])].map((user) => [user.id, user]));
    for (const user of recipients.values()) {
      for (const channel of user.email ? ['INBOX', 'EMAIL'] : ['INBOX']) {
        if (!notices.some((notice) => notice.recipient_user_id === user.id && notice.channel === channel)) {
          this.flag('BREACH_NOTICE_MISSING', `${describe}: no ${channel} breach notice to user ${user.id}`);
        }
      }
    }
    for (const subscription of this.missedSubscriptions) {
      const covers = subscription.office_paths.some((path) => act.office_path.startsWith(path));
      if (covers && !deliveries.some((delivery) => delivery.subscription_id === subscription.id)) {
        this.flag('BREACH_WEBHOOK_MISSING', `${describe}: no deadline.missed delivery to subscription ${subscription.id}`);
      }
    }
  }

  /**
   * ActEffects writes the START_DEADLINE effects into the history row and the deadline rows in one
   * transaction: every started clock has its row, every row was started by some history row. And it
   * sets the act's next_due_at to the earliest OPEN due instant (the engine recomputes it when it
   * records a miss without a transition), so that column agrees with the deadline rows.
   */
  private checkStartedDeadlines(act: ActRow, history: TransitionRow[], deadlines: DeadlineRow[]): void {
    const started = new Set(history.flatMap((row) => row.effects.filter((effect) => effect.type === 'START_DEADLINE').map((effect) => effect.kind!)));
    const kinds = new Set(deadlines.map((deadline) => deadline.kind));
    for (const kind of started) if (!kinds.has(kind)) this.flag('STARTED_DEADLINE_MISSING', `act ${act.id}: ${kind} started, no deadline row`);
    for (const kind of kinds) if (!started.has(kind)) this.flag('DEADLINE_NEVER_STARTED', `act ${act.id}: a ${kind} deadline row no history row started`);
    const open = deadlines.filter((deadline) => deadline.status === 'OPEN').map((deadline) => deadline.due_at.getTime());
    const expected = open.length ? Math.min(...open) : null;
    if ((act.next_due_at?.getTime() ?? null) !== expected) {
      this.flag('NEXT_DUE_AT_STALE', `act ${act.id}: next_due_at ${act.next_due_at?.toISOString() ?? 'null'}, earliest OPEN deadline ${expected === null ? 'none' : new Date(expected).toISOString()}`);
    }
  }

  /** The audit log's hash chain, verified as `npm run audit:verify` does (libs/persistence). */
  private async checkAuditChain(): Promise<void> {
    const chain = await verifyAuditChain(this.db);
    this.figures.auditRowsVerified = chain.checked;
    if (chain.firstBroken) this.flag('AUDIT_CHAIN_BROKEN', `audit row ${chain.firstBroken.id}: ${chain.firstBroken.reason}`);
  }
}

/**
 * A history row is one of the machine's: FILED into the initial state, corrections of the draft
 * (DRAFT_REVISED, which stay in it), reassignments (RESPONSIBLE_CHANGED, in any state, which stay in it),
 * then rows the table has, each from where the last left the act.
 */
function inMachine(machine: Machine, row: TransitionRow, previous: TransitionRow | null): boolean {
  if (row.version === 1) return row.event === FILED && row.from_state === null && row.to_state === machine.initial;
  if (previous === null || row.from_state !== previous.to_state) return false;
  if (row.event === DRAFT_REVISED) return row.from_state === machine.initial && row.to_state === machine.initial;
  // A reassignment or a signature over the draft's PDF leaves the act where it is (a sanction's document may be signed after its request).
  if (row.event === RESPONSIBLE_CHANGED || row.event === DOCUMENT_SIGNED) return row.from_state === row.to_state;
  const tableRow = machine.rowsFrom.get(row.from_state as ActState)?.find((candidate) => candidate.event === row.event);
  return tableRow !== undefined && (tableRow.to === row.to_state || tableRow.to === PRIOR_STATE);
}

/** When the event that cancelled the deadline's clock happened: the first CANCEL_DEADLINES after its last start. */
function cancellationOf(deadline: DeadlineRow, history: TransitionRow[]): Date | undefined {
  const started = history.filter((row) => row.effects.some((effect) => effect.type === 'START_DEADLINE' && effect.kind === deadline.kind)).at(-1);
  return history.find((row) => row.version > (started?.version ?? 0) && row.effects.some((effect) => effect.type === 'CANCEL_DEADLINES'))?.occurred_at;
}


function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
