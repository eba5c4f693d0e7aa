import { statSync } from 'node:fs';
import type { BankQuestion } from '../bank/model.js';
import { readHistoryIndexed } from '../history/history-index.js';
import { skippedWarning } from '../history/skipped.js';
import { answerTimes, recencyPenalty, type AnswerTimes } from './recency.js';
import { noun, plural } from '../text/plural.js';

/** Below this size (about 400 answers) the whole history is read rather than the index. */
const SMALL_HISTORY = 512 * 1024;

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

export interface BiasInput {
  /** The history file and its index. */
  historyFile: string;
  indexFile: string;
  /** Whether the index may be written (not with --no-history). */
  readOnly: boolean;
  seed?: number;
  review: boolean;
  /** With review: also the questions failed today (FSRS would wait a day). */
  includeToday?: boolean;
  /** With review: each due question's latest graded answer, to show before asking it (interactive). */
  recall?: boolean;
  focus?: 'weak';
  /** The interview date (`plan`): weak questions come back for review before it (see capSchedule). */
  reviewBefore?: Date;
  now: Date;
  /** Warnings (damaged history lines) as one line each. */
  onNote?: (line: string) => void;
}

export interface SelectionBias {
  penalty?: (q: BankQuestion) => number;
  preference?: (q: BankQuestion) => number;
  first?: string[];
  /** With review and recall: the latest graded answer of each question asked first. */
  previous?: Map<string, import('./review.js').PreviousAnswer>;
  notes: string[];
}

/**
 * What history says about which questions to pick: without a seed, hold back recent ones; with
 * --review, due ones first; with --focus weak, lean to weak skills. For a long history, recency
 * and review come from the history index (only new lines are read), so it does not slow every
 * drill; --focus needs each answer's scores and reads the whole history.
 */
export async function selectionBias(input: BiasInput, pool: readonly BankQuestion[]): Promise<SelectionBias> {
  const { historyFile: file, now } = input;
  const warn = (skipped: readonly number[]) => {
    const warning = skippedWarning(file, skipped);
    if (warning) input.onNote?.(warning);
  };
  const out: SelectionBias = { notes: [] };
  if (!input.review && !input.focus && sizeOf(file) < SMALL_HISTORY) {
    // A short history is read whole: cheaper than loading the index and the scheduler.
    const { readHistory } = await import('../history/store.js');
    const { records, skipped } = readHistory(file);
    warn(skipped);
    out.penalty = recencyPenalty(answerTimes(records), now.getTime());
    return out;
  }
  const indexed = await readHistoryIndexed(file, input.indexFile, { readOnly: input.readOnly });
  warn(indexed.skipped);
  const { schedule } = indexed;

  if (input.seed === undefined) {
    const times: AnswerTimes = new Map();
    for (const id of schedule.answered) times.set(id, { last: 0, count: 1 });
    for (const [id, state] of schedule.cards) times.set(id, { last: state.card.last_review?.getTime() ?? 0, count: state.reviews });
    out.penalty = recencyPenalty(times, now.getTime());
  }
  if (input.review) {
    const { reviewPlan, answeredPenalty, failedToday, lastAnswers, capSchedule } = await import('./review.js');
    const due = reviewPlan(capSchedule(schedule, input.reviewBefore, now), now, pool).dueIds;
    let today: string[] = [];
    if (input.includeToday || input.recall) {
      // The index keeps no scores or answer texts: these need the history itself.
      const { readHistory } = await import('../history/store.js');
      const last = lastAnswers(readHistory(file).records);
      if (input.includeToday) today = failedToday(last, now, pool).filter((id) => !due.includes(id));
      if (input.recall) out.previous = new Map([...due, ...today].flatMap((id) => (last.has(id) ? [[id, last.get(id)!] as const] : [])));
    }
    out.first = [...due, ...today];
    const dueLine = due.length === 0 ? 'No questions are due for review' : `${plural(due.length, 'question')} ${noun(due.length, 'is', 'are')} due for review`;
    const todayLine = input.includeToday ? `; ${today.length === 0 ? 'none' : today.length} failed today${today.length ? ' and will be asked again' : ''}` : '';
    out.notes.push(out.first.length === 0 ? `${dueLine}${todayLine}; drilling new ones.` : `${dueLine}${todayLine}.`);
    out.penalty = answeredPenalty(schedule);
  }
  if (input.focus === 'weak') {
    const { readHistory } = await import('../history/store.js');
    const { weaknessPreference } = await import('./focus.js');
    out.preference = weaknessPreference(readHistory(file).records);
  }
  return out;
}
