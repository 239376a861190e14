import { hasGoal, parseRatioGoal } from './goal';

describe('parseRatioGoal', () => {
  it.each([
    ['≥ 0.5×', { bound: '≥', ratio: 0.5 }],
    ['≤ 2×', { bound: '≤', ratio: 2 }],
    ['≤ 1.2×', { bound: '≤', ratio: 1.2 }],
    ['≥ 0.3× baseline', { bound: '≥', ratio: 0.3 }],
    ['<= 3x', { bound: '≤', ratio: 3 }],
  ])('reads %s as a bound on the ratio', (goal, expected) => {
    expect(parseRatioGoal(goal)).toEqual(expected);
  });

  it.each([
    '≤ 50 ms', // absolute
    '= 0', // a count
    '≤ 3× SQL and ≤ 25 ms', // compound: the ratio half alone would look met where the goal is missed
    '≤ 1.5×bare+handler = 283', // a ratio to another baseline than the figure's
    'index scan, no OFFSET',
    '—',
    '≥ 0×',
  ])('leaves %s to the recorded verdict', (goal) => {
    expect(parseRatioGoal(goal)).toBeNull();
  });

  it('has nothing to parse without a goal', () => {
    expect(parseRatioGoal(null)).toBeNull();
  });
});

describe('hasGoal', () => {
  it('treats a dash, with or without a remark, as no goal', () => {
    expect([null, '', '—', '— (reference)'].map(hasGoal)).toEqual([false, false, false, false]);
    expect(['minutes', '= 0', '≥ 0.5×'].map(hasGoal)).toEqual([true, true, true]);
  });
});
