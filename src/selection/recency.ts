import type { BankQuestion } from '../bank/model.js';
import type { HistoryRecord } from '../history/records.js';

const DAY = 24 * 60 * 60 * 1000;

/** When each question was last answered (ms; 0 when unknown), and how often. */
export type AnswerTimes = Map<string, { last: number; count: number }>;

/** When each question was last answered, and how often. */
export function answerTimes(records: readonly HistoryRecord[]): AnswerTimes {
  const out: AnswerTimes = new Map();
  for (const r of records) {
    if (r.kind !== 'answer' || r.skipped) continue;
    const at = Date.parse(r.at);
    if (Number.isNaN(at)) continue;
    const seen = out.get(r.question);
    if (!seen) out.set(r.question, { last: at, count: 1 });
    else out.set(r.question, { last: Math.max(seen.last, at), count: seen.count + 1 });
  }
  return out;
}

/**
 * How strongly to hold a question back: a question answered today weighs more than the crowding
 * of a whole skill, and the weight fades over two weeks.
 */
export function recencyPenalty(times: AnswerTimes, now: number) {
  return (q: BankQuestion): number => {
    const seen = times.get(q.id);
    if (!seen) return 0;
    const ageDays = Math.max(0, (now - seen.last) / DAY);
    return 4 * Math.max(0, 1 - ageDays / 14) + Math.min(seen.count, 5) * 0.2;
  };
}
