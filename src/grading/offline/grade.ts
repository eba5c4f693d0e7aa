import type { Question, Skill } from '../../bank/schema.js';
import type { Criterion, Grade } from '../result.js';
import { clampScore, round1 } from '../score.js';
import { alternatives, SKILL_TERMS } from './lexicon.js';
import { checkSpecificity, checkStructure } from './structure.js';
import { analyse, contentStems, findPhrase, FUNCTION_WORDS, stems, type Analysed } from './text.js';

export type GradableQuestion = Pick<Question, 'text' | 'type' | 'skills' | 'example_answer' | 'how_to_answer' | 'why_asked'> &
  Partial<Pick<Question, 'key_points' | 'red_flags' | 'id'>>;

/**
 * Red flags checked on every question: the behaviours that are harmful at any level. Patterns,
 * not signal words, because these must not fire on ordinary sentences ("credit sales times days").
 */
const UNIVERSAL_FLAGS: { flag: string; pattern: RegExp }[] = [
  { flag: 'Threatens arrest, jail or action that is not intended or lawful', pattern: /\b(arrest(ed)?|jail|prison)\b/i },
  {
    flag: 'Discloses the debt to a third party (employer, family, neighbours)',
    pattern: new RegExp(
      [
        String.raw`\b(tell|told|telling|call|called|calling|ring|rang|contact\w*|inform\w*|e-?mail\w*|warn\w*)\s+(his|her|their|the)\s+(whole\s+)?(employer|boss|family|wife|husband|partner|neighbou?rs?|parents?|relatives?|colleagues?|co-?workers?|friends?)\b`,
        String.raw`\b(colleague|receptionist|reception|employer|boss|brother|sister|wife|husband|partner|neighbou?r|relative|family|friend|mother|father|son|daughter)\b[^.!?]{0,60}\babout (their|his|her|the|a|an) (overdue |outstanding |unpaid )?(account|debt|balance|bill|arrears)\b`,
        String.raw`\babout (a|an|the|his|her|their) (overdue |outstanding |unpaid )?(bill|debt|balance|arrears)\b[^.!?]{0,40}\b(his|her|their) (brother|sister|wife|husband|partner|relative|mother|father|son|daughter)\b`,
      ].join('|'),
      'i',
    ),
  },
  {
    flag: 'Harassment-level contact (calling again and again)',
    pattern: /\b((\d+|several|many|multiple|five|six|seven|eight|nine|ten|a dozen|dozens of)\s+times\s+(a|per|each)\s+day|every (hour|half hour|30 minutes)|keep (calling|ringing)|keep (trying|phoning)( \w+){0,3} until|call(ing)? (them|him|her) (non-?stop|constantly|over and over)|late at night|middle of the night)\b/i,
  },
  { flag: 'Misleads or lies to the customer', pattern: /\b(pretend\w*|lie to|lied to|lying to|bluff\w*|pos(e|ing) as)\b/i },
  { flag: 'Shames or pressures the customer', pattern: /\b((shame|shaming|humiliat\w*|embarrass\w*) (them|him|her|the customer|the debtor|people|customers)|name and shame|make (them|him|her) feel ashamed|guilt[- ]trip\w*|pay (today|now|immediately|right now) or)\b/i },
  {
    flag: 'Pushes a customer in hardship to borrow or sell to pay',
    pattern: /\b(borrow\w*( \w+){0,3} (from|on|against)|help from (his |her |their )?(family|friends|parents)|(use|put it on|pay (it )?(with|on)) (his|her|their|a) credit card|payday loan|sell (his|her|their) (car|house|belongings|things|jewellery|jewelry))\b/i,
  },
  {
    flag: 'Blames others instead of owning the outcome',
    pattern: /\b(it was (my team's|their|the team's|the agents'|the customer's) fault|not my fault|blam(e|ed|ing) (the|my) (team|agents?|customers?|staff)|lazy (team|agents?|staff))\b/i,
  },
];

// A negation reaches the harmful words unless a new clause ("but") or the speaker ("I") comes between.
const NEGATION_BEFORE = /\b(not|no|never|without|nor|avoid\w*|instead of|rather than|cannot|can't|won't|wouldn't|don't|didn't|shouldn't|isn't)\b(?:(?!\bbut\b|\bI\b|\bI'[a-z]+\b)[^.!?;]){0,80}$/i;
const NEGATION_WITHIN = /\b(not|never|can't|cannot|won't|wouldn't|don't|didn't)\b/i;
const SAFE_CONTEXT = /\b(illegal|unlawful|prohibit\w*|forbid\w*|violat\w*|breach\w*|not allowed|not permitted|unacceptable|without (mention|disclos|discuss|reveal|say)\w*)\b/i;

const globals = new Map<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
  let g = globals.get(pattern);
  if (!g) globals.set(pattern, (g = new RegExp(pattern.source, 'gi')));
  return g;
}

/** The first place the pattern occurs in a sentence that does not rule it out. */
function matchPattern(answer: Analysed, pattern: RegExp): string | undefined {
  for (const sentence of answer.sentences) {
    const m = globalOf(pattern);
    m.lastIndex = 0;
    for (let hit = m.exec(sentence); hit; hit = m.exec(sentence)) {
      if (NEGATION_BEFORE.test(sentence.slice(0, hit.index)) || NEGATION_WITHIN.test(hit[0]) || SAFE_CONTEXT.test(sentence)) continue;
      return hit[0];
    }
  }
  return undefined;
}

const FLAG_FAMILIES = ['threat', 'arrest', 'disclos', 'third', 'harass', 'contact', 'mislead', 'lie', 'shame', 'pressur', 'blame', 'borrow'];

export interface PointMatch {
  text: string;
  credit: number;
  evidence?: string;
}

function signalStems(signal: string): string[] {
  return stems(signal);
}

/** Did the answer show this point: through its signals, or through the point's own words? */
function matchPoint(answer: Analysed, answerStems: Set<string>, point: string, signals: readonly string[] | undefined): PointMatch {
  for (const signal of signals ?? []) {
    const hit = findPhrase(answer, signalStems(signal), alternatives).find((m) => !m.negated);
    if (hit) return { text: point, credit: 1, evidence: signal };
  }
  const terms = [...new Set(contentStems(point))];
  if (terms.length === 0) return { text: point, credit: 0 };
  const found = terms.filter((t) => answerStems.has(t) || alternatives(t).some((a) => answerStems.has(a)));
  const ratio = found.length / terms.length;
  const needed = signals?.length ? 0.6 : 0.5;
  if (ratio >= needed && found.length >= Math.min(2, terms.length)) return { text: point, credit: 1, evidence: found.join(', ') };
  if (ratio >= 0.34 && found.length >= 1) return { text: point, credit: signals?.length ? 0.25 : 0.5 };
  return { text: point, credit: 0 };
}

function matchFlag(answer: Analysed, flag: string, signals: readonly string[] | undefined): string | undefined {
  // Red flags match tightly (no words in between): a false alarm costs a good answer dearly.
  const hits = (signals ?? []).flatMap((signal) =>
    findPhrase(answer, signalStems(signal), undefined, 0).map((m) => ({ signal, negated: m.negated, sentence: answer.phraseTokens[m.index]!.sentence })),
  );
  // Having rejected the behaviour, a candidate often goes on to say why it is wrong ("...rank and
  // shame just makes people hide accounts"): mentions right after a rejection are that argument.
  const rejected = hits.filter((h) => h.negated).map((h) => h.sentence);
  const hit = hits.find((h) => !h.negated && !rejected.some((r) => h.sentence - r >= 0 && h.sentence - r <= 1));
  if (hit) return hit.signal;
  if (signals?.length) return undefined;
  // No signals: the flag's own words must mostly appear, un-negated, within one sentence.
  const terms = [...new Set(contentStems(flag))];
  if (terms.length < 2) return undefined;
  const bySentence = new Map<number, Set<string>>();
  const hedged = new Set(answer.tokens.filter((t) => t.negated).map((t) => t.sentence));
  for (const t of answer.tokens) {
    // Without signals the match is loose, so any negation in the sentence rules it out.
    if (hedged.has(t.sentence)) continue;
    let set = bySentence.get(t.sentence);
    if (!set) bySentence.set(t.sentence, (set = new Set()));
    set.add(t.stem);
  }
  for (const set of bySentence.values()) {
    const found = terms.filter((t) => set.has(t));
    if (found.length / terms.length >= 0.6 && found.length >= 2) return found.join(' ');
  }
  return undefined;
}

function termFrequencies(list: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const s of list) tf.set(s, (tf.get(s) ?? 0) + 1);
  return tf;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

const references = new WeakMap<GradableQuestion, Map<string, number>>();

/** The card's own vocabulary (example answer, question, tips, key points), computed once per card. */
function referenceOf(question: GradableQuestion): Map<string, number> {
  let ref = references.get(question);
  if (!ref) {
    const text = [
      question.example_answer,
      question.text,
      question.why_asked,
      ...question.how_to_answer,
      ...(question.key_points ?? []).map((k) => [k.point, ...(k.signals ?? [])].join(' ')),
    ].join(' ');
    ref = termFrequencies(contentStems(text));
    references.set(question, ref);
  }
  return ref;
}

/** Share of words that are grammar rather than content: real sentences have plenty, keyword lists few. */
function functionWordRatio(answer: Analysed): number {
  if (answer.tokens.length === 0) return 0;
  return answer.tokens.filter((t) => FUNCTION_WORDS.has(t.word)).length / answer.tokens.length;
}

function lengthFactor(words: number): number {
  if (words < 15) return 0.25;
  if (words < 40) return 0.55;
  if (words < 70) return 0.85;
  if (words <= 320) return 1;
  if (words <= 600) return 0.92;
  return 0.8;
}

function rubricLine(skill: Skill | undefined, level: number): string {
  if (!skill) return '';
  const r = skill.rubric as Record<string, string | undefined>;
  return r[String(level)] ?? (level === 2 ? r['1'] : level === 4 ? r['3'] : undefined) ?? '';
}

const vocabularies = new Map<string, { skill: Skill | undefined; stems: string[] }>();

/** Stems that show a skill: its term list plus the words of its top rubric level. */
function skillVocabulary(id: string, skill: Skill | undefined): string[] {
  const cached = vocabularies.get(id);
  if (cached && cached.skill === skill) return cached.stems;
  const words = [...(SKILL_TERMS[id] ?? []), ...contentStems(skill ? rubricLine(skill, 5) : '')];
  const list = [...new Set(words.flatMap((w) => stems(w)))];
  vocabularies.set(id, { skill, stems: list });
  return list;
}

export interface OfflineOptions {
  skills: ReadonlyMap<string, Skill>;
}

/** The deterministic offline grader: same question and answer, same grade, with no network. */
export function gradeOffline(question: GradableQuestion, answerText: string, options: OfflineOptions): Grade {
  const answer = analyse(answerText);
  const answerStemList = answer.tokens.filter((t) => !FUNCTION_WORDS.has(t.word)).map((t) => t.stem);
  const answerStems = new Set(answerStemList);

  if (answer.words === 0) {
    const criteria: Criterion[] = question.skills.map((id) => ({
      name: id,
      score: 1,
      comment: `Level 1: ${rubricLine(options.skills.get(id), 1)}`.trim(),
    }));
    return {
      grader: 'offline',
      score: 1,
      criteria,
      matched_points: [],
      missing_points: (question.key_points ?? []).map((k) => k.point),
      red_flags: [],
      feedback: 'No answer was given, so it scores the lowest mark.',
      suggestions: ['Answer every question, even briefly: a short, honest answer beats silence in an interview.'],
    };
  }

  const points = (question.key_points ?? []).map((k) => matchPoint(answer, answerStems, k.point, k.signals));
  const flags: string[] = [];
  for (const rf of question.red_flags ?? []) if (matchFlag(answer, rf.flag, rf.signals)) flags.push(rf.flag);
  const flagStems = flags.flatMap((f) => contentStems(f));
  for (const uf of UNIVERSAL_FLAGS) {
    if (!matchPattern(answer, uf.pattern)) continue;
    const family = FLAG_FAMILIES.filter((f) => contentStems(uf.flag).some((s) => s.startsWith(f)));
    if (!family.some((f) => flagStems.some((s) => s.startsWith(f)))) flags.push(uf.flag);
  }

  const reference = referenceOf(question);
  const topicality = Math.min(1, cosine(termFrequencies(answerStemList), reference) / 0.55);
  const coverage = points.length > 0 ? points.reduce((s, p) => s + p.credit, 0) / points.length : topicality;
  const structure = checkStructure(question.type, answer);
  const specificity = checkSpecificity(answerText);
  const fwRatio = functionWordRatio(answer);
  const stuffed = answer.words >= 4 && fwRatio < 0.2;
  // Raw cosine under 0.2 with the card's own vocabulary: measured on the calibration set, only off-topic answers fall there.
  const offTopic = topicality < 0.2 / 0.55 && coverage < 0.3;

  // Fuller answers (up to about a minute and a half spoken) show more of the thinking interviewers look for.
  const depth = Math.min(1, Math.max(0, (answer.words - 30) / 150));
  const quality = 0.4 * coverage + 0.15 * topicality + 0.2 * structure.score + 0.15 * specificity.score + 0.1 * depth;
  let score = 1 + 4 * quality * lengthFactor(answer.words);
  const holdBacks: string[] = [];
  if (stuffed) {
    score = Math.min(score, 1.8);
    holdBacks.push('it reads as a list of keywords rather than an answer');
  }
  if (offTopic) {
    score = Math.min(score, 1.5);
    holdBacks.push('it does not address what the question asks');
  }
  if (answer.words < 15) {
    score = Math.min(score, 1.5);
    holdBacks.push(`it is very short (${answer.words} word${answer.words === 1 ? '' : 's'})`);
  } else if (answer.words < 40) {
    holdBacks.push(`it is short (${answer.words} words)`);
  }
  if (flags.length > 0) {
    score = Math.min(score, 2);
    holdBacks.push(`it shows a red flag: ${flags[0]!.replace(/\.$/, '').toLowerCase()}`);
  }
  score = round1(clampScore(score));

  const harmful = flags.length > 0;
  const criteria: Criterion[] = question.skills.map((id) => {
    const skill = options.skills.get(id);
    const seen = skillVocabulary(id, skill).filter((s) => answerStems.has(s));
    const adjustment = (Math.min(seen.length, 4) - 1.5) / 4;
    let level = Math.round(clampScore(score + adjustment));
    if (harmful && ['compliance', 'empathy', 'vulnerable-customers'].includes(id)) level = 1;
    if (harmful || stuffed || offTopic) level = Math.min(level, Math.ceil(score));
    const shows = seen.length > 0 ? `Shows: ${seen.slice(0, 4).join(', ')}.` : `Little sign of ${skill?.name.toLowerCase() ?? id} in the answer.`;
    return {
      name: id,
      score: level,
      comment: `Level ${level}: ${rubricLine(skill, level)} ${shows}`.trim(),
      evidence: seen.slice(0, 6),
    };
  });

  const matched = points.filter((p) => p.credit >= 1).map((p) => p.text);
  const missing = points.filter((p) => p.credit < 1).map((p) => p.text);
  const strengths: string[] = [];
  if (points.length > 0) strengths.push(`covers ${matched.length} of ${points.length} key points`);
  if (structure.present.length > 0) strengths.push(`has ${structure.present.join(', ')}`);
  if (specificity.found.length > 0) strengths.push(`is specific (${specificity.found.join(', ')})`);
  const gaps = [...holdBacks];
  if (structure.missing.length > 0 && !stuffed && !offTopic) gaps.push(`it lacks ${structure.missing.join(', ')}`);
  const feedback = `${score.toFixed(1)}/5: the answer ${strengths.join('; ') || 'has little that a grader can credit'}.${gaps.length ? ` Held back because ${gaps.join('; ')}.` : ''}`;

  const suggestions: string[] = [];
  if (harmful) suggestions.push(`Remove anything that reads as "${flags[0]!.replace(/\.$/, '')}": at every level that alone can end an interview.`);
  if (stuffed) suggestions.push('Answer in full sentences that say what you would do and why; a list of terms shows no judgement.');
  if (offTopic) suggestions.push(`Answer the question asked: ${question.text}`);
  if (answer.words < 40) suggestions.push('Say more: a spoken answer of one to two minutes is about 150 to 250 words.');
  if (missing.length > 0) suggestions.push(`Add: ${missing[0]!.replace(/\.$/, '')}.`);
  if (structure.missing.length > 0 && suggestions.length < 2) {
    const hint =
      question.type === 'behavioral'
        ? 'Tell it as STAR: the situation, your task, what you did, and a result with a figure.'
        : question.type === 'situational'
          ? 'Walk through your steps in order (first, then, finally) and name the rule or policy that bounds them.'
          : `Include ${structure.missing.join(' and ')}.`;
    suggestions.push(hint);
  }
  if (specificity.found.length < 2 && suggestions.length < 2) suggestions.push('Make it concrete: a figure, a time frame, or the rule or tool you used.');

  return {
    grader: 'offline',
    score,
    criteria,
    matched_points: matched,
    missing_points: missing,
    red_flags: flags,
    feedback,
    suggestions: suggestions.slice(0, 2),
  };
}
