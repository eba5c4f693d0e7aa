import type { BankQuestion } from '../bank/model.js';
import { mapLimit, type Grader } from '../grading/grader.js';
import { ungraded } from '../grading/score.js';
import { resultEntry, type ResultEntry } from '../grading/entry.js';
import type { SessionRecorder } from './recorder.js';

export interface BatchProgress {
  done: number;
  total: number;
  id: string;
}

/**
 * Grades a whole set of answers: all answers are recorded first (nothing typed is lost if grading
 * fails), then graded up to `concurrency` at a time; results come back in question order.
 */
export async function runBatch(options: {
  items: { question: BankQuestion; answer: string }[];
  grader: Grader;
  recorder: SessionRecorder;
  concurrency: number;
  onProgress?: (p: BatchProgress) => void;
  /** Once aborted (Ctrl-C), no new grade starts; the answers not graded are reported as such. */
  signal?: AbortSignal;
  /** Once aborted (SIGTERM), grades under way stop waiting (an LLM grade falls back to offline at once). */
  cancel?: AbortSignal;
}): Promise<ResultEntry[]> {
  const { items, grader, recorder, concurrency, onProgress, signal, cancel } = options;
  for (const { question, answer } of items) recorder.answer(question, answer);
  let done = 0;
  return mapLimit(items, Math.max(1, concurrency), async ({ question, answer }) => {
    if (signal?.aborted || cancel?.aborted) return resultEntry(question, answer, ungraded('Not graded: the session was interrupted (the answer is saved).'));
    const grade = await grader.grade(question, answer, cancel);
    recorder.grade(question, grade);
    done++;
    onProgress?.({ done, total: items.length, id: question.id });
    return resultEntry(question, answer, grade);
  });
}
