// bench/results/chart.svg: every figure that has a ratio to its baseline, as a horizontal bar on
// a log scale. A log axis has no zero, so bars start at 1× (value = baseline) and run left for
// "fewer / faster than the baseline" and right for "more / slower": 0.1× and 10× are equally long.
// Colour is the benchmark's own verdict (`met`); a black tick marks the goal when the goal is a
// plain ratio bound (see goal.ts). Coordinates are rounded to 0.1 px so the output is stable.
import { escapeXml, formatRatio, formatRunDate } from './format';
import { hasGoal, parseRatioGoal } from './goal';
import { BenchRun, ReportFigure, runTitle } from './model';

export const BAR_COLOURS = { met: '#1a7f37', missed: '#cf222e', noGoal: '#8c959f' } as const;

const WIDTH = 1064;
const LABEL_RIGHT = 380; // figure names end here (right-aligned, next to the bars)
const PLOT_LEFT = 396;
const PLOT_RIGHT = 800;
const SIDE_LEFT = 816; // ratio and goal text
const AXIS_TOP = 92;
const ROW_HEIGHT = 20;
const BAR_HEIGHT = 12;
const GROUP_HEIGHT = 28;
const BOTTOM_MARGIN = 36;
// About 6.6 px per character at 12 px sans-serif: longer names are cut, the full name stays in the tooltip.
const LABEL_MAX_CHARS = 54;
const SIDE_MAX_CHARS = 38;
const FONT = "font-family=\"-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif\"";

type Row = { kind: 'group'; run: BenchRun } | { kind: 'bar'; run: BenchRun; figure: ReportFigure & { ratio: number } };

export function barColour(met: boolean | null): string {
  return met === null ? BAR_COLOURS.noGoal : met ? BAR_COLOURS.met : BAR_COLOURS.missed;
}

/** Decades covering every ratio, every drawn goal and 1× itself: [-3, 3] for 0.0037× … 412×. */
export function logDomain(values: readonly number[]): { minDecade: number; maxDecade: number } {
  const logs = [0, ...values.map(Math.log10)];
  const minDecade = Math.floor(Math.min(...logs));
  const maxDecade = Math.ceil(Math.max(...logs));
  return { minDecade, maxDecade: maxDecade === minDecade ? minDecade + 1 : maxDecade };
}

export function renderChart(runs: readonly BenchRun[]): string {
  const rows = chartRows(runs);
  const bars = rows.filter((row) => row.kind === 'bar');
  const goalRatios = bars.map((row) => parseRatioGoal(row.figure.goal)?.ratio).filter((ratio) => ratio !== undefined);
  const { minDecade, maxDecade } = logDomain([...bars.map((row) => row.figure.ratio), ...goalRatios]);
  const x = (ratio: number) => PLOT_LEFT + ((Math.log10(ratio) - minDecade) / (maxDecade - minDecade)) * (PLOT_RIGHT - PLOT_LEFT);

  // Painted in layers: row stripes, then the gridlines over them, then labels and bars on top.
  const stripes: string[] = [];
  const body: string[] = [];
  let y = AXIS_TOP + 8;
  let barIndex = 0;
  for (const row of rows) {
    if (row.kind === 'group') {
      body.push(text(16, y + 19, `${runTitle(row.run)} — ${formatRunDate(row.run.date)}`, 'font-size="13" font-weight="600" fill="#1f2328"'));
      y += GROUP_HEIGHT;
    } else {
      // Every other row shaded, so the eye can follow a long name across the gap to its bar.
      if (barIndex % 2 === 1) stripes.push(`<rect x="8" y="${round(y)}" width="${WIDTH - 16}" height="${ROW_HEIGHT}" fill="#f6f8fa"/>`);
      body.push(...barRow(row.figure, y, x));
      y += ROW_HEIGHT;
      barIndex += 1;
    }
  }
  const plotBottom = y + 4;
  const height = plotBottom + BOTTOM_MARGIN;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" ${FONT}>`,
    '<title>Benchmark figures: ratio to baseline, log scale</title>',
    // Opaque background: a transparent SVG puts dark text on a dark page in GitHub's dark theme.
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...header(),
    ...stripes,
    ...axis(minDecade, maxDecade, x, plotBottom),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

function chartRows(runs: readonly BenchRun[]): Row[] {
  return runs.flatMap((run) => {
    // Ratios of 0 or below have no place on a log axis (and no bench writes one); they stay in the tables.
    const figures = run.figures.filter((figure): figure is ReportFigure & { ratio: number } => figure.ratio !== null && figure.ratio > 0);
    return figures.length === 0 ? [] : [{ kind: 'group', run } as Row, ...figures.map((figure): Row => ({ kind: 'bar', run, figure }))];
  });
}

function header(): string[] {
  const legend: Array<[string, string]> = [
    [BAR_COLOURS.met, 'goal met'],
    [BAR_COLOURS.missed, 'goal missed'],
    [BAR_COLOURS.noGoal, 'no goal'],
  ];
  return [
    text(16, 26, 'Ratio of each figure to its baseline in the same run (log scale; bars start at 1×)', 'font-size="15" font-weight="600" fill="#1f2328"'),
    ...legend.flatMap(([colour, label], index) => [
      `<rect x="${16 + index * 120}" y="40" width="14" height="${BAR_HEIGHT}" fill="${colour}"/>`,
      text(36 + index * 120, 50, label, 'font-size="12" fill="#1f2328"'),
    ]),
    `<line x1="376" y1="38" x2="376" y2="54" stroke="#000000" stroke-width="2"/>`,
    text(384, 50, 'goal, where the goal is a ratio (≥ / ≤ n×)', 'font-size="12" fill="#1f2328"'),
  ];
}

function axis(minDecade: number, maxDecade: number, x: (ratio: number) => number, plotBottom: number): string[] {
  const lines: string[] = [];
  for (let decade = minDecade; decade <= maxDecade; decade += 1) {
    const ratio = 10 ** decade;
    const at = round(x(ratio));
    const isParity = decade === 0;
    lines.push(
      `<line x1="${at}" y1="${AXIS_TOP}" x2="${at}" y2="${plotBottom}" stroke="${isParity ? '#57606a' : '#d0d7de'}" stroke-width="${isParity ? 1.5 : 1}"/>`,
      text(at, AXIS_TOP - 6, decadeLabel(decade), 'font-size="11" fill="#57606a" text-anchor="middle"'),
      text(at, plotBottom + 16, decadeLabel(decade), 'font-size="11" fill="#57606a" text-anchor="middle"'),
    );
  }
  return lines;
}

function barRow(figure: ReportFigure & { ratio: number }, top: number, x: (ratio: number) => number): string[] {
  const parity = x(1);
  const end = x(figure.ratio);
  // A ratio within a hair of 1× still gets a visible 2 px bar.
  const barLeft = Math.min(parity, end);
  const barWidth = Math.max(Math.abs(end - parity), 2);
  const barTop = top + (ROW_HEIGHT - BAR_HEIGHT) / 2;
  const baseline = top + 14;
  const goal = parseRatioGoal(figure.goal);
  const goalText = hasGoal(figure.goal) ? figure.goal : null;
  const side = goalText === null ? formatRatio(figure.ratio) : `${formatRatio(figure.ratio)} · goal ${goalText}`;
  const verdict = figure.met === null ? '' : figure.met ? ' (met)' : ' (missed)';
  const tooltip = `${figure.name}: ${formatRatio(figure.ratio)}${goalText === null ? '' : `, goal ${goalText}`}${verdict}`;
  return [
    '<g>',
    `<title>${escapeXml(tooltip)}</title>`,
    text(LABEL_RIGHT, baseline, truncate(figure.name, LABEL_MAX_CHARS), 'font-size="12" fill="#1f2328" text-anchor="end"'),
    `<rect x="${round(barLeft)}" y="${round(barTop)}" width="${round(barWidth)}" height="${BAR_HEIGHT}" fill="${barColour(figure.met)}"/>`,
    ...(goal === null ? [] : [`<line x1="${round(x(goal.ratio))}" y1="${round(top + 1)}" x2="${round(x(goal.ratio))}" y2="${round(top + ROW_HEIGHT - 1)}" stroke="#000000" stroke-width="2"/>`]),
    text(SIDE_LEFT, baseline, truncate(side, SIDE_MAX_CHARS), 'font-size="11" fill="#1f2328"'),
    '</g>',
  ];
}

/** 10^-3 → "0.001×", 10^0 → "1×", 10^3 → "1000×": exact decimal text, no floating-point noise. */
export function decadeLabel(decade: number): string {
  return decade >= 0 ? `1${'0'.repeat(decade)}×` : `0.${'0'.repeat(-decade - 1)}1×`;
}

function text(x: number, y: number, content: string, attributes: string): string {
  return `<text x="${round(x)}" y="${round(y)}" ${attributes}>${escapeXml(content)}</text>`;
}

function truncate(label: string, maxChars: number): string {
  return label.length <= maxChars ? label : `${label.slice(0, maxChars - 1)}…`;
}

const round = (n: number) => Number(n.toFixed(1));
