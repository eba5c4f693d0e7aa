// What the offline grader says to people, over every answer of the labelled corpus
// (test/corpus/answers.yaml, the held-out fresh sets and every training set) and the first edition's calibration sets (test/calibration/): it never
// says an answer has and lacks the same thing, never advises adding what it credits, and never shows
// a word stem. Labels and the split play no part here.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONDUCT_RULES } from '../../src/conduct/rules.js';
import { PART_ADVICE } from '../../src/grading/offline/grade.js';
import { corpusBank, gradeCorpus, gradeFreshAnswers, gradeFresh2Answers, gradeFresh3Answers, gradeFresh4Answers, gradeFresh5Answers, gradeTrain2Answers, gradeTrain3Answers, gradeTrain4Answers, gradeTrain5Answers, gradeTrain6Answers, gradeTrain7Answers, gradeTrain8Answers, gradeTrain9Answers, gradeTrain10Answers, gradeTrain11Answers, gradeTrain12Answers, gradeTrain13Answers, gradeTrain14Answers, gradeTrain15Answers, type Row } from './evaluate.js';

const later = { train4: gradeTrain4Answers, train5: gradeTrain5Answers, train6: gradeTrain6Answers, train7: gradeTrain7Answers, train8: gradeTrain8Answers, train9: gradeTrain9Answers, train10: gradeTrain10Answers, train11: gradeTrain11Answers, train12: gradeTrain12Answers, train13: gradeTrain13Answers, train14: gradeTrain14Answers, train15: gradeTrain15Answers } as const;
const rows = [...gradeCorpus(), ...gradeFreshAnswers(), ...gradeFresh2Answers(), ...gradeFresh3Answers(), ...gradeFresh4Answers(), ...gradeFresh5Answers(), ...gradeTrain2Answers(), ...gradeTrain3Answers(), ...Object.values(later).flatMap((g) => g())];
const bank = corpusBank();

const WORD = /[\p{L}]+(?:['’-][\p{L}]+)*/gu;
const wordsOf = (text: string) => (text.toLowerCase().match(WORD) ?? []).flatMap((w) => [w, ...w.split(/['’-]/)]);

/** The grader's own phrasing: the string literals of its sources (regular expressions are not literals). */
function templateWords(): Set<string> {
  const dir = join(import.meta.dirname, '..', '..', 'src', 'grading', 'offline');
  const out = new Set<string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
    const src = readFileSync(join(dir, f), 'utf8').replace(/^\s*(\/\/|\*|\/\*\*).*$/gm, '');
    for (const m of src.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`|"((?:[^"\\\n]|\\.)*)"/g)) for (const w of wordsOf(m[1] ?? m[2] ?? m[3] ?? '')) out.add(w);
  }
  for (const r of CONDUCT_RULES) for (const w of wordsOf(`${r.words} ${Object.values(r.citation).join(' ')}`)) out.add(w);
  return out;
}

const TEMPLATE = templateWords();
// Skills, and every card's id: an answer off the question is told which card it seems to answer.
const SKILL_WORDS = new Set([...bank.skills.values()].flatMap((s) => wordsOf([s.id, s.name, s.description, ...Object.values(s.rubric)].join(' '))).concat(bank.questions.flatMap((q) => wordsOf(q.id))));

function cardWords(id: string): Set<string> {
  const q = bank.questions.find((x) => x.id === id)!;
  return new Set(wordsOf(JSON.stringify(q)));
}

const OTHER_QUESTION = /It reads like an answer to another question: "([^"]*)"/;

/** Everything the grade puts in front of a person. */
function shown(r: Row): string[] {
  const g = r.grade;
  return [g.feedback, ...g.suggestions, ...g.criteria.flatMap((c) => [c.comment, ...(c.evidence ?? [])]), ...g.red_flags, ...g.matched_points, ...g.missing_points];
}

/** The structure parts the feedback says an answer has, and those it says it lacks. */
function saidParts(feedback: string): { has: string[]; lacks: string[] } {
  const split = (s: string | undefined) => (s ?? '').split(/, | and /).map((x) => x.trim()).filter(Boolean);
  return { has: split(/\bhas ([^;.]+)/.exec(feedback)?.[1]), lacks: split(/\blacks ([^;.]+)/.exec(feedback)?.[1]) };
}

// What a structure part is about, in the words a key point would use for it (written here, apart from the grader's own list).
const TOPIC: Readonly<Record<string, RegExp>> = {
  'a result': /\b(result|outcome)s?\b/i,
  'the rule or policy that bounds you': /\b(rules?|polic(y|ies)|laws?)\b/i,
  'a definition or formula': /\b(formula|defines?)\b/i,
  'a worked figure': /\b(calculates?|works out|totals?)\b/i,
  'steps in order': /\bin order\b|\bstep by step\b/i,
};

describe('feedback over every answer of the corpus and the calibration sets', () => {
  it('grades them all: every answer of test/corpus/answers.yaml, the fresh sets, answers-train2.yaml to answers-train15.yaml and each calibration file', () => {
    const count = (file: string) => (parse(readFileSync(join(import.meta.dirname, '..', file), 'utf8')) as { answers: unknown[] }).answers.length;
    const calibration = readdirSync(join(import.meta.dirname, '..', 'calibration')).filter((f) => f.endsWith('answers.yaml'));
    expect(calibration.sort()).toEqual(['answers.yaml', 'no-signals-answers.yaml']);
    expect(rows.filter((r) => r.set !== 'calibration' && !r.set.startsWith('fresh') && !/^train([2-9]|1[0-5])$/.test(r.set)).length).toBe(count('corpus/answers.yaml'));
    for (const name of Object.keys(later)) expect(rows.filter((r) => r.set === name).length, name).toBe(count(`corpus/answers-${name}.yaml`));
    expect(rows.filter((r) => r.set.startsWith('fresh2')).length).toBe(count('corpus/answers-fresh2.yaml'));
    expect(rows.filter((r) => r.set.startsWith('fresh3')).length).toBe(count('corpus/answers-fresh3.yaml'));
    expect(rows.filter((r) => r.set.startsWith('fresh4')).length).toBe(count('corpus/answers-fresh4.yaml'));
    expect(rows.filter((r) => r.set.startsWith('fresh5')).length).toBe(count('corpus/answers-fresh5.yaml'));
    expect(rows.filter((r) => r.set === 'train3').length).toBe(count('corpus/answers-train3.yaml'));
    expect(rows.filter((r) => r.set === 'train2').length).toBe(count('corpus/answers-train2.yaml'));
    expect(rows.filter((r) => /^fresh(-|$)/.test(r.set)).length).toBe(count('corpus/answers-fresh.yaml'));
    expect(rows.filter((r) => r.set === 'calibration').length).toBe(calibration.reduce((n, f) => n + count(`calibration/${f}`), 0));
  });

  it('never ticks and lacks the same thing', () => {
    const found = rows.flatMap((r) => {
      const g = r.grade;
      const { has, lacks } = saidParts(g.feedback);
      const out = [
        ...has.filter((h) => lacks.includes(h)).map((x) => `has and lacks ${x}`),
        ...g.matched_points.filter((p) => g.missing_points.includes(p)).map((p) => `✓ and missing: ${p}`),
        // "✓ Ends with a measured result" beside "it lacks a result".
        ...lacks.flatMap((part) => g.matched_points.filter((p) => TOPIC[part]?.test(p)).map((p) => `✓ ${p} / lacks ${part}`)),
        // "has steps in order" beside "Try: walk through your steps in order".
        ...has.filter((part) => PART_ADVICE[part] && g.suggestions.some((s) => s.toLowerCase().includes(PART_ADVICE[part]!))).map((part) => `has ${part} / Try: ${PART_ADVICE[part]}`),
        // "is specific (time frames)" beside "Make it concrete: ... a time frame".
        ...(/is specific \(([^)]*)\)/.exec(g.feedback)?.[1] ?? '').split(', ').filter((x) => x === 'time frames' && g.suggestions.some((s) => /concrete:.*time frame/.test(s))).map(() => 'specific and not about time frames'),
        // A key point made is never the one to add.
        ...g.suggestions.filter((s) => g.matched_points.some((p) => s === `Add: ${p.replace(/\.$/, '')}.`)).map((s) => `✓ and ${s}`),
      ];
      return out.map((x) => `${r.question}: ${x} <- ${r.answer.slice(0, 50)}`);
    });
    expect(found).toEqual([]);
  });

  it('shows people their own words and the grader\'s, never a stem', () => {
    const stems = rows.flatMap((r) => {
      const own = new Set(wordsOf(r.answer));
      const card = cardWords(r.question);
      // The question an off-topic answer seems to answer is quoted in that question's own words.
      const other = OTHER_QUESTION.exec(r.grade.feedback)?.[1];
      if (other) expect(bank.questions.some((q) => q.text.trim().replace(/["“”]/g, "'").startsWith(other.replace(/\.\.\.$/, ''))), other).toBe(true);
      const bad = shown(r).map((t) => t.replace(OTHER_QUESTION, '')).flatMap(wordsOf).filter((w) => !own.has(w) && !card.has(w) && !SKILL_WORDS.has(w) && !TEMPLATE.has(w));
      return [...new Set(bad)].map((w) => `${r.question}: "${w}"`);
    });
    expect(stems).toEqual([]);
  });
});
