// A sentence's lemmas as one string, built once per sentence, and the positions that map a match back to its token.
import type { Sentence } from '../../language/read.js';

interface Lemmas {
  text: string;
  starts: number[];
}

const QUOTE_MARK = /^['‘’"“”`]+$/;

// Every detector reads a sentence's lemmas, several of them twice (a sentence and the one before): built once.
const lemmaCache = new WeakMap<Sentence, Lemmas>();

export function lemmasOf(s: Sentence): Lemmas {
  const known = lemmaCache.get(s);
  if (known) return known;
  const starts: number[] = [];
  let text = ' ';
  for (const t of s.tokens) {
    starts.push(text.length);
    // Quotation marks stand between the words a detector reads ("call customers 'irresponsible'"):
    // left out, a match inside them maps to the word after the mark.
    if (!QUOTE_MARK.test(t.w)) text += `${t.l} `;
  }
  const l = { text, starts };
  lemmaCache.set(s, l);
  return l;
}

/** The sentence's lemmas before token k, for a detector that asks what came first. */
export function lemmasBefore(s: Sentence, k: number): string {
  return s.tokens.slice(0, k).map((t) => t.l).join(' ');
}

/** The sentence's lemmas from token k on, for a detector that asks what follows. */
export function lemmasAfter(s: Sentence, k: number): string {
  return s.tokens.slice(k).map((t) => t.l).join(' ');
}

export function tokenAt(l: Lemmas, charIndex: number): number {
  let lo = 0;
  let hi = l.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (l.starts[mid]! <= charIndex) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export const any = (n: number) => `(?:\\S+ ){0,${n}}`;
