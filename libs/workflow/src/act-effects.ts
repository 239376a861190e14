import { randomUUID } from 'node:crypto';
import { AppConfig } from '@app/config';
import {
  ActType,
  Citation,
  DeadlineRecord,
  DeadlineStatus,
  OPEN_DEADLINE_STATUSES,
  Effect,
  extendDeadline,
  formatCitation,
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
import { ActEntity, DeadlineEntity, DeadlinesRepository, decodeDeadlineRecord, encodeDeadlineRecord, OutboxRepository, Tx } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { TransitionRefused } from './workflow-errors';

/** A linked act an effect asked for (23.2, 26-1.1); the service files it in the same transaction. */
export interface LinkedActRequest {
  readonly actType: ActType;
  readonly kind: ResolutionKind | null;
  readonly reason: LinkReason;
  readonly citation: Citation;
}

/** Suspension pending a complaint stops the clocks (8.2; for an order 24.5). */
const suspensionCitation = (act: ActEntity): Citation => ({
  edition: act.editionId || KZ_2709_EDITION_ID,
  article: act.type === ActType.ORDER ? '24' : '8',
  paragraph: act.type === ActType.ORDER ? '5' : '2',
});

/**
 * Executes a transition's effects on the act's deadlines inside the transition's transaction.
 * Every computation is the domain's (openDeadline, pauseDeadline, …); this class only loads and
 * stores the records. A ledger refusal (an extension after the term ran out) aborts the transaction.
 */
@Injectable()
export class ActEffects {
  constructor(
    private readonly config: AppConfig,
    private readonly deadlines: DeadlinesRepository,
    private readonly outbox: OutboxRepository,
  ) {}

  async apply(
    tx: Tx,
    act: ActEntity,
    effects: readonly Effect[],
    calendar: ProductionCalendar,
    at: Date,
  ): Promise<{ linkedActs: LinkedActRequest[] }> {
    const loaded = new Set(await this.deadlines.ofAct(act.id, tx));
    const rows = new Map([...loaded].map((row) => [row.kind, row]));
    const touched = new Set<DeadlineEntity>();
    const linkedActs: LinkedActRequest[] = [];
    const unwrap = (outcome: LedgerOutcome): DeadlineRecord => {
      if (!outcome.ok) throw new TransitionRefused(outcome.refusal, act.state, undefined);
      return outcome.record;
    };
    const store = (row: DeadlineEntity, record: DeadlineRecord, status: DeadlineStatus) => {
      Object.assign(row, {
        status,
        dueAt: record.dueAt,
        internalTargetAt: record.internalTarget?.dueAt ?? null,
        metAt: record.metAt,
        explanation: record.computation.explanation,
        ledger: encodeDeadlineRecord(record),
        version: (row.version ?? 0) + 1,
      });
      touched.add(row);
    };

    for (const effect of effects) {
      switch (effect.type) {
        case 'START_DEADLINE': {
          const rule = ruleFor(effect.kind, act.editionId);
          const record = unwrap(
            openDeadline({
              id: rows.get(effect.kind)?.id ?? randomUUID(),
              rule,
              trigger: { at: effect.triggeredAt },
              calendar,
              prescribedCount: effect.prescribedTermDays,
              policyCount: rule.setBy.by === 'POLICY' ? this.config.IMMEDIATE_TERM_WORKING_DAYS : null,
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
          store(row, record, DeadlineStatus.OPEN);
          break;
        }
        case 'MEET_DEADLINE': {
          const row = rows.get(effect.kind);
          if (!row || (!OPEN_DEADLINE_STATUSES.includes(row.status) && row.status !== DeadlineStatus.MISSED)) break;
          // A clock met at or after its due instant ran out first: it is MISSED, with the instant it
          // was finally met — whether the engine got there first (already MISSED) or not (then
          // missed_at is set here and the engine records the breach: DeadlineScheduler.plan).
          const record = unwrap(meetDeadline(decodeDeadlineRecord(row.ledger), effect.metAt));
          const late = row.status === DeadlineStatus.MISSED || metInTime(record) === false;
          if (late && row.status !== DeadlineStatus.MISSED) row.missedAt = record.dueAt;
          store(row, record, late ? DeadlineStatus.MISSED : DeadlineStatus.MET);
          break;
        }
        case 'RECOMPUTE_DEADLINE': {
          const row = rows.get(effect.kind);
          const metAgain = effects.some((other) => other.type === 'MEET_DEADLINE' && other.kind === effect.kind);
          if (!row || !(row.status === DeadlineStatus.OPEN || (row.status === DeadlineStatus.MET && metAgain))) break;
          // A moved trigger (the consideration meeting rescheduled, 25.2) re-counts the clock from
          // it. A clock already met against the old trigger (the notice of the old meeting) is
          // reopened only when this event meets it again (its MEET effect follows).
          const record = { ...decodeDeadlineRecord(row.ledger), status: 'RUNNING' as const, metAt: null };
          row.triggeredAt = effect.triggeredAt;
          row.metAt = null;
          store(row, recomputeDeadline(record, calendar, { trigger: { ...record.trigger, at: effect.triggeredAt } }), DeadlineStatus.OPEN);
          break;
        }
        case 'EXTEND_DEADLINE': {
          const row = rows.get(effect.kind);
          if (!row) throw new Error(`EXTEND_DEADLINE of ${effect.kind}, which ${act.id} never started`);
          const request = { count: effect.count, unit: effect.unit, grantedAt: effect.grantedAt, reason: effect.reason };
          store(row, unwrap(extendDeadline(decodeDeadlineRecord(row.ledger), request, calendar)), DeadlineStatus.OPEN);
          break;
        }
        case 'PAUSE_DEADLINES':
          for (const row of rows.values()) {
            if (row.status !== DeadlineStatus.OPEN) continue;
            const pause = { at: effect.at, reason: 'act suspended pending a complaint', citation: suspensionCitation(act) };
            store(row, unwrap(pauseDeadline(decodeDeadlineRecord(row.ledger), pause)), DeadlineStatus.PAUSED);
          }
          break;
        case 'RESUME_DEADLINES':
          for (const row of rows.values()) {
            if (row.status === DeadlineStatus.PAUSED) store(row, unwrap(resumeDeadline(decodeDeadlineRecord(row.ledger), effect.at)), DeadlineStatus.OPEN);
          }
          break;
        case 'CANCEL_DEADLINES':
          for (const row of rows.values()) {
            if (!OPEN_DEADLINE_STATUSES.includes(row.status)) continue;
            // A running clock whose due instant has passed ran out before the act ended: MISSED,
            // as if the engine had come first (it records the breach: DeadlineScheduler.plan).
            const ranOut = row.status === DeadlineStatus.OPEN && row.dueAt.getTime() <= at.getTime();
            Object.assign(row, ranOut ? { status: DeadlineStatus.MISSED, missedAt: row.dueAt } : { status: DeadlineStatus.CANCELLED });
            row.version += 1;
            touched.add(row);
          }
          break;
        case 'CREATE_LINKED_ACT':
          linkedActs.push({ actType: effect.actType, kind: effect.kind, reason: effect.reason, citation: effect.citation });
          break;
        case 'OPEN_COMPLAINT':
          act.complaintPending = true;
          break;
        case 'CLOSE_COMPLAINTS':
          act.complaintPending = false;
          break;
        case 'REQUIRE_PUBLICATION':
        case 'RECORD_PUBLICATION':
        case 'RECORD_VIOLATION':
          // Records, not state: they live in the transition's history row (act_transitions.effects).
          break;
        default:
          assertNever(effect);
      }
    }
    if (touched.size > 0) {
      // Insert and update explicitly: save() would first re-select every row to tell them apart.
      await this.deadlines.insert(tx, [...touched].filter((row) => !loaded.has(row)));
      for (const row of touched) if (loaded.has(row)) await this.deadlines.updateClock(tx, row);
      // Same transaction: a rolled-back transition schedules nothing, a committed one always does.
      await this.outbox.announceDeadlineChanges(tx, [...touched].map((row) => row.id));
    }
    act.nextDueAt = earliestOpenDue([...rows.values()]);
    return { linkedActs };
  }
}

function earliestOpenDue(rows: DeadlineEntity[]): Date | null {
  const open = rows.filter((row) => row.status === DeadlineStatus.OPEN).map((row) => row.dueAt.getTime());
  return open.length ? new Date(Math.min(...open)) : null;
}

function assertNever(value: never): never {
  throw new Error(`Unhandled effect ${JSON.stringify(value)}`);
}

