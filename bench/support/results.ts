// Every benchmark leaves its figures in bench/results/<name>.json (small, commit-able) and prints a table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';

export interface Figure {
  benchmark: string;
  value: number;
  unit: string;
  baseline: number | null;
  /** When the baseline counts something else (pgbench transactions against HTTP requests). */
  baselineUnit?: string;
  /** value / baseline, in the sense the goal states it. */
  ratio: number | null;
  goal: string;
  met: boolean | null;
}

export function machine() {
  const cpu = cpus();
  return { node: process.version, platform: `${platform()} ${release()}`, cpus: cpu.length, cpuModel: cpu[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30) };
}

/** bench/results relative to the compiled file (dist/bench/support → bench/results). */
const RESULTS_DIR = join(__dirname, '..', '..', '..', 'bench', 'results');

export function writeResult(name: string, body: Record<string, unknown>): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ name, date: new Date().toISOString(), machine: machine(), ...body }, null, 2)}\n`);
  return file;
}

// Small ratios keep two significant digits (0.0049×), large figures lose their decimals.
const fmt = (n: number | null) => (n === null ? '—' : Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : Math.abs(n) >= 0.1 ? n.toFixed(2) : n.toPrecision(2));

export function printFigures(figures: readonly Figure[]): void {
  const rows = [
    ['benchmark', 'value', 'baseline', 'ratio', 'goal', 'met?'],
    ...figures.map((f) => [f.benchmark, `${fmt(f.value)} ${f.unit}`, f.baseline === null ? '—' : `${fmt(f.baseline)} ${f.baselineUnit ?? f.unit}`, f.ratio === null ? '—' : `${fmt(f.ratio)}×`, f.goal, f.met === null ? '—' : f.met ? 'yes' : 'NO']),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) process.stdout.write(`${row.map((cell, i) => cell.padEnd(widths[i])).join('  ')}\n`);
}
