// What the offline grader measures in an answer. The fitted model (model.ts) turns these into a
// score; conduct flags, fact errors and relevance cap it.
import { harmOf, type HarmReading } from '../../conduct/harm-model.js';
import { detectConduct, type ConductHit } from '../../conduct/detect.js';
import { reportedOrCorrected } from '../../conduct/frame.js';
import type { Jurisdiction, Sector } from '../../conduct/rules.js';
import { readText, type Reading } from '../../language/read.js';
import { resultErrors } from './results.js';
import { cardJurisdiction, checkFacts, type FactError, type WrongClaim } from './facts.js';
import { affirmedTerms, creditPoints, type PointCredit } from './points.js';
import { bankIndex, cardTerms, nearDuplicates, relevanceOf, similarityToText, type BankIndex, type CardText, type Relevance } from './relevance.js';
import { checkSpecificity, checkStructure, withPoints, type Specificity, type StructureCheck } from './structure.js';
import { signalPattern, termsOfWords, words } from './terms.js';
import { FUNCTION_WORDS } from './text.js';

export interface GradableQuestion extends Omit<CardText, 'id'> {
  id?: string | undefined;
  type: string;
  skills: readonly string[];
  red_flags?: readonly { flag: string; signals?: readonly string[] | undefined }[] | undefined;
  jurisdiction?: Jurisdiction | undefined;
  sector?: Sector | undefined;
  wrong_claims?: readonly WrongClaim[] | undefined;
}

export interface AnswerAnalysis {
  reading: Reading;
  words: number;
  terms: string[];
  /** The answer's terms and words outside any negation's scope: what it can be credited for. */
  affirmed: { terms: string[]; words: string[] };
  points: PointCredit[];
  conduct: ConductHit[];
  /** How much its likeliest sentence reads like forbidden conduct (a fitted model; no flag). */
  harm: HarmReading;
  cardFlags: { flag: string; words: string }[];
  facts: FactError[];
  relevance: Relevance;
  offTopic: boolean;
  structure: StructureCheck;
  specificity: Specificity;
  features: Record<string, number>;
  index: BankIndex;
}

export const FEATURE_NAMES = [
  'coverage', 'coverage_sq', 'example_sim', 'own_sim', 'margin', 'structure', 'specificity', 'log_words', 'short', 'very_short',
  'long', 'function_ratio', 'low_function', 'first_person', 'density', 'filler', 'sentences', 'list_density', 'noun_share',
  'long200', 'long_x_own',
] as const;

const FILLER = /\b(um+|uh+|er+|basically|literally|you know|kind of|sort of|like i said|stuff|things like that|whatever|honestly|to be honest|at the end of the day|i guess|i suppose)\b/gi;

/**
 * Card-specific red flags with signals (a user's bank may add them): the signal as written (any
 * inflection of its last word), said by the candidate, not denied and not inside a quotation.
 */
function cardFlags(q: GradableQuestion, r: Reading): { flag: string; words: string }[] {
  const out: { flag: string; words: string }[] = [];
  const lower = r.text.toLowerCase();
  for (const rf of q.red_flags ?? []) {
    for (const signal of rf.signals ?? []) {
      const sp = signalPattern(signal);
      // The head first: the pattern is built only for a signal whose letters are in the answer.
      if (!lower.includes(sp.head)) continue;
      const { re, short } = sp;
      if (!re.test(r.text)) continue;
      const hit = r.sentences.find((s) => {
        const text = r.text.slice(s.start, s.tokens[s.tokens.length - 1]!.end);
        const m = re.exec(text);
        if (!m) return false;
        if (/["“”]/.test(text)) return false;
        if (/\b(not|never|no|without|rather than|instead of|avoid|illegal|unlawful|breach|wrong|mistake)\b|n['’]t\b/i.test(text)) return false;
        const before = text.slice(0, m.index + m[0].length + 1);
        // "one of my agents told a customer she could ignore the claim form, so I had her called back": someone
        // else's act, reported and put right, is not the candidate's.
        const k = s.tokens.findIndex((t) => t.end > s.start + m.index);
        if (k >= 0 && reportedOrCorrected(s, k)) return false;
        // A short signal ("borrow", "credit card") only counts when the candidate puts it to someone.
        if (short) return /\b(i|we)\b[^.]{0,40}\b(told|tell|said|say|suggest\w*|ask\w*|push\w*|advis\w*|recommend\w*|insist\w*|warn\w*|threaten\w*|explain\w*|mention\w*|offer\w*|press\w*|encourag\w*|made|make)\b/i.test(before);
        return /\b(i|we|i'd|we'd|i'll|we'll|i've|we've|i'm)\b/i.test(before);
      });
      if (hit) {
        out.push({ flag: rf.flag, words: r.text.slice(hit.start, hit.tokens[hit.tokens.length - 1]!.end).replace(/\s+/g, ' ') });
        break;
      }
    }
  }
  return out;
}

// A question about a debt past its limitation period, in the card's own words.
const TIME_BARRED_CARD = /\b(statute[- ]barred|time[- ]barred|statute of limitations?|limitation period|out of statute|past the statute)\b/i;

export function analyseAnswer(q: GradableQuestion, answer: string, bank: readonly CardText[]): AnswerAnalysis {
  const card: CardText = { ...q, id: q.id ?? '(this question)' };
  const cards = bank.some((c) => c.id === card.id) ? bank : [...bank, card];
  const index = bankIndex(cards);
  const reading = readText(answer);
  const ws = words(answer);
  const terms = termsOfWords(ws);
  const affirmed = affirmedTerms(reading);
  const points = creditPoints(q.key_points ?? [], terms, ws, index, affirmed);
  const jurisdiction = cardJurisdiction(q);
  const conduct = detectConduct(reading, { jurisdiction, ...(q.sector ? { sector: q.sector } : {}), ...(TIME_BARRED_CARD.test(`${q.text} ${q.why_asked ?? ""}`) ? { timeBarred: true } : {}) });
  // The card's figures: a worked result that is not the card's is a fact error too (results.ts).
  const checked = checkFacts(reading, q);
  const facts = checked.length ? checked : resultErrors(answer, q);
  const rel = relevanceOf(index, card.id, terms, nearDuplicates(index, card.id));
  const structure = withPoints(checkStructure(q.type, reading, q), points.filter((p) => p.credit >= 0.75).map((p) => p.point));
  const specificity = checkSpecificity(answer);
  const n = ws.length;
  const exampleSim = similarityToText(index, terms, q.example_answer);
  const coverage = points.length ? points.reduce((s, p) => s + p.credit, 0) / points.length : Math.min(1, exampleSim / 0.4);
  const fnRatio = n ? ws.filter((w) => FUNCTION_WORDS.has(w)).length / n : 0;
  const firstPerson = reading.sentences.length ? reading.sentences.filter((s) => s.tokens.some((t) => t.w === 'i' || t.w === 'we' || t.w === 'my' || t.w === 'our')).length / reading.sentences.length : 0;
  const distinctCard = index.byId.get(card.id)?.vector ?? new Set(cardTerms(card));
  const density = n ? terms.filter((t) => distinctCard.has(t)).length / n : 0;
  const filler = n ? (answer.match(FILLER) ?? []).length / Math.max(1, n / 50) : 0;
  // Stuffing written as sentences strings terms together: many list breaks and nouns, few verbs.
  let listBreaks = 0;
  let nouns = 0;
  let verbs = 0;
  for (const s of reading.sentences) {
    for (const t of s.tokens) {
      if (t.w === ',' || t.w === 'and' || t.w === 'or') listBreaks++;
      if (t.pos === 'NOUN' || t.pos === 'PROPN') nouns++;
      else if (t.pos === 'VERB' || t.pos === 'AUX') verbs++;
    }
  }
  const margin = rel.own - (rel.bestOther?.sim ?? 0);
  // Length past 200 words costs, less so when the answer stays close to its own card (a rambling
  // answer drifts; a long strong one does not): leave-questions-out CV on the training data, 2026-12-02.
  const past200 = n > 200 ? Math.min(1, (n - 200) / 200) : 0;
  // Off the question: another card fits clearly better, or nothing in the bank fits at all.
  // Thresholds chosen on the training half: no answer labelled 3 or more is held as off the question.
  const offTopic = n >= 8 && ((rel.rank > 2 && margin < -0.08) || rel.own < 0.08);
  const features: Record<string, number> = {
    coverage,
    coverage_sq: coverage * coverage,
    example_sim: exampleSim,
    own_sim: rel.own,
    margin: Math.max(-0.3, Math.min(0.3, margin)),
    structure: structure.score,
    specificity: specificity.score,
    log_words: Math.log(1 + n) / Math.log(300),
    short: n < 40 ? 1 : 0,
    very_short: n < 15 ? 1 : 0,
    long: n > 300 ? Math.min(1, (n - 300) / 200) : 0,
    function_ratio: fnRatio,
    low_function: fnRatio < 0.3 ? (0.3 - fnRatio) / 0.3 : 0,
    first_person: firstPerson,
    density,
    filler: Math.min(1, filler),
    sentences: Math.min(1, reading.sentences.length / 10),
    list_density: n ? Math.min(1, listBreaks / n / 0.2) : 0,
    noun_share: nouns + verbs ? nouns / (nouns + verbs) : 0,
    long200: past200,
    long_x_own: past200 * Math.min(1, rel.own / 0.4),
  };
  return { reading, words: n, terms, affirmed, points, conduct, harm: harmOf(reading), cardFlags: cardFlags(q, reading), facts, relevance: rel, offTopic, structure, specificity, features, index };
}
