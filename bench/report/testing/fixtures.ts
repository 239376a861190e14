// Test data for the report specs: one run in each of the two result shapes the benches write.
import { BenchRun, readBenchRun } from '../model';

export function filingRun(): BenchRun {
  return readBenchRun('filing.json', {
    bench: 'filing',
    date: '2026-11-22T02:37:06.430Z',
    machine: { cpus: 2, cpu: 'Xeon', memoryGb: 24, platform: 'linux 6.18', node: 'v20.20.2' },
    figures: [
      { name: 'c=1 API req/s (baseline: bare pg)', value: 80.41, unit: 'req/s', baseline: 644.8, ratio: 0.1247, goal: '≥ 0.5×', met: false },
      { name: 'c=1 bare pg req/s: audit row on / off', value: 644.8, unit: 'req/s', baseline: 1221.7, ratio: 0.5278 },
      { name: 'failed requests / transactions', value: 0, unit: 'count', goal: '= 0', met: true },
    ],
    notes: { seconds: 5, halfPeakRun: { p99Ms: 117.756, errors: 0 }, points: [{ concurrency: 1, api: { p50Ms: 11 } }] },
  });
}

export function recoveryRun(): BenchRun {
  return readBenchRun('recovery.json', {
    name: 'recovery',
    date: '2026-11-22T02:34:06.950Z',
    machine: { node: 'v20.20.2', platform: 'linux 6.18', cpus: 2, cpuModel: 'Xeon', memoryGiB: 24 },
    figures: [{ benchmark: 'reconciler rebuild', value: 49401, unit: 'ms', baseline: 35348, ratio: 1.3976, goal: '≤ 2×', met: true }],
  });
}

export function overdueVariantRun(): BenchRun {
  return readBenchRun('overdue.with-index.json', {
    name: 'overdue',
    date: '2026-11-22T02:24:28.586Z',
    machine: { node: 'v20.20.2', platform: 'linux 6.18', cpus: 2, cpuModel: 'Xeon', memoryGiB: 24 },
    figures: [{ benchmark: 'first page <p99> & co', value: 16, unit: 'ms', baseline: 9.4, ratio: 1.7, goal: '≤ 3× SQL and ≤ 25 ms', met: true }],
    note: 'Experiment with deadlines_overdue_idx',
  });
}
