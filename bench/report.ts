// npm run bench:report — reads every bench/results/*.json and writes BENCHMARKS.md (repository
// root) and bench/results/chart.svg. All content comes from the pure renderers in bench/report/;
// this script only reads and writes files.
//
// A file named <bench>.<variant>.json (overdue.with-proposed-index.json) is the same benchmark
// run under other conditions; it gets its own section after the benchmark's, and its goals are
// listed but not counted in the summary.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderChart } from './report/chart-svg';
import { renderMarkdown } from './report/markdown';
import { compareRuns, parseResultFileName, readBenchRun } from './report/model';

const RESULTS_DIR = 'bench/results';
const CHART_FILE = `${RESULTS_DIR}/chart.svg`;

function main(root: string): void {
  const files = readdirSync(join(root, RESULTS_DIR)).filter((file) => parseResultFileName(file) !== null);
  const runs = files.map((file) => readBenchRun(file, JSON.parse(readFileSync(join(root, RESULTS_DIR, file), 'utf8')))).sort(compareRuns);
  writeFileSync(join(root, CHART_FILE), renderChart(runs), 'utf8');
  writeFileSync(join(root, 'BENCHMARKS.md'), renderMarkdown(runs, { command: 'npm run bench:report', resultsDir: RESULTS_DIR, chartPath: CHART_FILE }), 'utf8');
  process.stdout.write(`Wrote BENCHMARKS.md and ${CHART_FILE} from ${runs.length} result files\n`);
}

// Run from the repository root, like the other npm scripts.
main(process.cwd());
