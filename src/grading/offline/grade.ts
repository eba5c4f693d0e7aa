// The deterministic offline grader: same question and answer, same grade, with no network.
// Features -> fitted score -> caps (conduct <= 2, fact error <= 2.5, off the question <= 2) ->
// criteria per skill -> feedback that never says "has" and "lacks" about the same thing.
import type { Skill } from '../../bank/schema.js';
import { citationFor, conductRule } from '../../conduct/rules.js';
import type { Criterion, Grade } from '../result.js';
import { clampScore, round1 } from '../score.js';
import { analyseAnswer, type AnswerAnalysis, type GradableQuestion } from './features.js';
import { fittedScore } from './model.js';
import { bankIndex, type CardText } from './relevance.js';
import { warmUpLanguage } from '../../language/read.js';
import { warmUpConduct } from '../../conduct/detect.js';
import { hasWord, termOf, termsOf } from './terms.js';
import { contradictedByAnswer, contradictedByFlags } from './contradicts.js';

export type { GradableQuestion } from './features.js';

export interface OfflineOptions {
  skills: ReadonlyMap<string, Skill>;
  /** Every card of the bank, for relevance; without it the answer is judged against its own card only. */
  bank?: readonly CardText[];
}

export const CONDUCT_CAP = 2;
export const FACT_CAP = 2.5;
export const OFF_TOPIC_CAP = 2;
/** A penalty for a sentence that reads like forbidden conduct is said in the feedback from this size up. */
const HARM_SAID = 0.25;

/** A sentence as feedback quotes it: whole up to about 90 characters, then cut at a word. */
function clip(text: string): string {
  if (text.length <= 90) return text;
  const cut = text.slice(0, 90);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 90)}...`;
}

function rubricLine(skill: Skill | undefined, level: number): string {
  if (!skill) return '';
  const r = skill.rubric as Record<string, string | undefined>;
  return r[String(level)] ?? (level === 2 ? r['1'] : level === 4 ? r['3'] : undefined) ?? '';
}

const skillTermCache = new WeakMap<object, Map<string, Set<string>>>();

/** A skill's vocabulary, from the bank: its rubric and description, and the key points of the cards that test it. */
function skillTerms(id: string, skill: Skill | undefined, bank: readonly CardText[] & readonly { skills?: readonly string[] }[]): Set<string> {
  let byBank = skillTermCache.get(bank);
  if (!byBank) skillTermCache.set(bank, (byBank = new Map()));
  let set = byBank.get(id);
  if (set) return set;
  const texts: string[] = [];
  if (skill) texts.push(skill.description, rubricLine(skill, 4), rubricLine(skill, 5));
  for (const q of bank) if (q.skills?.includes(id)) texts.push(...(q.key_points ?? []).map((k) => k.point));
  set = new Set(termsOf(texts.join(' ')).filter((t) => t !== '#'));
  byBank.set(id, set);
  return set;
}

/** What to add for each structure part an answer lacks, as advice (the part's own words are in the feedback). */
/** The words of a key point that claim a structure part, for the parts a point cannot make present (structure.ts PART_IN_POINT). */
const LACKED_IN_POINT: Readonly<Record<string, RegExp>> = {
  'an example from experience': /\b(evidence|examples?|experience|track record)\b/i,
  'your reasons': /\breasons?\b/i,
  'a link to the role': /\b(the role|the job|links? (?:it )?to)\b/i,
};

export const PART_ADVICE: Readonly<Record<string, string>> = {
  'the situation': 'set the scene in a sentence: where you were and what was at stake',
  'your task or goal': 'say what you had to achieve',
  'what you did, in the first person': 'say what you did yourself ("I called", "I set up")',
  'a result': 'end with the result, in a figure if you can',
  'steps in order': 'walk through your steps in order',
  'the rule or policy that bounds you': 'name the rule or policy that bounds you',
  'what you would do, in the first person': 'say what you would do yourself ("I would ...")',
  'a definition or formula': 'define it or give the formula',
  'a worked figure': 'work one example through with figures',
  'how you use it in practice': 'say how you use it in practice',
  'your reasons': 'give your reasons',
  'a link to the role': 'link it to the job',
  'an example from experience': 'back it with an example from your experience',
};

function joinAnd(list: readonly string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function joinOr(list: readonly string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function emptyGrade(question: GradableQuestion, options: OfflineOptions): Grade {
  return {
    grader: 'offline',
    score: 1,
    criteria: question.skills.map((id) => ({ name: id, score: 1, comment: `Level 1: ${rubricLine(options.skills.get(id), 1)}`.trim() })),
    matched_points: [],
    missing_points: (question.key_points ?? []).map((k) => k.point),
    red_flags: [],
    conduct: [],
    fact_errors: [],
    feedback: 'No answer was given, so it scores the lowest mark.',
    suggestions: ['Answer every question, even briefly: a short, honest answer beats silence in an interview.'],
  };
}

/** The grade and the analysis behind it (the fitting script and the interview read both). */
export function gradeOfflineDetailed(question: GradableQuestion, answerText: string, options: OfflineOptions): { grade: Grade; analysis?: AnswerAnalysis; cap?: number } {
  if (!hasWord(answerText)) return { grade: emptyGrade(question, options) };
  const bank = options.bank ?? [];
  const a = analyseAnswer(question, answerText, bank);
  const jurisdiction = question.jurisdiction ?? undefined;

  // Conduct: the rules table first, then the card's own red flags.
  // One flag per stretch of words: "the police will come to her house" is a threat of arrest, not
  // also a second rule's threat of action.
  const seenWords = new Set<string>();
  const conduct = a.conduct.flatMap((h) => {
    const rule = conductRule(h.rule);
    if (!rule || seenWords.has(h.words)) return [];
    seenWords.add(h.words);
    if (question.sector === 'commercial' && !rule.sectors.includes('commercial') && !rule.commercialIf?.test(h.words)) return [];
    return [{ rule: rule.id, citation: citationFor(rule, jurisdiction, question.sector), words: h.words, flag: rule.words }];
  });
  const redFlags = [...conduct.map((c) => c.flag), ...a.cardFlags.map((f) => f.flag.replace(/\.$/, ''))];
  const uniqueFlags = [...new Set(redFlags)];

  // A fact error denies the key point it touches.
  const points = a.points.map((p) => ({ ...p }));
  for (const fe of a.facts) {
    // Numbers are all "#" as terms: "60 to 45 is 25%" shares nothing with "Reaches 54 days" but that.
    const claimTerms = new Set(termsOf(`${fe.claim} ${fe.correct}`).filter((t) => t !== '#'));
    let best = -1;
    let bestOverlap = 0;
    points.forEach((p, i) => {
      const overlap = termsOf(p.point).filter((t) => claimTerms.has(t)).length;
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    });
    if (best >= 0) points[best]!.credit = 0;
  }
  // A flag denies the points about what it broke ("✓ Stays within the rules" beside a threat).
  const flaggedRules = [...new Set(conduct.map((c) => c.rule))];
  for (const p of points) if (contradictedByFlags(p.point, flaggedRules)) p.credit = 0;
  for (const p of points) if (contradictedByAnswer(p.point, answerText)) p.credit = 0;
  // A part the answer lacks denies the points that claim it: no "✓ ... and gives evidence" beside "it lacks an
  // example from experience" (a new user). Display only, like the flags' denials.
  for (const part of a.structure.missing) {
    const re = LACKED_IN_POINT[part];
    if (re) for (const p of points) if (re.test(p.point)) p.credit = 0;
  }

  // A sentence that reads like forbidden conduct takes points off even when no detector flagged it
  // (conduct/harm-model.ts): fitted, it ranks the training answers better than the flags alone.
  let score = clampScore(fittedScore(a.features) - a.harm.penalty);
  // The lowest cap that held the score (5: none), for the fitting scripts.
  let cap = 5;
  const holdBacks: string[] = [];
  if (a.harm.penalty >= HARM_SAID && !uniqueFlags.length) {
    holdBacks.push(`one sentence reads close to conduct the rules forbid ("${clip(a.reading.sentences[a.harm.sentence]!.text.trim())}"): an interviewer may hear it as a breach; if you did not do that, say plainly what you did and why it was right`);
  }
  if (a.offTopic) {
    score = Math.min(score, OFF_TOPIC_CAP);
    cap = Math.min(cap, OFF_TOPIC_CAP);
    holdBacks.push('it does not seem to answer this question');
  }
  if (a.facts.length) {
    score = Math.min(score, FACT_CAP);
    cap = Math.min(cap, FACT_CAP);
    // The fact, the truth and the answer's words are in `fact_errors`, which every report lists.
    holdBacks.push(a.facts.length === 1 ? 'it states a wrong fact' : `it states ${a.facts.length} wrong facts`);
  }
  if (uniqueFlags.length) {
    score = Math.min(score, CONDUCT_CAP);
    cap = Math.min(cap, CONDUCT_CAP);
    // The flag, its rule and the answer's words are in `red_flags` and `conduct`, which every report
    // lists once; saying them here too printed each flag three times in one grade.
    holdBacks.push(uniqueFlags.length === 1 ? 'it shows a red flag' : `it shows ${uniqueFlags.length} red flags`);
  }
  // Few function words: a list of terms, not sentences anyone would say in an interview.
  const keywordList = a.words >= 5 && a.features.low_function! > 1 / 3;
  if (keywordList) {
    // A list of terms answers no question: held like an answer to another question.
    score = Math.min(score, OFF_TOPIC_CAP);
    cap = Math.min(cap, OFF_TOPIC_CAP);
    holdBacks.push('it reads as a list of keywords, not an answer');
  }
  if (a.words < 40 && !a.offTopic) holdBacks.push(`it is short (${a.words} word${a.words === 1 ? '' : 's'})`);
  // The fitted score takes points off past 300 words (rambling answers in the labelled corpus): say so.
  if (a.words > 300 && !a.offTopic) holdBacks.push(`it is long (${a.words} words)`);
  score = round1(score);

  // Each distinct word once, in the order it first appears, with its term: the evidence shown per
  // skill. Words the answer denies ("I would not waste time preparing") show no skill.
  const answerWords = [...new Set(a.affirmed.words)].map((w) => ({ w, term: termOf(w) }));
  const criteria: Criterion[] = question.skills.map((id) => {
    const skill = options.skills.get(id);
    const vocab = skillTerms(id, skill, bank as readonly CardText[] & readonly { skills?: readonly string[] }[]);
    const seen = new Set(a.affirmed.terms.filter((t) => vocab.has(t)));
    const adjustment = (Math.min(seen.size, 6) - 2.5) / 6;
    // No skill above the next whole score: "Score 3.0/5" over "Compliance 4 · Communication 4 · Vulnerable customers 4"
    // read as a contradiction to a new user.
    let level = Math.min(Math.round(clampScore(score + adjustment)), Math.ceil(score));
    if (uniqueFlags.length || a.facts.length || a.offTopic) level = Math.min(level, Math.floor(score));
    level = Math.max(1, level);
    const shown = answerWords.filter((x) => x.term !== null && seen.has(x.term)).slice(0, 4).map((x) => x.w);
    const shows = shown.length ? `Shows it in: ${shown.join(', ')}.` : `Little sign of ${skill?.name.toLowerCase() ?? id} in the answer.`;
    // A low level with no flag or wrong fact behind it is too little shown, not the rubric's bottom line: a
    // new user's "I would never threaten arrest" answer read "Level 1: Threatens, misleads ... Shows it in: listen, check".
    if (level <= 2 && !uniqueFlags.length && !a.facts.length) {
      const mentions = shown.length ? `; it mentions ${shown.join(', ')}` : '';
      return { name: id, score: level, comment: `Level ${level}: too little ${skill?.name.toLowerCase() ?? id} in the answer to credit${mentions}.`, evidence: shown };
    }
    return { name: id, score: level, comment: `Level ${level}: ${rubricLine(skill, level)} ${shows}`.trim(), evidence: shown };
  });

  const matched = points.filter((p) => p.credit >= 0.75).map((p) => p.point);
  const missing = points.filter((p) => p.credit < 0.75).map((p) => p.point);
  const strengths: string[] = [];
  if (points.length) strengths.push(`covers ${matched.length} of ${points.length} key points`);
  if (a.structure.present.length) strengths.push(`has ${joinAnd(a.structure.present)}`);
  if (a.specificity.found.length) strengths.push(`is specific (${a.specificity.found.join(', ')})`);
  const gaps = [...holdBacks];
  if (a.structure.missing.length && !a.offTopic) gaps.push(`it lacks ${joinAnd(a.structure.missing)}`);
  // A score short of full marks says why even when nothing else held it back: a new user saw 4.1 beside
  // skills at 5 and no reason. The points it misses are the reason (the suggestions name the first).
  // Only what it is not specific about yet: "is specific (time frames)" and "add a time frame" do not go together.
  const concrete = [
    a.specificity.found.includes('figures') || a.specificity.found.includes('amounts or rates') ? '' : 'a figure',
    a.specificity.found.includes('time frames') ? '' : 'a time frame',
    a.specificity.found.includes('named rules, metrics or tools') ? '' : 'the rule or tool you used',
  ].filter(Boolean);
  if (!gaps.length && score < 4.5 && !a.offTopic) {
    if (missing.length) gaps.push(`it misses ${missing.length} of the ${points.length} key points`);
    // Every key point there and still short of 4.5 (a new user saw 4.2 with no reason): what the fitted score
    // reads besides the points is how specific and how full the answer is.
    else if (concrete.includes('a figure') && concrete.includes('a time frame')) gaps.push('it has no figure or time frame');
    else if (a.words < 90) gaps.push(`it is brief (${a.words} words) for what it covers`);
    else gaps.push('it covers every key point in less detail than a model answer (see the example answer)');
  }
  const fb: string[] = [`${score.toFixed(1)}/5: the answer ${strengths.join('; ') || 'has little that a grader can credit'}.`];
  if (gaps.length) fb.push(`Held back because ${gaps.join('; ')}.`);
  // The other question in its own words: its id meant nothing to a new user ("agent-junior-third-party-answers").
  if (a.offTopic && a.relevance.bestOther) {
    const other = bank.find((c) => c.id === a.relevance.bestOther!.id);
    fb.push(other ? `It reads like an answer to another question: "${clip(other.text.trim().replace(/["“”]/g, "'"))}"` : `It reads like an answer to another question (${a.relevance.bestOther.id}).`);
  }

  const suggestions: string[] = [];
  if (uniqueFlags.length) suggestions.push(`Take out the words that raised the red flag${uniqueFlags.length > 1 ? 's' : ''}: at every level that alone can end an interview.`);
  if (a.facts.length) suggestions.push(`Learn the correct fact${a.facts.length > 1 ? 's' : ''} shown beside the wrong one${a.facts.length > 1 ? 's' : ''}: an interviewer checks them.`);
  if (a.offTopic) suggestions.push(`Answer the question asked: ${question.text}`);
  if (a.words > 300) suggestions.push('Cut it to the steps you took and how it ended: two minutes spoken is about 250 words.');
  if (a.words < 40) suggestions.push(a.structure.present.includes('steps in order') ? 'Say more: what you would say, and how it would end.' : 'Say more: walk through what you did or would do, step by step, and how it ended.');
  if (missing.length) suggestions.push(`Add: ${missing[0]!.replace(/\.$/, '')}.`);
  // Advice for the parts it lacks only: "walk through your steps in order" beside "has steps in order" says the opposite.
  const advice = a.structure.missing.map((part) => PART_ADVICE[part] ?? `include ${part}`);
  if (advice.length) {
    const lead = question.type === 'behavioral' && a.structure.present.length === 0 ? 'Tell it as STAR: ' : '';
    suggestions.push(`${lead}${lead ? joinAnd(advice) : upperFirst(joinAnd(advice))}.`);
  }
  if (concrete[0] === 'a figure') suggestions.push(`Make it concrete: ${joinOr(concrete)}.`);

  return {
    analysis: a,
    cap,
    grade: {
      grader: 'offline',
      score,
      criteria,
      matched_points: matched,
      missing_points: missing,
      red_flags: uniqueFlags,
      conduct: conduct.map(({ rule, citation, words: w }) => ({ rule, citation, words: w })),
      fact_errors: a.facts.map((f) => ({ claim: f.claim, correct: f.correct, words: f.words })),
      feedback: fb.join(' '),
      suggestions: suggestions.slice(0, 2),
    },
  };
}

/** Loads the language model and indexes the bank now, so the first grade does not wait for them. */
export function warmUpOffline(bank?: readonly CardText[]): void {
  warmUpLanguage();
  warmUpConduct();
  if (bank?.length) bankIndex(bank);
}

export function gradeOffline(question: GradableQuestion, answerText: string, options: OfflineOptions): Grade {
  return gradeOfflineDetailed(question, answerText, options).grade;
}
