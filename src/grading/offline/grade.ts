import type { Question, Skill } from '../../bank/schema.js';
import type { Criterion, Grade } from '../result.js';
import { clampScore, round1 } from '../score.js';
import { FLAG_FAMILIES, matchPattern, UNIVERSAL_FLAGS } from '../../conduct/patterns.js';
import { SKILL_TERMS } from './lexicon.js';
import { matchFlag, matchPoint } from './points.js';
import { cosine, functionWordRatio, referenceOf, termFrequencies } from './similarity.js';
import { checkSpecificity, checkStructure } from './structure.js';
import { analyse, contentStems, FUNCTION_WORDS, stems } from './text.js';

export type GradableQuestion = Pick<Question, 'text' | 'type' | 'skills' | 'example_answer' | 'how_to_answer' | 'why_asked'> &
  Partial<Pick<Question, 'key_points' | 'red_flags' | 'id'>>;

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
