import { filterQuestions } from '../bank/filter.js';
import type { Bank, BankQuestion } from '../bank/model.js';
import { ladderOf } from '../bank/roles.js';
import { bankIndex, nearDuplicates } from '../grading/offline/relevance.js';
import { shuffle } from '../selection/select.js';

// An interviewer's order for one level of one role: an opening and a closing from motivational
// cards (a `stage` field marks them; otherwise any motivational card serves), then behavioural,
// situational and technical questions spread over the level's skills, no two near-duplicates,
// the level's own first and one from the level above as a stretch.

/** Where a question sits in the interview. */
export type InterviewStage = 'opening' | 'main' | 'stretch' | 'closing';

export interface InterviewOrderInput {
  role: string;
  level: string;
  count: number;
  random: () => number;
  jurisdiction?: string;
  /** How much to hold a question back (answered recently); only without a seed. */
  penalty?: (q: BankQuestion) => number;
  /** How much to prefer a question (a job posting's skills). */
  preference?: (q: BankQuestion) => number;
}

export interface InterviewOrder {
  questions: BankQuestion[];
  stages: InterviewStage[];
  /** The level above, when a stretch question came from it. */
  stretchLevel?: string;
  /** Remarks for the user: fewer questions than asked, a closing borrowed from another level. */
  notes: string[];
}

/** The fewest questions an interview has: an opening, one question, a closing. */
export const MIN_INTERVIEW = 3;

const TYPE_ORDER = ['behavioral', 'situational', 'technical'] as const;

/** Spread picks: each is the candidate whose skills and type are least used so far, near-duplicates left out. */
function spread(candidates: readonly BankQuestion[], count: number, taken: BankQuestion[], dupes: (id: string) => ReadonlySet<string>, weight: (q: BankQuestion) => number): BankQuestion[] {
  const out: BankQuestion[] = [];
  const skillUse = new Map<string, number>();
  const typeUse = new Map<string, number>();
  const note = (q: BankQuestion) => {
    for (const s of q.skills) skillUse.set(s, (skillUse.get(s) ?? 0) + 1);
    typeUse.set(q.type, (typeUse.get(q.type) ?? 0) + 1);
  };
  taken.forEach(note);
  const excluded = new Set<string>(taken.flatMap((q) => [q.id, ...dupes(q.id)]));
  while (out.length < count) {
    let best: BankQuestion | undefined;
    let bestScore = Infinity;
    for (const q of candidates) {
      if (excluded.has(q.id)) continue;
      const skillCrowding = q.skills.reduce((sum, s) => sum + (skillUse.get(s) ?? 0), 0) / q.skills.length;
      const score = skillCrowding + (typeUse.get(q.type) ?? 0) + weight(q);
      if (score < bestScore) {
        bestScore = score;
        best = q;
      }
    }
    if (!best) break;
    out.push(best);
    note(best);
    excluded.add(best.id);
    for (const d of dupes(best.id)) excluded.add(d);
  }
  return out;
}

/**
 * The interview's questions in order. Openings: a motivational card marked `stage: opening`, else
 * any motivational card of the level; closings: one marked `closing`, else another motivational
 * card of the level, else the nearest level's on the same ladder (below first).
 */
export function interviewOrder(bank: Bank, input: InterviewOrderInput): InterviewOrder {
  const { role, level, random } = input;
  const filters = (seniority: string) => ({ role, seniority: [seniority], ...(input.jurisdiction !== undefined ? { jurisdiction: input.jurisdiction } : {}) });
  const own = shuffle(filterQuestions(bank, filters(level)), random);
  const ladder = ladderOf(bank.ladders, role);
  const rung = ladder.indexOf(level);
  const above = rung >= 0 ? ladder[rung + 1] : undefined;
  const weight = (q: BankQuestion) => (input.penalty?.(q) ?? 0) - (input.preference?.(q) ?? 0);
  const byWeight = (list: BankQuestion[]) => [...list].sort((a, b) => weight(a) - weight(b));
  const notes: string[] = [];

  const motivational = own.filter((q) => q.type === 'motivational');
  const opening = byWeight(motivational.filter((q) => q.stage === 'opening'))[0] ?? byWeight(motivational.filter((q) => q.stage !== 'closing'))[0];
  let closing = byWeight(motivational.filter((q) => q.stage === 'closing' && q !== opening))[0] ?? byWeight(motivational.filter((q) => q !== opening && q.stage !== 'opening'))[0];
  if (!closing && rung >= 0) {
    // The nearest levels of the same ladder, below first: a closing is about the candidate, not the level.
    const near = ladder.map((l, i) => ({ l, d: Math.abs(i - rung) + (i > rung ? 0.5 : 0) })).filter((x) => x.l !== level).sort((a, b) => a.d - b.d);
    for (const { l } of near) {
      const from = shuffle(filterQuestions(bank, filters(l)), random).filter((q) => q.type === 'motivational' && q !== opening && q.stage !== 'opening');
      closing = from.find((q) => q.stage === 'closing') ?? from[0];
      if (closing) break;
    }
  }
  if (!opening) notes.push(`The bank has no motivational question for ${role} ${level}: the interview starts without an opening.`);
  if (!closing) notes.push(`The bank has no motivational question to close a ${role} ${level} interview with: it ends without a closing.`);

  const index = bankIndex(bank.questions);
  const dupes = (id: string) => nearDuplicates(index, id);
  const framing = [opening, closing].filter((q): q is BankQuestion => q !== undefined);
  const middle = Math.max(1, input.count - framing.length);
  const stretchPool = above ? shuffle(filterQuestions(bank, filters(above)), random).filter((q) => q.type !== 'motivational' && !(q.seniority as readonly string[]).includes(level)) : [];
  const wantStretch = middle >= 3 && stretchPool.length > 0 ? 1 : 0;
  const mainPool = own.filter((q) => q.type !== 'motivational');
  const main = spread(mainPool, middle - wantStretch, framing, dupes, weight);
  const stretch = wantStretch ? spread(stretchPool, 1, [...framing, ...main], dupes, weight) : [];
  // Fewer of the level's own than asked: a second stretch question before an interview falls short.
  const extra = main.length + stretch.length < middle && stretchPool.length ? spread(stretchPool, middle - main.length - stretch.length, [...framing, ...main, ...stretch], dupes, weight) : [];
  const ordered = [...main].sort((a, b) => TYPE_ORDER.indexOf(a.type as (typeof TYPE_ORDER)[number]) - TYPE_ORDER.indexOf(b.type as (typeof TYPE_ORDER)[number]));
  const questions = [...(opening ? [opening] : []), ...ordered, ...stretch, ...extra, ...(closing ? [closing] : [])];
  const stages: InterviewStage[] = [...(opening ? ['opening' as const] : []), ...ordered.map(() => 'main' as const), ...[...stretch, ...extra].map(() => 'stretch' as const), ...(closing ? ['closing' as const] : [])];
  if (questions.length < input.count) notes.push(`Only ${questions.length} questions fit an interview for ${role} ${level}${input.jurisdiction ? ` (${input.jurisdiction})` : ''}; asking all of them.`);
  return { questions, stages, ...(stretch.length || extra.length ? { stretchLevel: above } : {}), notes };
}
