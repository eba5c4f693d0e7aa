// Content terms for matching an answer with cards: lower-case words, stemmed, function words
// dropped, and folded into the synonym groups of collections talk, so "ID questions" meets
// "verify identity". Cheap on purpose: every card in the bank is read this way.
import { alternatives } from './lexicon.js';
import { FUNCTION_WORDS, stem } from './text.js';
import { compiledNow } from '../../text/compiled.js';

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

/** Whether the text holds a word at all (what words(text).length > 0 says, without listing them). */
export function hasWord(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Content terms, in order (numbers written in words become "#"). */
export function termsOf(text: string): string[] {
  return termsOfWords(words(text));
}

// A card's texts (its key points and signals) are read for every answer graded against it.
const cardTextTerms = new Map<string, readonly string[]>();

/** termsOf for the text of a card (a key point, a signal): worked out once per text. */
export function cardTextTermsOf(text: string): readonly string[] {
  let t = cardTextTerms.get(text);
  if (!t) {
    t = termsOf(text);
    if (cardTextTerms.size < 50_000) cardTextTerms.set(text, t);
  }
  return t;
}

/** termsOf over words already split off (words(text)). */
export function termsOfWords(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of list) {
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

/** What the grader asks of a signal's pattern: a RegExp's test and exec (no flags, no lastIndex). */
export interface SignalMatcher {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** A signal a card writes (a red flag's or a wrong claim's), matched as written: any inflection of its last word. */
export interface SignalPattern {
  /** The signal's opening letters, looked for first: most signals are not in most answers. */
  head: string;
  re: SignalMatcher;
  /** One or two words: it counts only when the candidate puts it to someone. */
  short: boolean;
}

const signalPatterns = new Map<string, SignalPattern>();

// A signal's letter boundaries, compiled once for every signal. The pattern a signal stands for is
// /(^|[^\p{L}])SIGNAL(s|es|ed|d|ing)?(?=$|[^\p{L}])/iu, but compiling \p{L} case-blind costs about
// 1.5 ms per pattern (a hundred signals: 150 ms of a grading run) against 0.1 ms for the signal's
// own letters; signalMatcher runs that very pattern as its three parts.
const NOT_LETTER_AT = /[^\p{L}]/iuy;
const ENDING_AT = /(s|es|ed|d|ing)?(?=$|[^\p{L}])/iuy;

const isLead = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isTrail = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Code units of the code point at `i` (a 'u' pattern steps over a surrogate pair whole). */
const codePointLength = (text: string, i: number) => (isLead(text.charCodeAt(i)) && isTrail(text.charCodeAt(i + 1)) ? 2 : 1);

/**
 * Matches as new RegExp(`(^|[^\p{L}])${esc}(s|es|ed|d|ing)?(?=$|[^\p{L}])`, 'iu') does: the same
 * index, match and groups. That pattern tries each start q in turn: the text's start followed by
 * the signal, or one non-letter at q followed by it. So each place p where the signal's own
 * letters match, in order, is tried with the code point before it (or the start) and the ending
 * after it. `esc` holds literal characters and \s+ runs, each followed by a literal that is not
 * white space, so the signal matches at p in one way only and nothing in it can give back.
 */
function signalMatcher(esc: string): SignalMatcher {
  const core = compiledNow(new RegExp(esc, 'giu'));
  const exec = (text: string): RegExpExecArray | null => {
    core.lastIndex = 0;
    for (let m = core.exec(text); m; m = core.exec(text)) {
      const p = m.index;
      const q = p === 0 ? 0 : p >= 2 && isTrail(text.charCodeAt(p - 1)) && isLead(text.charCodeAt(p - 2)) ? p - 2 : p - 1;
      NOT_LETTER_AT.lastIndex = q;
      if (p === 0 || NOT_LETTER_AT.test(text)) {
        ENDING_AT.lastIndex = p + m[0].length;
        const ending = ENDING_AT.exec(text);
        if (ending) {
          const out = [text.slice(q, ENDING_AT.lastIndex), text.slice(q, p), ending[1]] as unknown as RegExpExecArray;
          out.index = q;
          out.input = text;
          out.groups = undefined;
          return out;
        }
      }
      core.lastIndex = p + codePointLength(text, p);
    }
    return null;
  };
  return { exec, test: (text) => exec(text) !== null };
}

/** The pattern signalMatcher stands for, as a RegExp (its test compares the two). */
export function signalRegExp(signal: string): RegExp {
  return new RegExp(`(^|[^\\p{L}])${escapeSignal(signal.trim().toLowerCase())}(s|es|ed|d|ing)?(?=$|[^\\p{L}])`, 'iu');
}

function escapeSignal(trimmed: string): string {
  return trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** A signal as written, any inflection of its last word, compiled once. */
export function signalPattern(signal: string): SignalPattern {
  let p = signalPatterns.get(signal);
  if (!p) {
    const trimmed = signal.trim().toLowerCase();
    let re: SignalMatcher | undefined;
    p = {
      head: trimmed.slice(0, Math.max(3, Math.min(6, trimmed.length - 2))),
      // Built on first use: most signals' heads are in no answer, and a case-blind Unicode
      // pattern costs more to build than the look-up that rules it out.
      get re() {
        return (re ??= signalMatcher(escapeSignal(trimmed)));
      },
      short: trimmed.split(/\s+/).length <= 2,
    };
    if (signalPatterns.size < 10_000) signalPatterns.set(signal, p);
  }
  return p;
}
