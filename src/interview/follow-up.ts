import type { BankQuestion } from '../bank/model.js';
import { scoreCap } from '../grading/caps.js';
import type { Grade } from '../grading/result.js';
import { round1 } from '../grading/score.js';
import type { FollowUp } from '../history/records.js';

// Follow-up questions: which of a card's follow-ups to ask after an answer, the card a follow-up
// answer is graded against, and how its grade lifts the question's score.

/** Below this score an answer that misses a key point gets a follow-up. */
export const FOLLOW_UP_BELOW = 4;
/** A question that needed a follow-up scores at most this, however good the follow-up answer. */
export const FOLLOW_UP_CEILING = 4;

export interface FollowUpChoice {
  question: string;
  reason: string;
  /** The missed key point it asks about; null for a card's general follow-up. */
  target: string | null;
}

/** Two key points are the same point, trailing full stops and case aside. */
export const same = (a: string, b: string) => a.trim().replace(/[.\s]+$/, '').toLowerCase() === b.trim().replace(/[.\s]+$/, '').toLowerCase();

/** Whether an answer calls for a follow-up: scored, below 4, and a key point missed. */
export function needsFollowUp(grade: Pick<Grade, 'score' | 'missing_points'>): boolean {
  return grade.score !== null && grade.score < FOLLOW_UP_BELOW && grade.missing_points.length > 0;
}

/** The points a grade missed, in the card's order (then any the card does not word so: an LLM's). */
export function missedPoints(card: BankQuestion, grade: Pick<Grade, 'missing_points'>): string[] {
  return missedInCardOrder(card, grade.missing_points);
}

/** The missed points in the card's own order (the order its author ranked them in). */
function missedInCardOrder(card: BankQuestion, missing: readonly string[]): string[] {
  const points = (card.key_points ?? []).map((k) => k.point).filter((p) => missing.some((m) => same(m, p)));
  const rest = missing.filter((m) => !points.some((p) => same(p, m)));
  return [...points, ...rest];
}

/**
 * The follow-up to ask after this grade, or none: only below 4 and when a key point is missed;
 * the card's follow-up keyed to the first missed point (in the card's order) that has one, else
 * the card's general follow-up (one without `when_missing`), else none.
 */
export function chooseFollowUp(card: BankQuestion, grade: Pick<Grade, 'score' | 'missing_points'>): FollowUpChoice | undefined {
  if (grade.score === null || grade.score >= FOLLOW_UP_BELOW || grade.missing_points.length === 0) return undefined;
  const followUps = card.follow_ups ?? [];
  const missed = missedInCardOrder(card, grade.missing_points);
  for (const point of missed) {
    const keyed = followUps.find((f) => f.when_missing !== undefined && same(f.when_missing, point));
    if (keyed) return { question: keyed.question, reason: `The answer missed: ${point.replace(/\.$/, '')}.`, target: point };
  }
  const general = followUps.find((f) => f.when_missing === undefined);
  if (general) return { question: general.question, reason: `The answer scored ${grade.score.toFixed(1)} and missed: ${missed[0]!.replace(/\.$/, '')}.`, target: null };
  return undefined;
}

/**
 * The card a follow-up answer is graded against: the follow-up as its question, and as key points
 * the one it asks about (a general follow-up: every point the answer missed). The rest of the card
 * (skills, red flags, wrong claims, its id for relevance) is the original's.
 */
export function followUpCard(card: BankQuestion, choice: FollowUpChoice, missing: readonly string[]): BankQuestion {
  const wanted = choice.target !== null ? [choice.target] : missing;
  const key_points = (card.key_points ?? []).filter((k) => wanted.some((w) => same(w, k.point)));
  return { ...card, text: choice.question, key_points };
}

/**
 * A follow-up answer's score, on the points it was asked about: 5 when it makes all of them, 1
 * when it makes none, in proportion between; held at a cap of its own (a red flag 2, a wrong fact
 * 2.5). A card with no such point: the grade's own score.
 */
export function followUpScore(asked: readonly string[], grade: Pick<Grade, 'score' | 'matched_points' | 'red_flags' | 'conduct' | 'fact_errors'>): number | null {
  if (grade.score === null) return null;
  const made = asked.filter((p) => grade.matched_points.some((m) => same(m, p))).length;
  const raw = asked.length ? 1 + (4 * made) / asked.length : grade.score;
  return round1(Math.min(raw, scoreCap(grade)?.cap ?? 5));
}

/**
 * The question's score after its follow-up: the main score, lifted by half of what the follow-up
 * answer scored above it, never past 4 (a point made only when prompted is not a 5) and never past
 * a cap of either answer (a red flag 2, a wrong fact 2.5). A weaker follow-up answer does not lower
 * it, unless it shows a red flag or a wrong fact, whose cap holds.
 */
export function liftedScore(main: Pick<Grade, 'score' | 'red_flags' | 'conduct' | 'fact_errors'>, follow: { score: number | null } & Pick<Grade, 'red_flags' | 'conduct' | 'fact_errors'>): number | null {
  if (main.score === null) return null;
  const gain = follow.score === null ? 0 : Math.max(0, follow.score - main.score) / 2;
  const lifted = Math.max(main.score, Math.min(main.score + gain, FOLLOW_UP_CEILING));
  return round1(Math.min(lifted, scoreCap(main)?.cap ?? 5, scoreCap(follow)?.cap ?? 5));
}

/** A follow-up that was asked but not answered (batch mode without a `<id>/follow-up` answer). */
export function unanswered(choice: FollowUpChoice, main: Pick<Grade, 'score'>, source: FollowUp['source'] = 'card'): FollowUp {
  return { ...choice, source, answer: null, score: null, main_score: main.score, final_score: main.score, recovered_points: [], red_flags: [], feedback: 'Not answered.' };
}

/** A follow-up with its answer and grade. */
export function answered(choice: FollowUpChoice, main: Grade, answer: string, grade: Grade, asked: readonly string[], source: FollowUp['source'] = 'card'): FollowUp {
  const score = followUpScore(asked, grade);
  const final = liftedScore(main, { ...grade, score });
  const recovered = grade.matched_points.filter((p) => main.missing_points.some((m) => same(m, p)));
  return {
    ...choice,
    source,
    answer,
    score,
    main_score: main.score,
    final_score: final,
    recovered_points: recovered,
    red_flags: grade.red_flags,
    ...(grade.conduct?.length ? { conduct: grade.conduct } : {}),
    ...(grade.fact_errors?.length ? { fact_errors: grade.fact_errors } : {}),
    feedback: grade.feedback,
  };
}
