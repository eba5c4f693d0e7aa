import type { BankQuestion } from '../bank/model.js';

/** A small, fast, seedable generator (mulberry32): the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface SelectOptions {
  count: number;
  random: () => number;
  /**
   * How much to hold a question back (e.g. answered recently: higher is later). Only used without
   * a seed, so that a seed alone fixes the selection.
   */
  penalty?: (q: BankQuestion) => number;
  /** How much to prefer a question (e.g. it tests a weak skill). */
  preference?: (q: BankQuestion) => number;
  /** Ids that come first, in this order (due reviews), before the spread-out fill. */
  first?: readonly string[];
}

export interface Selection {
  questions: BankQuestion[];
  /** How many were asked for but not available. */
  shortBy: number;
}


/**
 * Picks `count` questions spread across skills and levels: each pick is the candidate whose skills
 * and level are least used so far, ties broken by a shuffle from the seed.
 */
export function selectQuestions(pool: readonly BankQuestion[], options: SelectOptions): Selection {
  const { count, random, penalty, preference, first = [] } = options;
  const byId = new Map(pool.map((q) => [q.id, q]));
  const chosen: BankQuestion[] = [];
  const taken = new Set<string>();
  for (const id of first) {
    const q = byId.get(id);
    if (q && !taken.has(id) && chosen.length < count) {
      chosen.push(q);
      taken.add(id);
    }
  }
  const candidates = shuffle(pool, random).filter((q) => !taken.has(q.id));
  const skillUse = new Map<string, number>();
  // Keyed by a card's lowest level: spreading needs no order, so no ladder is involved.
  const levelUse = new Map<string, number>();
  const note = (q: BankQuestion) => {
    for (const s of q.skills) skillUse.set(s, (skillUse.get(s) ?? 0) + 1);
    const level = q.seniority[0] ?? '';
    levelUse.set(level, (levelUse.get(level) ?? 0) + 1);
  };
  chosen.forEach(note);
  const fixed = candidates.map((q) => (penalty?.(q) ?? 0) - (preference?.(q) ?? 0));
  const used = new Array<boolean>(candidates.length).fill(false);
  while (chosen.length < count && chosen.length < pool.length) {
    let best = -1;
    let bestScore = Infinity;
    candidates.forEach((q, i) => {
      if (used[i]) return;
      const skillCrowding = q.skills.reduce((sum, s) => sum + (skillUse.get(s) ?? 0), 0) / q.skills.length;
      const levelCrowding = levelUse.get(q.seniority[0] ?? '') ?? 0;
      const score = skillCrowding + 0.5 * levelCrowding + fixed[i]!;
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    });
    if (best < 0) break;
    used[best] = true;
    chosen.push(candidates[best]!);
    note(candidates[best]!);
  }
  return { questions: chosen, shortBy: Math.max(0, count - chosen.length) };
}
