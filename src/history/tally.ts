import { itemScores, type HistoryItem } from './sessions.js';

// What one session's answers add up to, counted in one place: the session's own summary (the end
// of a drill, `history show`: session/summary.ts) and its share of `stats` (stats.ts) both start
// from this tally, so that a session's average is the same number wherever it is shown.

export interface AnswerTally {
  /** Answers counted, skipped ones included. */
  count: number;
  /** Of them, not skipped: every try counts ("try again" makes a second answer to one question). */
  answered: number;
  /** Distinct questions among them, and among those answered: five questions, one tried twice, are 5 and 6 answers. */
  asked: number;
  questions: number;
  /** Sum and count of the scores given (an answer graded with --grader none has none). */
  sum: number;
  n: number;
  /** What the answers said about each skill (see skillScores): sum and count, by skill id, as first met. */
  skills: Map<string, { sum: number; n: number }>;
}

/** Tallies answers; an item may carry its skill scores already (a rebuilt history item caches them). */
export function tallyAnswers(items: Iterable<Pick<HistoryItem, 'entry' | 'scores'>>): AnswerTally {
  const tally: AnswerTally = { count: 0, answered: 0, asked: 0, questions: 0, sum: 0, n: 0, skills: new Map() };
  const asked = new Set<string>();
  const answered = new Set<string>();
  for (const item of items) {
    tally.count++;
    const e = item.entry;
    asked.add(e.id);
    tally.asked = asked.size;
    if (e.skipped) continue;
    tally.answered++;
    answered.add(e.id);
    tally.questions = answered.size;
    if (e.score === null) continue;
    tally.sum += e.score;
    tally.n++;
    for (const [skill, score] of itemScores(item)) {
      const a = tally.skills.get(skill);
      if (a) {
        a.sum += score;
        a.n++;
      } else tally.skills.set(skill, { sum: score, n: 1 });
    }
  }
  return tally;
}
