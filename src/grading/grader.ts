import type { GraderKind } from '../limits.js';
import type { BankQuestion } from '../bank/model.js';
import type { Skill } from '../bank/schema.js';
import { gradeOffline, warmUpOffline } from './offline/grade.js';
import type { CardText } from './offline/relevance.js';
import type { Grade } from './result.js';
import { ungraded } from './score.js';

/** Anything that scores an answer to a question. */
export interface Grader {
  readonly kind: GraderKind;
  readonly model?: string;
  /** `signal`: once aborted (Ctrl-C, SIGTERM), a grader that waits on something stops waiting. */
  grade(question: BankQuestion, answer: string, signal?: AbortSignal): Promise<Grade>;
  /** Loads what grading needs (the language model, the bank's index) ahead of the first grade. */
  warmUp?(): void;
}

/** The offline grader; `questions` (the whole bank) lets it tell an answer to another question. */
export function offlineGrader(skills: ReadonlyMap<string, Skill>, questions?: readonly CardText[]): Grader {
  return {
    kind: 'offline',
    grade: async (q, answer) => gradeOffline(q, answer, { skills, ...(questions ? { bank: questions } : {}) }),
    warmUp: () => warmUpOffline(questions),
  };
}

export function noneGrader(): Grader {
  return { kind: 'none', grade: async () => ungraded('Not graded (--grader none).') };
}

/** Runs tasks with at most `limit` in flight; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
