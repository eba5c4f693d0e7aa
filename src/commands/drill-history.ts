import { statSync } from 'node:fs';
import type { BankQuestion } from '../bank/model.js';
import type { DrillOptions } from '../cli.js';
import { readHistoryIndexed } from '../history/history-index.js';
import { dataPaths, historyFile } from '../history/paths.js';
import { answerTimes, recencyPenalty, type AnswerTimes } from '../history/recent.js';
import type { CommandContext } from './context.js';
import { historyIndexFile, warnSkipped } from './history-read.js';

/** Below this size (about 400 answers) the whole history is read rather than the index. */
const SMALL_HISTORY = 512 * 1024;

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

export interface SelectionBias {
  penalty?: (q: BankQuestion) => number;
  preference?: (q: BankQuestion) => number;
  first?: string[];
  notes: string[];
}

/**
 * What history says about which questions to pick: without a seed, hold back recent ones; with
 * --review, due ones first; with --focus weak, lean to weak skills. For a long history, recency
 * and review come from the history index (only new lines are read), so it does not slow every
 * drill; --focus needs each answer's scores and reads the whole history.
 */
export async function selectionBias(options: DrillOptions, pool: readonly BankQuestion[], ctx: CommandContext, now: Date): Promise<SelectionBias> {
  const file = historyFile(dataPaths(ctx.env));
  const out: SelectionBias = { notes: [] };
  if (!options.review && !options.focus && sizeOf(file) < SMALL_HISTORY) {
    // A short history is read whole: cheaper than loading the index and the scheduler.
    const { readHistory } = await import('../history/store.js');
    const { records, skipped } = readHistory(file);
    warnSkipped(ctx, file, skipped);
    out.penalty = recencyPenalty(answerTimes(records), now.getTime());
    return out;
  }
  const indexed = await readHistoryIndexed(file, historyIndexFile(ctx.env), { readOnly: !options.history });
  warnSkipped(ctx, file, indexed.skipped);
  const { schedule } = indexed;

  if (options.seed === undefined) {
    const times: AnswerTimes = new Map();
    for (const id of schedule.answered) times.set(id, { last: 0, count: 1 });
    for (const [id, state] of schedule.cards) times.set(id, { last: state.card.last_review?.getTime() ?? 0, count: state.reviews });
    out.penalty = recencyPenalty(times, now.getTime());
  }
  if (options.review) {
    const plan = await import('../history/plan.js');
    const inPool = new Set(pool.map((q) => q.id));
    out.first = plan.dueQuestions(schedule, now).filter((id) => inPool.has(id));
    out.notes.push(
      out.first.length === 0
        ? 'No questions are due for review; drilling new ones.'
        : `${out.first.length} question${out.first.length === 1 ? ' is' : 's are'} due for review.`,
    );
    out.penalty = (q) => (schedule.answered.has(q.id) ? plan.ANSWERED_HOLD_BACK : 0);
  }
  if (options.focus === 'weak') {
    const { readHistory } = await import('../history/store.js');
    const plan = await import('../history/plan.js');
    out.preference = plan.weaknessPreference(readHistory(file).records);
  }
  return out;
}
