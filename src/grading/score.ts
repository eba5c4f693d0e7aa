import type { Grade } from './result.js';

// Score helpers with no zod behind them, so the offline path does not load the validator.

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export function clampScore(n: number): number {
  return Math.min(5, Math.max(1, n));
}

/** The grade when nobody scores (`--grader none`) or the answer was skipped. */
export function ungraded(feedback: string): Grade {
  return { grader: 'none', score: null, criteria: [], matched_points: [], missing_points: [], red_flags: [], feedback, suggestions: [] };
}
