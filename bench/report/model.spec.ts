import { filingRun, overdueVariantRun, recoveryRun } from './testing/fixtures';
import { compareRuns, parseResultFileName, readBenchRun } from './model';

describe('parseResultFileName', () => {
  it('takes the benchmark from the file name and an extra dot-suffix as a variant', () => {
    expect(parseResultFileName('filing.json')).toEqual({ bench: 'filing', variant: null });
    expect(parseResultFileName('overdue.with-proposed-index.json')).toEqual({ bench: 'overdue', variant: 'with-proposed-index' });
    expect(parseResultFileName('chart.svg')).toBeNull();
  });
});

describe('readBenchRun', () => {
  it('reads both result shapes into one', () => {
    const [filing, recovery] = [filingRun(), recoveryRun()];
    expect(filing.machine).toBe('linux 6.18 · 2 × Xeon · 24 GiB · Node v20.20.2');
    expect(recovery.machine).toBe(filing.machine);
    expect(recovery.figures[0]).toEqual({ name: 'reconciler rebuild', value: 49401, unit: 'ms', baseline: 35348, baselineUnit: null, ratio: 1.3976, goal: '≤ 2×', met: true });
    // Missing keys read as "not reported", not as zero or false.
    expect(filing.figures[2]).toMatchObject({ baseline: null, ratio: null, met: true });
  });

  it('names the file and the figure when the shape is wrong', () => {
    expect(() => readBenchRun('bad.json', { figures: [{ name: 'x', value: 'fast' }] })).toThrow('bad.json figures[0]: "value" is not a number');
    expect(() => readBenchRun('bad.json', {})).toThrow('bad.json: no "figures" array');
  });
});

describe('compareRuns', () => {
  it('orders by benchmark, the benchmark before its variants', () => {
    const overdue = readBenchRun('overdue.json', { figures: [] });
    const runs = [overdueVariantRun(), recoveryRun(), overdue, filingRun()].sort(compareRuns);
    expect(runs.map((run) => run.file)).toEqual(['filing.json', 'overdue.json', 'overdue.with-index.json', 'recovery.json']);
  });
});
