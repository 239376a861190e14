// npm run bench:domain — how fast the pure domain core is: due-date computations and transition
// decisions per second, each beside a baseline measured in the same run (plain Date arithmetic,
// a Map lookup) so the ratio survives a noisy shared machine.
import {
  ActEvent,
  ActSnapshot,
  ActState,
  ActType,
  buildProductionCalendar,
  computeDue,
  DEADLINE_KINDS,
  decide,
  KZ_2709_EDITION_ID,
  KZ_CALENDAR_ENTRIES,
  ruleFor,
  TargetKind,
} from '@app/domain';

const ROUNDS = 7;

function measure(name: string, iterations: number, body: (i: number) => unknown): number {
  let sink = 0;
  for (let i = 0; i < Math.min(iterations, 20_000); i += 1) sink += body(i) ? 1 : 0; // warm-up
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < iterations; i += 1) sink += body(i) ? 1 : 0;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    rates.push(iterations / seconds);
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(ROUNDS / 2)];
  process.stdout.write(`${name.padEnd(58)} ${Math.round(median).toLocaleString('en-US').padStart(12)} ops/s  (sink ${sink % 10})\n`);
  return median;
}

const calendar = buildProductionCalendar(KZ_CALENDAR_ENTRIES);
const rules = DEADLINE_KINDS.map((kind) => ruleFor(kind, KZ_2709_EDITION_ID));
const start = Date.parse('2025-01-01T05:00:00Z');
const DAY = 86_400_000;
// Triggers spread over 2025–2026 so every roll-over path (weekends, Nauryz, transfers) is hit.
const trigger = (i: number) => new Date(start + ((i * 7919) % 690) * DAY + (i % 24) * 3_600_000);

process.stdout.write(`domain micro-benchmark, node ${process.version}, median of ${ROUNDS} rounds\n\n`);
const bareDates = measure('baseline: Date + N days (no calendar, no explanation)', 1_000_000, (i) => new Date(trigger(i).getTime() + 10 * DAY));
// A prosecutor-set term of 15 days is within every rule's bounds (protest ≥ 10, submission ≤ 30).
const options = rules.map((rule) => (rule.setBy.by === 'PROSECUTOR' ? { prescribedCount: 15 } : {}));
const dues = measure('computeDue (every rule, with kk/ru/en explanation)', 100_000, (i) =>
  computeDue(rules[i % rules.length], trigger(i), calendar, options[i % rules.length]),
);

const protest: ActSnapshot = {
  type: ActType.PROTEST,
  kind: null,
  attributes: { basedOnApplication: false, applicantIdentified: false, termDays: null, target: TargetKind.NON_NORMATIVE_LEGAL_ACT, suspendsTargetAct: false },
  state: ActState.ISSUED,
  editionId: KZ_2709_EDITION_ID,
  suspendedFrom: null,
  complaintPending: false,
  text: { ru: { facts: 'Решение противоречит закону.', violatedNorms: ['Земельный кодекс, ст. 43'], demands: ['Отменить решение'] } },
};
const prosecutor = { role: 'PROSECUTOR' as const, officeRelation: 'SAME_OFFICE' as const };
const now = new Date('2026-03-20T06:00:00Z');
const payload = { receivedAt: '2026-03-12T05:00:00Z' };
const table = new Map([[`${ActState.ISSUED}:${ActEvent.DELIVERY_CONFIRMED}`, ActState.DELIVERED]]);
const bareLookup = measure('baseline: Map lookup of (state, event) → target', 1_000_000, () => table.get(`${protest.state}:${ActEvent.DELIVERY_CONFIRMED}`));
const decisions = measure('decide(): protest ISSUED → DELIVERED (actor, payload, guards)', 200_000, () => {
  const decision = decide(protest, ActEvent.DELIVERY_CONFIRMED, prosecutor, payload, now);
  if (!decision.ok) throw new Error(decision.refusal.message);
  return decision;
});

process.stdout.write(
  `\ncomputeDue: ${(bareDates / dues).toFixed(0)}× the cost of bare Date arithmetic; ` +
    `decide: ${(bareLookup / decisions).toFixed(0)}× the cost of a bare table lookup\n`,
);
