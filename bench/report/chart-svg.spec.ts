import { BAR_COLOURS, decadeLabel, logDomain, renderChart } from './chart-svg';
import { filingRun, overdueVariantRun, recoveryRun } from './testing/fixtures';
import { BenchRun } from './model';

/** The <g> drawn for one figure, found by its tooltip. */
function barGroup(svg: string, figureName: string): string {
  const groups = svg.split('<g>').slice(1).map((group) => group.split('</g>')[0]);
  const match = groups.find((group) => group.includes(`<title>${figureName}:`));
  if (!match) throw new Error(`no bar for ${figureName}`);
  return match;
}

const attribute = (element: string, name: string) => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(element)![1]);

describe('renderChart', () => {
  const runs: BenchRun[] = [filingRun(), overdueVariantRun(), recoveryRun()];
  const svg = renderChart(runs);

  it('draws a missed goal as a red bar with the goal tick where the goal is a ratio', () => {
    const group = barGroup(svg, 'c=1 API req/s (baseline: bare pg)');
    expect(group).toContain(`fill="${BAR_COLOURS.missed}"`);
    expect(group).toContain('0.12× · goal ≥ 0.5×');
    const bar = /<rect [^>]*fill="#cf222e"\/>/.exec(group)![0];
    const tick = /<line [^>]*\/>/.exec(group)![0];
    // 0.12× runs left from 1×; the 0.5× tick sits between the bar's left end and 1×.
    const [barLeft, barRight, tickX] = [attribute(bar, 'x'), attribute(bar, 'x') + attribute(bar, 'width'), attribute(tick, 'x1')];
    expect(barLeft).toBeLessThan(tickX);
    expect(tickX).toBeLessThan(barRight);
  });

  it('draws a met goal green, and no tick for a goal that is not a plain ratio', () => {
    const recovery = barGroup(svg, 'reconciler rebuild');
    expect(recovery).toContain(`fill="${BAR_COLOURS.met}"`);
    expect(recovery).toContain('<line ');
    const overdue = barGroup(svg, 'first page &lt;p99&gt; &amp; co');
    expect(overdue).toContain(`fill="${BAR_COLOURS.met}"`);
    expect(overdue).not.toContain('<line ');
  });

  it('draws figures without a goal grey and leaves out figures without a ratio', () => {
    expect(barGroup(svg, 'c=1 bare pg req/s: audit row on / off')).toContain(`fill="${BAR_COLOURS.noGoal}"`);
    expect(svg).not.toContain('failed requests / transactions');
  });

  it('escapes names taken from the results', () => {
    expect(svg).toContain('first page &lt;p99&gt; &amp; co');
    expect(svg).not.toContain('<p99>');
  });

  it('labels the decades of a log axis that includes 1×', () => {
    for (const label of ['0.1×', '1×', '10×']) expect(svg).toContain(`>${label}</text>`);
    expect(logDomain([0.0037, 412])).toEqual({ minDecade: -3, maxDecade: 3 });
    expect(logDomain([1.4])).toEqual({ minDecade: 0, maxDecade: 1 });
    expect([-3, 0, 3].map(decadeLabel)).toEqual(['0.001×', '1×', '1000×']);
  });

  it('is the same text every time', () => {
    expect(renderChart(runs)).toBe(svg);
  });
});
