// Content terms for matching an answer with cards: lower-case words, stemmed, function words
// dropped, and folded into the synonym groups of collections talk, so "ID questions" meets
// "verify identity". Cheap on purpose: every card in the bank is read this way.
import { alternatives } from './lexicon.js';
import { FUNCTION_WORDS, stem } from './text.js';

/** A word as the grader counts it ("won't" and "pro-forma" are one word each). */
export const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const NUMBER_WORD = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand)$/;

const canonicalCache = new Map<string, string>();

/** The term that stands for a stem's synonym group (the first of them, alphabetically). */
export function canonical(s: string): string {
  let c = canonicalCache.get(s);
  if (c === undefined) {
    const alts = alternatives(s);
    c = [s, ...alts].sort()[0]!;
    canonicalCache.set(s, c);
  }
  return c;
}

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

// A word's term, once per word: stemming and synonym folding are most of the grader's time otherwise.
const termCache = new Map<string, string | null>();

export function termOf(w: string): string | null {
  let t = termCache.get(w);
  if (t !== undefined) return t;
  const word = w.replace(/['’]s$/, '');
  if (FUNCTION_WORDS.has(word)) t = null;
  else if (/^\d/.test(word) || NUMBER_WORD.test(word)) t = '#';
  else t = canonical(stem(word));
  if (termCache.size < 200_000) termCache.set(w, t);
  return t;
}

/** Content terms, in order (numbers written in words become "#"). */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const t = termOf(w);
    if (t !== null) out.push(t);
  }
  return out;
}

export function frequencies(list: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const s of list) tf.set(s, (tf.get(s) ?? 0) + 1);
  return tf;
}

/** A signal a card writes (a red flag's or a wrong claim's), matched as written: any inflection of its last word. */
export interface SignalPattern {
  /** The signal's opening letters, looked for first: most signals are not in most answers. */
  head: string;
  re: RegExp;
  /** One or two words: it counts only when the candidate puts it to someone. */
  short: boolean;
}

const signalPatterns = new Map<string, SignalPattern>();

/** A signal as written, any inflection of its last word, compiled once. */
export function signalPattern(signal: string): SignalPattern {
  let p = signalPatterns.get(signal);
  if (!p) {
    const trimmed = signal.trim().toLowerCase();
    let re: RegExp | undefined;
    p = {
      head: trimmed.slice(0, Math.max(3, Math.min(6, trimmed.length - 2))),
      // Built on first use: most signals' heads are in no answer, and a case-blind Unicode
      // pattern costs more to build than the look-up that rules it out.
      get re() {
        if (!re) {
          const esc = trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
          re = new RegExp(`(^|[^\\p{L}])${esc}(s|es|ed|d|ing)?(?=$|[^\\p{L}])`, 'iu');
        }
        return re;
      },
      short: trimmed.split(/\s+/).length <= 2,
    };
    if (signalPatterns.size < 10_000) signalPatterns.set(signal, p);
  }
  return p;
}
