// Key points: did the answer make this point? Through one of its signals (as a phrase, its words
// within a short window, in any inflection or synonym), or through the point's own words weighted
// by how rare they are in the bank. Credit is graded, 0 to 1. Words the answer denies ("I would
// not waste time preparing") credit nothing.
import { mayBeDenied, negatedBetween, ruleTalk } from '../../conduct/frame.js';
import { digitsIn, numberAt, statedNumbers } from '../../language/numbers.js';
import { clauseOf, readText, type Reading, type Sentence } from '../../language/read.js';
import type { BankIndex } from './relevance.js';
import { STEP_OF_SUM } from './results.js';
import { cardTextTermsOf, termOf, termsOf, WORD } from './terms.js';

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

// "stop", "avoid", "refuse", "cease" and "against" deny a harm for the conduct rules, but in an
// answer they are usually the act a point asks for ("stop collection and check the dispute date").
const ACTS_NOT_DENIALS = ['stop', 'avoid', 'refuse', 'cease', 'against'] as const;

const LIMIT_WORDS = new Set(['policy', 'limit', 'allow', 'permit', 'exceed', 'beyond', 'rule', 'law']);

const limitClauses = new WeakMap<Sentence, Map<number, boolean>>();

/**
 * A denied clause that states a rule or a limit ("you can't call before 8", "we haven't gone over
 * seven attempts", "I don't want to breach Regulation F") makes the point a rule-keeping key point
 * asks for; one that refuses the act ("I would not waste time preparing") makes none.
 */
function statesLimit(s: Sentence, from: number, to: number): boolean {
  let byClause = limitClauses.get(s);
  if (!byClause) limitClauses.set(s, (byClause = new Map()));
  let v = byClause.get(from);
  if (v === undefined) {
    v = ruleTalk(s, from, to) || s.tokens.slice(from, to).some((t, i, c) => LIMIT_WORDS.has(t.l) || (t.l === 'more' && c[i + 1]?.w === 'than'));
    for (let j = from; !v && j < to; j++) v = numberAt(s.tokens, j) !== undefined && s.tokens[j]!.w !== 'many' && s.tokens[j]!.w !== 'several';
    byClause.set(from, v);
  }
  return v;
}

// "I wouldn't discuss anything until we've checked", "... before confirming who I'm speaking to":
// what follows is done, so the denial ends there.
const DONE_FIRST = new Set(['until', 'till', 'before']);

function deniedAt(s: Sentence, k: number): boolean {
  if (!mayBeDenied(s, k)) return false;
  const clause = clauseOf(s, k);
  let from = clause.from;
  for (let j = k - 1; j > from; j--) {
    if (DONE_FIRST.has(s.tokens[j]!.w)) {
      from = j + 1;
      break;
    }
  }
  return negatedBetween(s, from, k, { keep: ACTS_NOT_DENIALS }) && !statesLimit(s, clause.from, clause.to);
}

/**
 * The answer's content terms and words, in order, without those inside a negation's scope (the
 * conduct frame's reading of it over wink's sentences): what a key point may be credited for.
 */
export function affirmedTerms(reading: Reading): { terms: string[]; words: string[] } {
  const terms: string[] = [];
  const out: string[] = [];
  const sentences = reading.sentences;
  // The token a word starts in, walked forward with the words: sentence si, token k.
  let si = 0;
  let k = 0;
  // The same words, in the same order, as termsOf(answer): each is placed in the token it starts in.
  for (const m of reading.text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    const term = termOf(word);
    if (term === null) continue;
    while (si < sentences.length && (k >= sentences[si]!.tokens.length || sentences[si]!.tokens[k]!.end <= m.index)) {
      if (k >= sentences[si]!.tokens.length) {
        si++;
        k = 0;
      } else k++;
    }
    const s = sentences[si];
    if (s && s.tokens[k]!.start <= m.index && deniedAt(s, k)) continue;
    terms.push(term);
    out.push(word);
  }
  return { terms, words: out };
}

const deniedSignals = new Map<string, boolean>();

/** A signal or point that is itself a denial ("not ask him to pay", "no more calls") is matched on every word. */
function saysNo(text: string): boolean {
  let v = deniedSignals.get(text);
  if (v === undefined) {
    // Every negator counts here: "Stops workplace calls" is a point made by not calling. A point has
    // no subject ("Stops ...", read as a name): "It" gives it one.
    const r = readText(/^[A-Z][a-z]/.test(text) ? `It ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text);
    v = r.sentences.some((s) => s.tokens.some((_, k) => negatedBetween(s, clauseOf(s, k).from, k)));
    if (deniedSignals.size < 10_000) deniedSignals.set(text, v);
  }
  return v;
}

export function creditPoints(
  points: readonly { point: string; signals?: readonly string[] | undefined }[],
  answerTerms: readonly string[],
  answerWords: readonly string[],
  index: BankIndex,
  affirmed: { terms: readonly string[]; words: readonly string[] } = { terms: answerTerms, words: answerWords },
): PointCredit[] {
  const presentAll = new Set(answerTerms);
  const presentAffirmed = new Set(affirmed.terms);
  // Every number is the one term "#": "3.6 divided by 6 times 90, so 40 days" matched the signal "54" and showed
  // "✓ Reaches 54 days" (a new user). A signal's numbers must be the answer's own numbers.
  let answerNumbers: Set<string> | undefined;
  const numbersOk = (signal: string): boolean => {
    const wanted = digitsIn(signal);
    if (!wanted.length) return true;
    answerNumbers ??= statedNumbers(answerWords);
    // "160" on a card of thousands is "a hundred and sixty thousand" or "£160,000" in an answer.
    return wanted.every((n) => answerNumbers!.has(n) || answerNumbers!.has(String(Number(n) * 1000)) || answerNumbers!.has(String(Number(n) * 1e6)));
  };
  // Whether a signal or a point is itself a denial is a reading of its own text by the language
  // model: it is asked only where the answer's two sets of terms (all, or affirmed only) disagree,
  // the one place it changes a match.
  const pick = <T>(all: T, affirmedOnly: T, denial: () => boolean): T => (all === affirmedOnly || denial() ? all : affirmedOnly);
  return points.map((kp) => {
    let best = 0;
    let evidence: string | undefined;
    // A point made by not doing something ("Stops workplace calls") is shown by a denial too.
    let pointDenialKnown: boolean | undefined;
    const pointDenial = () => (pointDenialKnown ??= saysNo(kp.point));
    // A point about getting a figure right ("Calculates the result correctly", "Reaches 54 days") is met only with
    // the figure its signals give: never "✓ ... correctly" for a figure that is not the card's.
    const figures = (kp.signals ?? []).filter((sig) => digitsIn(sig).length > 0 && !STEP_OF_SUM.test(sig));
    if (figures.length && RESULT_POINT.test(kp.point) && !figures.some(numbersOk)) return { point: kp.point, credit: 0 };
    for (const signal of kp.signals ?? []) {
      const phrase = cardTextTermsOf(signal);
      if (phrase.length === 0 || !numbersOk(signal)) continue;
      let denialKnown: boolean | undefined;
      const denial = () => (denialKnown ??= pointDenial() || saysNo(signal));
      if (pick(phraseAt(answerTerms, phrase, 4) >= 0, phraseAt(affirmed.terms, phrase, 4) >= 0, denial)) {
        best = 1;
        evidence = signal;
        break;
      }
      // Most of a long signal's words nearby still counts for something.
      if (phrase.length >= 2) {
        const shareOf = (present: ReadonlySet<string>) => phrase.filter((t) => present.has(t)).length / phrase.length >= 0.67;
        if (pick(shareOf(presentAll), shareOf(presentAffirmed), denial)) best = Math.max(best, 0.5);
      }
    }
    if (best < 1) {
      const own = [...new Set(cardTextTermsOf(kp.point))].filter((t) => t !== '#');
      const weight = own.reduce((s, t) => s + index.idf(t), 0);
      const foundAll = own.filter((t) => presentAll.has(t));
      const foundAffirmed = own.filter((t) => presentAffirmed.has(t));
      // The affirmed terms are some of all the terms: the same count is the same list.
      const found = foundAll.length === foundAffirmed.length || pointDenial() ? foundAll : foundAffirmed;
      const got = found.reduce((s, t) => s + index.idf(t), 0);
      const ratio = weight > 0 ? got / weight : 0;
      const credit = Math.min(1, ratio / 0.6);
      if (credit > best) {
        best = credit;
        evidence = found.length ? pick(answerWordsFor(found, answerWords), answerWordsFor(found, affirmed.words), pointDenial) : undefined;
      }
    }
    return { point: kp.point, credit: Math.round(best * 100) / 100, ...(evidence ? { evidence } : {}) };
  });
}

const RESULT_POINT = /\b(correct|correctly|calculat\w*|result|reach\w*|works? out|total\w*)\b/i;

/** The answer's own spelling of matched terms (never a stem). */
function answerWordsFor(found: readonly string[], answerWords: readonly string[]): string {
  const wanted = new Set(found);
  const out: string[] = [];
  for (const w of answerWords) {
    // Each is one word already (words() or affirmedTerms' words): its term is termOf's.
    const t = termOf(w);
    if (t && wanted.has(t) && !out.includes(w)) out.push(w);
    if (out.length >= 4) break;
  }
  return out.join(', ');
}
