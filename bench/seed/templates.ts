// Act and deadline templates for the seeder, computed by the domain itself: every state of every
// machine that its transition table reaches from the initial state, with the deadlines the rows on
// the way there start, meet, pause or cancel, and real DeadlineRecords from openDeadline for each.
// SQL then stamps copies of these templates onto a million rows.
import {
  ActState,
  ActType,
  buildProductionCalendar,
  Citation,
  DeadlineKind,
  DeadlineRecord,
  formatCitation,
  KZ_CALENDAR_ENTRIES,
  Machine,
  KZ_2709_EDITION_ID,
  machinesOf,
  meetDeadline,
  openDeadline,
  pauseDeadline,
  PRIOR_STATE,
  ruleFor,
} from '@app/domain';
import { encodeDeadlineRecord } from '@app/persistence';
import { randomUUID } from 'node:crypto';
import { attributesFor } from './attributes';

/** What a deadline row's status is in a state, as the app's ActEffects would have left it. */
export type SeedDeadlineStatus = 'OPEN' | 'PAUSED' | 'MET' | 'MISSED' | 'CANCELLED';

interface ClockState {
  status: SeedDeadlineStatus;
  firesTermMissed: boolean;
}

export interface ActTemplate {
  index: number;
  machine: Machine;
  state: ActState;
  suspendedFrom: ActState | null;
  complaintPending: boolean;
  /** Transitions from the initial state: the act's version is this + 1. */
  steps: number;
  attributes: Record<string, unknown>;
  clocks: ReadonlyMap<DeadlineKind, ClockState>;
}

interface WalkNode {
  state: ActState;
  suspendedFrom: ActState | null;
  complaintPending: boolean;
  steps: number;
  clocks: Map<DeadlineKind, ClockState>;
}

/** Breadth-first over the table: the first (shortest) path to each state decides its deadlines. */
function walk(machine: Machine): WalkNode[] {
  const start: WalkNode = { state: machine.initial, suspendedFrom: null, complaintPending: false, steps: 0, clocks: new Map() };
  const seen = new Map<ActState, WalkNode>([[start.state, start]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const row of machine.rowsFrom.get(node.state) ?? []) {
      // PRIOR_STATE leads back to a state already reached by a shorter path.
      if (row.to === PRIOR_STATE || seen.has(row.to)) continue;
      const clocks = new Map([...node.clocks].map(([kind, clock]) => [kind, { ...clock }]));
      let complaintPending = node.complaintPending;
      // The deadline engine marks a clock MISSED before it fires TERM_MISSED.
      if (row.event === 'TERM_MISSED') for (const kind of machine.termMissedDeadlines) if (clocks.get(kind)?.status === 'OPEN') clocks.get(kind)!.status = 'MISSED';
      for (const effect of row.effects) {
        const each = (from: SeedDeadlineStatus[], to: SeedDeadlineStatus) => clocks.forEach((clock) => from.includes(clock.status) && (clock.status = to));
        if (effect.type === 'START_DEADLINE' || effect.type === 'RECOMPUTE_DEADLINE') {
          clocks.set(effect.kind, { status: 'OPEN', firesTermMissed: effect.type === 'START_DEADLINE' ? effect.firesTermMissed : (clocks.get(effect.kind)?.firesTermMissed ?? false) });
        } else if (effect.type === 'MEET_DEADLINE') {
          const clock = clocks.get(effect.kind);
          if (clock && clock.status !== 'CANCELLED' && clock.status !== 'MISSED') clock.status = 'MET';
        } else if (effect.type === 'PAUSE_DEADLINES') each(['OPEN'], 'PAUSED');
        else if (effect.type === 'RESUME_DEADLINES') each(['PAUSED'], 'OPEN');
        else if (effect.type === 'CANCEL_DEADLINES') each(['OPEN', 'PAUSED'], 'CANCELLED');
        else if (effect.type === 'OPEN_COMPLAINT') complaintPending = true;
        else if (effect.type === 'CLOSE_COMPLAINTS') complaintPending = false;
      }
      const next: WalkNode = {
        state: row.to,
        suspendedFrom: row.to === ActState.SUSPENDED ? node.state : null,
        complaintPending,
        steps: node.steps + 1,
        clocks,
      };
      seen.set(row.to, next);
      queue.push(next);
    }
  }
  return [...seen.values()];
}

export function actTemplates(): ActTemplate[] {
  const templates: ActTemplate[] = [];
  // The machines of the 1995 law, as in every recorded run: the baselines in BENCHMARKS.md stay comparable.
  for (const machine of machinesOf(KZ_2709_EDITION_ID)) {
    const attributes = attributesFor(machine);
    for (const node of walk(machine)) templates.push({ index: templates.length, machine, ...node, attributes });
  }
  return templates;
}

/** One deadline row's worth of columns, computed by the domain for one trigger instant. */
export interface DeadlineTemplate {
  act: number;
  slot: number;
  kind: DeadlineKind;
  status: SeedDeadlineStatus;
  runsAgainst: string;
  triggeredAt: string;
  dueAt: string;
  metAt: string | null;
  missedAt: string | null;
  citation: string;
  editionId: string;
  explanation: DeadlineRecord['computation']['explanation'];
  firesTermMissed: boolean;
  ledger: Record<string, unknown>;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * `slots` trigger instants spread over the `spreadDays` before `now`, at office hours: with terms of
 * 24 hours to a month, some clocks have run out (overdue) and some still run into the future.
 */
export function triggerInstant(now: Date, slot: number, slots: number, spreadDays: number): Date {
  const day = Math.floor(((slot + 0.5) * spreadDays) / slots);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - day * DAY + (3 + (slot % 8)) * HOUR);
}

export function deadlineTemplates(acts: readonly ActTemplate[], now: Date, slots: number, spreadDays: number, immediateWorkingDays: number): DeadlineTemplate[] {
  const calendar = buildProductionCalendar(KZ_CALENDAR_ENTRIES);
  const out: DeadlineTemplate[] = [];
  for (const act of acts) {
    for (const [kind, clock] of act.clocks) {
      const rule = ruleFor(kind, act.machine.editionId);
      const termDays = act.machine.prescribedTermClock === kind ? (act.attributes.termDays as number | null | undefined) ?? null : null;
      for (let slot = 0; slot < slots; slot += 1) {
        const at = triggerInstant(now, slot, slots, spreadDays);
        const opened = openDeadline({
          id: randomUUID(), // replaced by the row's id in SQL
          rule,
          trigger: { at },
          calendar,
          prescribedCount: termDays,
          policyCount: rule.setBy.by === 'POLICY' ? immediateWorkingDays : null,
        });
        if (!opened.ok) throw new Error(`${act.machine.id} ${kind}: ${opened.refusal.message}`);
        const record = settle(opened.record, clock.status, now, act.machine);
        out.push({
          act: act.index,
          slot,
          kind,
          status: clock.status,
          runsAgainst: rule.runsAgainst,
          triggeredAt: at.toISOString(),
          dueAt: record.dueAt.toISOString(),
          metAt: record.metAt?.toISOString() ?? null,
          missedAt: clock.status === 'MISSED' ? record.dueAt.toISOString() : null,
          citation: formatCitation(rule.citation),
          editionId: rule.editionId,
          explanation: record.computation.explanation,
          firesTermMissed: clock.firesTermMissed,
          ledger: encodeDeadlineRecord(record),
        });
      }
    }
  }
  return out;
}

/** As ActEffects cites a suspension pending a complaint: art. 24.5 for an order, art. 8.2 otherwise. */
const suspensionCitation = (machine: Machine): Citation => ({
  edition: machine.editionId,
  article: machine.actType === ActType.ORDER ? '24' : '8',
  paragraph: machine.actType === ActType.ORDER ? '5' : '2',
});

/** Moves a freshly opened record to the status the walk found, with the domain's own functions. */
function settle(record: DeadlineRecord, status: SeedDeadlineStatus, now: Date, machine: Machine): DeadlineRecord {
  const unwrap = (outcome: ReturnType<typeof meetDeadline>) => {
    if (!outcome.ok) throw new Error(outcome.refusal.message);
    return outcome.record;
  };
  // Met or paused halfway through the term (never after now), so the ledger's events stay in order.
  const halfway = new Date(Math.min(now.getTime(), (record.trigger.at.getTime() + record.dueAt.getTime()) / 2));
  if (status === 'MET') return unwrap(meetDeadline(record, halfway));
  if (status === 'PAUSED') return unwrap(pauseDeadline(record, { at: halfway, reason: 'act suspended pending a complaint', citation: suspensionCitation(machine) }));
  return record;
}
