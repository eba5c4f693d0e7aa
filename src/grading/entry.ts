import type { BankQuestion } from '../bank/model.js';
import type { Grade } from './result.js';

/** One question of a session with its answer and grade: a result in reports and history. */
export interface ResultEntry extends Grade {
  id: string;
  question: string;
  answer: string;
  skipped?: boolean;
  seniority: string[];
  type: string;
  skills: string[];
  time_ms?: number;
  /** 2 and up: another try at the same question in the session ("Try this question again"). */
  attempt?: number;
}

export function resultEntry(q: BankQuestion, answer: string, grade: Grade, extra: Partial<ResultEntry> = {}): ResultEntry {
  return {
    id: q.id,
    question: q.text,
    answer,
    seniority: q.seniority,
    type: q.type,
    skills: q.skills,
    ...grade,
    ...extra,
  };
}

/** An answer held down by a red flag, a conduct rule or a wrong fact: a session's worrying answers, and the ones its weakest skills are not read from (a flag caps every skill of its card). */
export function heldDown(r: ResultEntry): boolean {
  return !r.skipped && (r.red_flags.length > 0 || (r.fact_errors?.length ?? 0) > 0 || (r.conduct?.length ?? 0) > 0);
}
