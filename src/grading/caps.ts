import type { Grader } from './grader.js';
import type { Grade } from './result.js';

// The limits that conduct and facts put on a score, the same for every grader: a model that lists
// a red flag and still gives 4/5 (or a flag that only the conduct rules saw) must not keep the 4.

/** A red flag or a broken conduct rule keeps a grade at 2 or below. */
export const RED_FLAG_CAP = 2;
/** A stated factual error (a wrong rule or formula) keeps a grade at 2.5 or below. */
export const FACT_ERROR_CAP = 2.5;

/** The highest score a grade may have, and why; undefined when nothing limits it. */
export function scoreCap(grade: Pick<Grade, 'red_flags' | 'conduct' | 'fact_errors'>): { cap: number; why: string } | undefined {
  if (grade.red_flags.length > 0 || (grade.conduct?.length ?? 0) > 0) return { cap: RED_FLAG_CAP, why: 'a red flag' };
  if ((grade.fact_errors?.length ?? 0) > 0) return { cap: FACT_ERROR_CAP, why: 'a factual error' };
  return undefined;
}

/**
 * The grade with its caps applied: the overall score at most the cap, and each criterion at most
 * the cap rounded up (criteria are rubric levels, as the offline grader keeps them). When the cap
 * lowered the score, the feedback says so. Applying it twice changes nothing.
 */
export function capGrade(grade: Grade): Grade {
  const limit = scoreCap(grade);
  if (!limit || grade.score === null) return grade;
  const { cap, why } = limit;
  const level = Math.ceil(cap);
  const criteria = grade.criteria.map((c) => (c.score !== null && c.score > level ? { ...c, score: level } : c));
  if (grade.score <= cap && criteria.every((c, i) => c === grade.criteria[i])) return grade;
  const lowered = grade.score > cap;
  return {
    ...grade,
    score: Math.min(grade.score, cap),
    criteria,
    feedback: lowered ? `${grade.feedback}${grade.feedback ? ' ' : ''}The score was ${grade.score.toFixed(1)} and is held at ${cap} because the answer shows ${why}.` : grade.feedback,
  };
}

/** A grader whose every grade has its caps applied: how a session's grader is made (session/graders.ts). */
export function cappedGrader(grader: Grader): Grader {
  return { ...grader, grade: async (question, answer, signal) => capGrade(await grader.grade(question, answer, signal)) };
}
