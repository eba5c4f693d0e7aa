// A red flag is said once per place: in the grade (flag, rule and words on one line) and once in
// the summary, never again in the feedback or the advice. Over text, Markdown and HTML.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Skill } from '../../../src/bank/schema.js';
import type { ResultEntry } from '../../../src/grading/entry.js';
import { gradeOffline, type GradableQuestion } from '../../../src/grading/offline/grade.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderSessionHtml } from '../../../src/report/session-html.js';
import { renderText } from '../../../src/report/text.js';
import { buildReport } from '../../../src/session/summary.js';

const skills = new Map<string, Skill>([['negotiation', { id: 'negotiation', name: 'Negotiation', description: 'd', rubric: { 1: 'weak', 3: 'ok', 5: 'strong' } }]]);
const question: GradableQuestion = {
  id: 'refuses',
  text: 'A customer refuses to pay after several reminders. What do you do?',
  type: 'situational',
  skills: ['negotiation'],
  jurisdiction: 'us',
  sector: 'consumer',
  why_asked: 'w',
  how_to_answer: ['h'],
  example_answer: 'I would ask why, offer a plan and confirm it in writing.',
  key_points: [{ point: 'Offers an affordable plan', signals: ['payment plan'] }],
  wrong_claims: [{ claim: 'Seven calls a day are allowed', signals: ['seven calls a day'], correct: 'Reg F presumes harassment above 7 call attempts in 7 days' }],
};
const ANSWER = 'I told him: if you do not pay by Friday, you will be arrested. Seven calls a day are fine under the rules, so I would keep ringing.';

function report() {
  const g = gradeOffline(question, ANSWER, { skills });
  const entry: ResultEntry = { id: 'refuses', question: question.text, answer: ANSWER, seniority: ['mid'], type: 'situational', skills: ['negotiation'], ...g };
  const info = { id: '20261201-100000-abcd', started_at: '2026-12-01T10:00:00.000Z', role: 'agent', levels: ['mid'], grader: 'offline' as const, seed: 1, mode: 'batch' as const, skill_names: { negotiation: 'Negotiation' } };
  return { g, r: buildReport(info, [entry]) };
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('a red flag and a wrong fact, said once', () => {
  const { g, r } = report();
  const flag = g.red_flags[0]!;
  const words = g.conduct![0]!.words.replace(/[.\s]+$/, '');
  const citation = g.conduct![0]!.citation;

  it('the grade raises them (the premise)', () => {
    expect(g.red_flags).toHaveLength(1);
    expect(g.fact_errors).toHaveLength(1);
    // The answer's own words that matched the wrong claim, not the card's signal nor the whole sentence.
    expect(g.fact_errors![0]!.words).toBe('Seven calls a day');
    // Neither the feedback nor the advice repeats what the flag and fact lines show.
    for (const s of [g.feedback, ...g.suggestions]) {
      expect(s).not.toContain(words);
      expect(s).not.toContain(citation);
      expect(s.toLowerCase()).not.toContain(flag.toLowerCase());
      expect(s).not.toContain(g.fact_errors![0]!.correct);
    }
  });

  it('text: the flag once in the grade and once in the summary; its rule and words once; the fact with its words', () => {
    const text = renderText(r, { colour: new Chalk({ level: 0 }), width: 1000 });
    expect(count(text, flag)).toBe(2);
    expect(count(text, citation)).toBe(1);
    expect(count(text, `"${g.conduct![0]!.words}"`)).toBe(1);
    expect(text).toContain(`red flag: ${flag} (${citation}): "${g.conduct![0]!.words}"`);
    expect(text).toContain(`wrong: Seven calls a day are allowed -> Reg F presumes harassment above 7 call attempts in 7 days: "${g.fact_errors![0]!.words}"`);
  });

  it('markdown and html: the same', () => {
    const md = renderMarkdown(r);
    const body = md.slice(md.indexOf('**Score:**'));
    expect(count(body, flag)).toBe(2);
    expect(count(body, citation)).toBe(1);
    expect(body).toContain(`"${g.fact_errors![0]!.words}"`);
    const html = renderSessionHtml(r);
    const page = html.slice(html.indexOf('<h2>Summary'));
    expect(count(page, flag)).toBe(2);
    expect(count(page, citation)).toBe(1);
    expect(page).toContain(`“${g.fact_errors![0]!.words}”`);
  });
});
