// One result file, read into the single shape the renderers use. The benches write two shapes
// (bench/support/results.ts: `name`, `figures[].benchmark`, machine.cpuModel/memoryGiB;
// write-path-env's report: `bench`, `figures[].name`, machine.cpu/memoryGb), so both are
// accepted here and nowhere else.

export interface ReportFigure {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  /** When the baseline counts something else (tx/s against req/s). */
  baselineUnit: string | null;
  ratio: number | null;
  /** As the benchmark wrote it; "—" and "— (reference)" are kept, see hasGoal(). */
  goal: string | null;
  met: boolean | null;
}

export interface BenchRun {
  /** From the file name: "overdue" for overdue.json and overdue.with-proposed-index.json. */
  bench: string;
  /** "with-proposed-index" for overdue.with-proposed-index.json; null for the benchmark's own file. */
  variant: string | null;
  file: string;
  date: string;
  /** One line: "linux 6.18 · 2 × Intel Xeon · 24 GiB · Node v20.20.2". */
  machine: string;
  figures: ReportFigure[];
  /** The `notes` object, as written (any JSON). */
  notes: Record<string, unknown> | null;
  /** The free-text `note` some variants carry to say what differs. */
  note: string | null;
}

export interface ResultFileName {
  bench: string;
  variant: string | null;
}

/** "filing.json" → filing; "overdue.with-proposed-index.json" → overdue, variant with-proposed-index; anything else → null. */
export function parseResultFileName(file: string): ResultFileName | null {
  const match = /^([^.]+)(?:\.(.+))?\.json$/.exec(file);
  return match ? { bench: match[1], variant: match[2] ?? null } : null;
}

export function readBenchRun(file: string, json: unknown): BenchRun {
  const fileName = parseResultFileName(file);
  if (!fileName) throw new Error(`${file}: not a bench result file name (<bench>.json or <bench>.<variant>.json)`);
  const raw = asObject(json, file);
  if (!Array.isArray(raw.figures)) throw new Error(`${file}: no "figures" array`);
  return {
    ...fileName,
    file,
    date: typeof raw.date === 'string' ? raw.date : 'unknown date',
    machine: describeMachine(raw.machine),
    figures: raw.figures.map((figure, index) => readFigure(figure, `${file} figures[${index}]`)),
    notes: isObject(raw.notes) ? raw.notes : null,
    note: typeof raw.note === 'string' ? raw.note : null,
  };
}

function readFigure(json: unknown, where: string): ReportFigure {
  const raw = asObject(json, where);
  const name = typeof raw.name === 'string' ? raw.name : raw.benchmark;
  if (typeof name !== 'string') throw new Error(`${where}: no "name" or "benchmark"`);
  if (typeof raw.value !== 'number') throw new Error(`${where}: "value" is not a number`);
  return {
    name,
    value: raw.value,
    unit: typeof raw.unit === 'string' ? raw.unit : '',
    baseline: finiteOrNull(raw.baseline),
    baselineUnit: typeof raw.baselineUnit === 'string' ? raw.baselineUnit : null,
    ratio: finiteOrNull(raw.ratio),
    goal: typeof raw.goal === 'string' ? raw.goal : null,
    met: typeof raw.met === 'boolean' ? raw.met : null,
  };
}

function describeMachine(json: unknown): string {
  if (!isObject(json)) return 'unknown machine';
  const cpuModel = json.cpuModel ?? json.cpu;
  const memoryGiB = json.memoryGiB ?? json.memoryGb;
  const parts = [
    typeof json.platform === 'string' ? json.platform : null,
    typeof json.cpus === 'number' ? `${json.cpus} × ${typeof cpuModel === 'string' ? cpuModel : 'CPU'}` : null,
    typeof memoryGiB === 'number' ? `${memoryGiB} GiB` : null,
    typeof json.node === 'string' ? `Node ${json.node}` : null,
  ];
  return parts.filter((part) => part !== null).join(' · ') || 'unknown machine';
}

/** The benchmark's own file first, then its variants; names compared by code unit, not locale. */
export function compareRuns(a: BenchRun, b: BenchRun): number {
  const byName = compareText(a.bench, b.bench);
  if (byName !== 0) return byName;
  if (a.variant === b.variant) return 0;
  if (a.variant === null) return -1;
  if (b.variant === null) return 1;
  return compareText(a.variant, b.variant);
}

export function runTitle(run: BenchRun): string {
  return run.variant === null ? run.bench : `${run.bench} · variant ${run.variant}`;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const finiteOrNull = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function asObject(json: unknown, where: string): Record<string, unknown> {
  if (!isObject(json)) throw new Error(`${where}: not a JSON object`);
  return json;
}
