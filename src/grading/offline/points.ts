// Key points: did the answer make this point? Through one of its signals (as a phrase, its words
// within a short window, in any inflection or synonym), or through the point's own words weighted
// by how rare they are in the bank. Credit is graded, 0 to 1.
import type { BankIndex } from './relevance.js';
import { termsOf } from './terms.js';

export interface PointCredit {
  point: string;
  credit: number;
  /** The answer's own words that showed it. */
  evidence?: string;
}

function phraseAt(answer: readonly string[], phrase: readonly string[], window: number): number {
  if (phrase.length === 0) return -1;
  for (let i = 0; i < answer.length; i++) {
    if (answer[i] !== phrase[0]) continue;
    let j = i;
    let ok = true;
    for (let p = 1; p < phrase.length; p++) {
      let found = -1;
      for (let q = j + 1; q <= Math.min(answer.length - 1, j + window); q++) if (answer[q] === phrase[p]) { found = q; break; }
      if (found < 0) { ok = false; break; }
      j = found;
    }
    if (ok) return i;
  }
  return -1;
}

export function creditPoints(
  points: readonly { point: string; signals?: readonly string[] | undefined }[],
  answerTerms: readonly string[],
  answerWords: readonly string[],
  index: BankIndex,
): PointCredit[] {
  const present = new Set(answerTerms);
  return points.map((kp) => {
    let best = 0;
    let evidence: string | undefined;
    for (const signal of kp.signals ?? []) {
      const phrase = termsOf(signal);
      if (phrase.length === 0) continue;
      const at = phraseAt(answerTerms, phrase, 4);
      if (at >= 0) {
        best = 1;
        evidence = signal;
        break;
      }
      // Most of a long signal's words nearby still counts for something.
      if (phrase.length >= 2) {
        const share = phrase.filter((t) => present.has(t)).length / phrase.length;
        if (share >= 0.67) best = Math.max(best, 0.5);
      }
    }
    if (best < 1) {
      const own = [...new Set(termsOf(kp.point))].filter((t) => t !== '#');
      const weight = own.reduce((s, t) => s + index.idf(t), 0);
      const found = own.filter((t) => present.has(t));
      const got = found.reduce((s, t) => s + index.idf(t), 0);
      const ratio = weight > 0 ? got / weight : 0;
      const credit = Math.min(1, ratio / 0.6);
      if (credit > best) {
        best = credit;
        evidence = found.length ? answerWordsFor(found, answerWords) : undefined;
      }
    }
    return { point: kp.point, credit: Math.round(best * 100) / 100, ...(evidence ? { evidence } : {}) };
  });
}

/** The answer's own spelling of matched terms (never a stem). */
function answerWordsFor(found: readonly string[], answerWords: readonly string[]): string {
  const wanted = new Set(found);
  const out: string[] = [];
  for (const w of answerWords) {
    const t = termsOf(w)[0];
    if (t && wanted.has(t) && !out.includes(w)) out.push(w);
    if (out.length >= 4) break;
  }
  return out.join(', ');
}
