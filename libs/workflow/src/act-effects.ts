import { randomUUID } from 'node:crypto';
import { AppConfig } from '@app/config';
import {
  ActType,
  Citation,
  DeadlineKind,
  DeadlineRecord,
  DeadlineStatus,
  OPEN_DEADLINE_STATUSES,
  Effect,
  extendDeadline,
  formatCitation,
  KZ_155_VII_EDITION_ID,
  KZ_2709_EDITION_ID,
  LedgerOutcome,
  LinkReason,
  meetDeadline,
  metInTime,
  openDeadline,
  pauseDeadline,
  ProductionCalendar,
  recomputeDeadline,
  ResolutionKind,
  resumeDeadline,
  ruleFor,
} from '@app/domain';
import { ActEntity, DeadlineClock, DeadlineEntity, DeadlinesRepository, decodeDeadlineRecord, encodeDeadlineRecord, OutboxRepository, Tx } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { TransitionRefused } from './workflow-errors';

/** A linked act an effect asked for (23.2, 26-1.1); the service files it in the same transaction. */
export interface LinkedActRequest {
  readonly actType: ActType;
  readonly kind: ResolutionKind | null;
  readonly reason: LinkReason;
  readonly citation: Citation;
}

/** Suspension pending a complaint stops the clocks (8.2; for an order 24.5; 155-VII 43.2). */
const suspensionCitation = (act: ActEntity): Citation => {
  if (act.editionId === KZ_155_VII_EDITION_ID) return { edition: act.editionId, article: '43', paragraph: '2' };
  return {
    edition: act.editionId || KZ_2709_EDITION_ID,
    article: act.type === ActType.ORDER ? '24' : '8',
    paragraph: act.type === ActType.ORDER ? '5' : '2',
  };
};

/** One transition's effects, computed and not yet stored (ActEffects.plan). */
/**
 * A clock as load() answers it: whole, or without its ledger and explanation when no effect of its
 * act's transition reads them (READS_CLOCKS). A handler reads a ledger through EffectRun.ledgerOf,
 * and store() writes only whole clocks, so a clock read light can be neither decoded nor written.
 */
export type LoadedClock = DeadlineClock & Partial<Pick<DeadlineEntity, 'ledger' | 'explanation'>>;

export interface PlannedEffects {
  readonly linkedActs: readonly LinkedActRequest[];
  /** Clocks this transition starts. */
  readonly inserted: readonly LoadedClock[];
  /** Clocks it changes. */
  readonly updated: readonly LoadedClock[];
}

/**
 * Executes transitions' effects on their acts' deadlines inside the transitions' transaction,
 * for one act or a batch alike: load every act's clocks (one statement), plan each transition's
 * effects (pure: every computation is the domain's — openDeadline, pauseDeadline, …), then store
 * them all (one insert, one update, one outbox insert). A ledger refusal (an extension after the
 * term ran out) aborts the transaction.
 */
@Injectable()
export class ActEffects {
  constructor(
    private readonly config: AppConfig,
    private readonly deadlines: DeadlinesRepository,
    private readonly outbox: OutboxRepository,
  ) {}

  /**
   * The acts' clocks as stored, by act. Whole (ledger and explanation: 4 KB of JSON a clock) only
   * for the acts whose effects read or rewrite a stored clock (READS_CLOCKS); the others' — a
   * deadline engine's TERM_MISSED, a complaint opened — come without, and plan() reads of them
   * only their status and due instant.
   */
  async load(tx: Tx, transitions: ReadonlyArray<{ readonly actId: string; readonly effects: readonly Effect[] }>): Promise<Map<string, LoadedClock[]>> {
    const whole = transitions.filter(({ effects }) => effects.some((effect) => READS_CLOCKS[effect.type])).map(({ actId }) => actId);
    const wholeSet = new Set(whole);
    const loaded = new Map<string, LoadedClock[]>(await this.deadlines.ofActs(whole, tx));
    const light = await this.deadlines.clocksOfActs(
      transitions.map(({ actId }) => actId).filter((id) => !wholeSet.has(id)),
      tx,
    );
    for (const [actId, clocks] of light) loaded.set(actId, clocks);
    return loaded;
  }

  /** Computes one transition's effects on its act's clocks (`loaded`, from load()); sets the act's next due instant. Writes nothing. */
  plan(act: ActEntity, loaded: readonly LoadedClock[], effects: readonly Effect[], calendar: ProductionCalendar, at: Date): PlannedEffects {
    const run = new EffectRun(act, loaded, effects, calendar, at, this.config.IMMEDIATE_TERM_WORKING_DAYS);
    for (const effect of effects) handle(run, effect.type, effect);
    act.nextDueAt = earliestOpenDue([...run.rows.values()]);
    const touched = [...run.touched];
    return { linkedActs: run.linkedActs, inserted: touched.filter((row) => !run.loaded.has(row)), updated: touched.filter((row) => run.loaded.has(row)) };
  }

  /** Stores planned effects: the new clocks in one insert, the changed ones in one update, their outbox rows in one insert. */
  async store(tx: Tx, planned: readonly PlannedEffects[]): Promise<void> {
    const inserted = planned.flatMap((plan) => plan.inserted).map(whole);
    const updated = planned.flatMap((plan) => plan.updated).map(whole);
    if (inserted.length + updated.length === 0) return;
    // Insert and update explicitly: save() would first re-select every row to tell them apart.
    await this.deadlines.insert(tx, inserted);
    await this.deadlines.updateClocks(tx, updated);
    // Same transaction: a rolled-back transition schedules nothing, a committed one always does.
    await this.outbox.announceDeadlineChanges(tx, [...inserted, ...updated].map((row) => row.id));
  }
}

/** Whether the clock has every column: read whole, or given a new ledger and explanation by this transition. */
function isWhole(row: LoadedClock): row is DeadlineEntity {
  return row.ledger !== undefined && row.explanation !== undefined;
}

/** A clock to write, with every column; one read light means READS_CLOCKS misses an effect that touches it. */
function whole(row: LoadedClock): DeadlineEntity {
  if (!isWhole(row)) throw new Error(`deadline ${row.id} was changed but loaded without its ledger: READS_CLOCKS misses an effect that touches it`);
  return row;
}

/** What the handlers of one transition's effects work on: the act, its clocks by kind, and what they changed. */
class EffectRun {
  /** The act's clocks as stored before this transition. */
  readonly loaded: ReadonlySet<LoadedClock>;
  /** Its clocks by kind, those started by this transition included. */
  readonly rows: Map<DeadlineKind, LoadedClock>;
  /** Clocks to write: the new ones are inserted, the loaded ones updated. */
  readonly touched = new Set<LoadedClock>();
  readonly linkedActs: LinkedActRequest[] = [];

  constructor(
    readonly act: ActEntity,
    loaded: readonly LoadedClock[],
    /** Every effect of the transition: one may depend on another (a recompute met again). */
    readonly effects: readonly Effect[],
    readonly calendar: ProductionCalendar,
    /** The instant of the transition. */
    readonly at: Date,
    /** IMMEDIATE_TERM_WORKING_DAYS: the count of a term the office's policy sets. */
    readonly policyTermWorkingDays: number,
  ) {
    this.loaded = new Set(loaded);
    this.rows = new Map(loaded.map((row) => [row.kind, row]));
  }

  /** The ledger's new record, or its refusal as the transition's. */
  unwrap(outcome: LedgerOutcome): DeadlineRecord {
    if (!outcome.ok) throw new TransitionRefused(outcome.refusal, this.act.state, undefined);
    return outcome.record;
  }

  /** The clock's ledger as a record; a clock read without it (READS_CLOCKS says its effect does not read it) is a defect. */
  ledgerOf(row: LoadedClock): DeadlineRecord {
    if (row.ledger === undefined) throw new Error(`deadline ${row.id} was loaded without its ledger: READS_CLOCKS misses an effect that reads it`);
    return decodeDeadlineRecord(row.ledger);
  }

  /** Copies a computed record onto its row with the row's new status, a new version, and marks it to be written. */
  store(row: LoadedClock, record: DeadlineRecord, status: DeadlineStatus): void {
    Object.assign(row, {
      status,
      dueAt: record.dueAt,
      internalTargetAt: record.internalTarget?.dueAt ?? null,
      metAt: record.metAt,
      explanation: record.computation.explanation,
      ledger: encodeDeadlineRecord(record),
      version: (row.version ?? 0) + 1,
    });
    this.touched.add(row);
  }
}

type EffectType = Effect['type'];

/**
 * The effects that read a stored clock's ledger or write a stored clock back whole (load() reads
 * those acts' clocks whole). Every effect type is listed: a new one does not compile until it is
 * decided here.
 */
const READS_CLOCKS: { readonly [T in EffectType]: boolean } = {
  // A (re)started clock is counted afresh from its rule: store() gives it a new ledger and explanation.
  START_DEADLINE: false,
  MEET_DEADLINE: true,
  RECOMPUTE_DEADLINE: true,
  EXTEND_DEADLINE: true,
  PAUSE_DEADLINES: true,
  RESUME_DEADLINES: true,
  CANCEL_DEADLINES: true,
  CREATE_LINKED_ACT: false,
  OPEN_COMPLAINT: false,
  CLOSE_COMPLAINTS: false,
  REQUIRE_PUBLICATION: false,
  RECORD_PUBLICATION: false,
  RECORD_VIOLATION: false,
};
/** Each effect type and the effect that carries it. */
type EffectOfType = { [E in Effect as E['type']]: E };
/** One handler per effect type: a type without one (or a handler for no type) does not compile. */
type EffectHandlers = { readonly [T in EffectType]: (run: EffectRun, effect: EffectOfType[T]) => void };

/** Runs the handler of the effect's type (passed apart from the effect, so the compiler pairs the two). */
function handle<T extends EffectType>(run: EffectRun, type: T, effect: EffectOfType[T]): void {
  const handler: EffectHandlers[T] | undefined = HANDLERS[type];
  if (!handler) throw new Error(`Unhandled effect ${JSON.stringify(effect)}`);
  handler(run, effect);
}

const HANDLERS: EffectHandlers = {
  START_DEADLINE: (run, effect) => {
    const { act, rows } = run;
    const rule = ruleFor(effect.kind, act.editionId);
    const record = run.unwrap(
      openDeadline({
        id: rows.get(effect.kind)?.id ?? randomUUID(),
        rule,
        trigger: { at: effect.triggeredAt },
        calendar: run.calendar,
        prescribedCount: effect.prescribedTermDays,
        policyCount: rule.setBy.by === 'POLICY' ? run.policyTermWorkingDays : null,
      }),
    );
    const row = rows.get(effect.kind) ?? Object.assign(new DeadlineEntity(), { id: record.id, actId: act.id, officeId: act.officeId, officePath: act.officePath, kind: effect.kind, version: 0 });
    Object.assign(row, {
      runsAgainst: rule.runsAgainst,
      triggeredAt: effect.triggeredAt,
      citation: formatCitation(rule.citation),
      editionId: rule.editionId,
      firesTermMissed: effect.firesTermMissed,
      missedAt: null,
    });
    rows.set(effect.kind, row);
    run.store(row, record, DeadlineStatus.OPEN);
  },

  MEET_DEADLINE: (run, effect) => {
    const row = run.rows.get(effect.kind);
    if (!row || (!OPEN_DEADLINE_STATUSES.includes(row.status) && row.status !== DeadlineStatus.MISSED)) return;
    // A clock met at or after its due instant ran out first: it is MISSED, with the instant it
    // was finally met — whether the engine got there first (already MISSED) or not (then
    // missed_at is set here and the engine records the breach: DeadlineScheduler.plan).
    const record = run.unwrap(meetDeadline(run.ledgerOf(row), effect.metAt));
    const late = row.status === DeadlineStatus.MISSED || metInTime(record) === false;
    if (late && row.status !== DeadlineStatus.MISSED) row.missedAt = record.dueAt;
    run.store(row, record, late ? DeadlineStatus.MISSED : DeadlineStatus.MET);
  },

  RECOMPUTE_DEADLINE: (run, effect) => {
    const row = run.rows.get(effect.kind);
    const metAgain = run.effects.some((other) => other.type === 'MEET_DEADLINE' && other.kind === effect.kind);
    const answered = row?.status === DeadlineStatus.MET || (row?.status === DeadlineStatus.MISSED && row.metAt !== null);
    if (!row || !(row.status === DeadlineStatus.OPEN || (answered && metAgain))) return;
    // A moved trigger (the consideration meeting rescheduled, 25.2; 155-VII 36.2) re-counts the
    // clock from it. A clock already answered against the old trigger — in time, or late (the
    // late notice of the old meeting stays in the act's history and notices) — is reopened only
    // when this event answers it again (its MEET effect follows) and is judged afresh.
    const record = { ...run.ledgerOf(row), status: 'RUNNING' as const, metAt: null };
    row.triggeredAt = effect.triggeredAt;
    row.metAt = null;
    row.missedAt = null;
    run.store(row, recomputeDeadline(record, run.calendar, { trigger: { ...record.trigger, at: effect.triggeredAt } }), DeadlineStatus.OPEN);
  },

  EXTEND_DEADLINE: (run, effect) => {
    const row = run.rows.get(effect.kind);
    if (!row) throw new Error(`EXTEND_DEADLINE of ${effect.kind}, which ${run.act.id} never started`);
    const request = { count: effect.count, unit: effect.unit, grantedAt: effect.grantedAt, reason: effect.reason };
    run.store(row, run.unwrap(extendDeadline(run.ledgerOf(row), request, run.calendar)), DeadlineStatus.OPEN);
  },

  PAUSE_DEADLINES: (run, effect) => {
    for (const row of run.rows.values()) {
      if (row.status !== DeadlineStatus.OPEN || effect.except?.includes(row.kind)) continue;
      const pause = {
        at: effect.at,
        reason: effect.reason ?? 'act suspended pending a complaint',
        citation: effect.citation ?? suspensionCitation(run.act),
      };
      run.store(row, run.unwrap(pauseDeadline(run.ledgerOf(row), pause)), DeadlineStatus.PAUSED);
    }
  },

  RESUME_DEADLINES: (run, effect) => {
    for (const row of run.rows.values()) {
      if (row.status === DeadlineStatus.PAUSED) run.store(row, run.unwrap(resumeDeadline(run.ledgerOf(row), effect.at)), DeadlineStatus.OPEN);
    }
  },

  CANCEL_DEADLINES: (run) => {
    for (const row of run.rows.values()) {
      if (!OPEN_DEADLINE_STATUSES.includes(row.status)) continue;
      // A running clock whose due instant has passed ran out before the act ended: MISSED,
      // as if the engine had come first (it records the breach: DeadlineScheduler.plan).
      const ranOut = row.status === DeadlineStatus.OPEN && row.dueAt.getTime() <= run.at.getTime();
      Object.assign(row, ranOut ? { status: DeadlineStatus.MISSED, missedAt: row.dueAt } : { status: DeadlineStatus.CANCELLED });
      row.version += 1;
      run.touched.add(row);
    }
  },

  CREATE_LINKED_ACT: (run, effect) => {
    run.linkedActs.push({ actType: effect.actType, kind: effect.kind, reason: effect.reason, citation: effect.citation });
  },

  OPEN_COMPLAINT: (run) => {
    run.act.complaintPending = true;
  },

  CLOSE_COMPLAINTS: (run) => {
    run.act.complaintPending = false;
  },

  // Records, not state: they live in the transition's history row (act_transitions.effects).
  REQUIRE_PUBLICATION: () => undefined,
  RECORD_PUBLICATION: () => undefined,
  RECORD_VIOLATION: () => undefined,
};

function earliestOpenDue(rows: LoadedClock[]): Date | null {
  const open = rows.filter((row) => row.status === DeadlineStatus.OPEN).map((row) => row.dueAt.getTime());
  return open.length ? new Date(Math.min(...open)) : null;
}
