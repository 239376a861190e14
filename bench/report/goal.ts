// Goals are free text written by each benchmark ("≥ 0.5×", "≤ 20 ms", "≤ 3× SQL and ≤ 25 ms").
// Only a goal that is nothing but a bound on the figure's own ratio can be drawn on the ratio
// axis; anything else (absolute bounds, compound goals, "≤ 1.5×bare+handler", which is a ratio
// to a different baseline) is left to the recorded `met`, so the chart never draws a goal line
// that disagrees with the benchmark's own verdict.

export type RatioBound = '≥' | '≤' | '=';

export interface RatioGoal {
  bound: RatioBound;
  ratio: number;
}

const ASCII_BOUNDS: Record<string, RatioBound> = { '>=': '≥', '<=': '≤', '≥': '≥', '≤': '≤', '=': '=' };

// "≥ 0.5×", "<= 2x", "≥ 0.3× baseline": a bound, a positive number, the multiplication sign, and at most the word "baseline".
const RATIO_GOAL = /^(>=|<=|≥|≤|=)\s*(\d+(?:\.\d+)?)\s*[×x](?:\s+baseline)?$/;

export function parseRatioGoal(goal: string | null): RatioGoal | null {
  if (goal === null) return null;
  const match = RATIO_GOAL.exec(goal.trim());
  if (!match) return null;
  const ratio = Number(match[2]);
  return ratio > 0 ? { bound: ASCII_BOUNDS[match[1]], ratio } : null;
}

/** "—", "— (reference)" or an empty string: the benchmark reports the figure without a goal. */
export function hasGoal(goal: string | null): goal is string {
  return goal !== null && goal.trim() !== '' && !goal.trim().startsWith('—');
}
