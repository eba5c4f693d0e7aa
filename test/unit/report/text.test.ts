import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { ResultEntry } from '../../../src/grading/entry.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderGradeLines, renderScoreList, renderSummary, renderText } from '../../../src/report/text.js';
import { buildReport } from '../../../src/session/summary.js';
import { visibleLength } from '../../../src/text/layout.js';

const plain = new Chalk({ level: 0 });

function entry(extra: Partial<ResultEntry> = {}): ResultEntry {
  return {
    id: 'agent-mid-refuses-to-pay',
    question: 'A customer tells you they will not pay, even after several reminders. What do you do?',
    answer: 'I would call his mother and tell her he owes us.',
    seniority: ['mid'],
    type: 'situational',
    skills: ['dispute-handling', 'communication'],
    grader: 'offline',
    score: 2,
    criteria: [
      { name: 'dispute-handling', score: 2, comment: '' },
      { name: 'communication', score: 2, comment: '' },
    ],
    matched_points: [],
    missing_points: ['Finds out why the customer is refusing'],
    red_flags: ['Discloses the debt to a third party'],
    feedback: '',
    suggestions: [],
    ...extra,
  };
}

const DISCLOSES = 'Discloses the debt to a third party (family, employer, neighbours, social media)';

const info = {
  id: '20261201-100000-abcd',
  started_at: '2026-12-01T10:00:00.000Z',
  role: 'agent',
  levels: ['mid'],
  grader: 'offline' as const,
  seed: 7,
  mode: 'batch' as const,
  skill_names: { 'dispute-handling': 'Dispute handling', communication: 'Communication' },
};

describe('a grade on screen', () => {
  it('shows each conduct flag once, with its citation and the words, and fact errors as claim -> correct with the words', () => {
    const lines = renderGradeLines(
      entry({
        red_flags: [DISCLOSES],
        conduct: [{ rule: 'third-party-disclosure', citation: 'FDCPA §1692c(b)', words: 'tell her he owes us' }],
        fact_errors: [{ claim: 'Calling seven times a day is allowed', correct: 'Reg F presumes harassment above 7 calls in 7 days', words: 'seven times a day' }],
      }),
      { colour: plain, width: 60 },
    ).join('\n');
    const flat = lines.replace(/\n\s+/g, ' ');
    expect(flat).toContain(`! red flag: ${DISCLOSES} (FDCPA §1692c(b)): "tell her he owes us"`);
    // The flag, its rule and its words once: not a flag line, then a rule line, then the words again.
    expect(flat.split('Discloses the debt').length - 1).toBe(1);
    expect(flat.split('tell her he owes us').length - 1).toBe(1);
    expect(flat).toContain('wrong: Calling seven times a day is allowed -> Reg F presumes harassment above 7 calls in 7 days: "seven times a day"');
    // Red flags come before the key points.
    expect(lines.indexOf('red flag')).toBeLessThan(lines.indexOf('missing:'));
  });

  it('says the weakest skills leave out the flagged answers, whose low scores are in "By skill" above them', () => {
    const report = buildReport(info, [entry(), entry({ id: 'b', red_flags: [], score: 3, answer: 'I would ask why.', criteria: [{ name: 'communication', score: 3, comment: '' }], skills: ['communication'] })]);
    const text = renderText(report, { colour: plain, width: 80 });
    expect(text).toContain('Weakest (leaving out the 1 flagged answer): Communication');
    const clean = renderText(buildReport(info, [entry({ red_flags: [], score: 3 })]), { colour: plain, width: 80 });
    expect(clean).toMatch(/Weakest: /);
  });

  it('names skills, shows the question, and fits 60 columns', () => {
    const report = buildReport(info, [entry(), entry({ red_flags: [], score: 4, answer: 'I would ask why.' })]);
    const text = renderText(report, { colour: plain, width: 60 });
    for (const line of text.split('\n')) expect(visibleLength(line), line).toBeLessThanOrEqual(60);
    expect(text).toContain('Dispute handling 2');
    // Ids only where a command needs them.
    expect(text.replace(/ \\\n\s*/g, ' ').replace(/--skill \S+/g, '')).not.toMatch(/dispute-handling/);
    expect(text).toContain('A customer tells you they will not pay');
    const md = renderMarkdown(report);
    expect(md).toContain('| Dispute handling | 2 |');
    expect(md).toContain('**1 of 2 answers would worry an interviewer:**');
    expect(md).toContain('- ! 1. agent-mid-refuses-to-pay: Discloses the debt to a third party');
    expect(md.slice(md.indexOf('## Summary')).split('Discloses the debt').length - 1).toBe(1);
  });
});

describe('the summary', () => {
  it('opens with one verdict line, then the red flags of each answer that has them, each said once', () => {
    const report = buildReport(info, [entry(), entry({ red_flags: [], score: 4 })]);
    expect(report.summary.verdict).toBe('1 of 2 answers would worry an interviewer: Discloses the debt to a third party.');
    const text = renderSummary(report.summary, { colour: plain, width: 100, skillNames: info.skill_names }).split('\n');
    // The JSON verdict keeps its reasons; on screen they are the answer's line just below.
    expect(text[1]).toBe('  1 of 2 answers would worry an interviewer:');
    expect(text[2]).toBe('  ! 1. agent-mid-refuses-to-pay: Discloses the debt to a third party');
  });

  it('says so when no answer has a red flag or a wrong fact, and counts not submitted apart from skipped', () => {
    const report = buildReport(info, [
      entry({ red_flags: [], score: 4 }),
      entry({ skipped: true, answer: '', score: null }),
      entry({ skipped: true, answer: 'half an answ', score: null }),
    ]);
    expect(report.summary.verdict).toBe('No red flag or wrong fact in any answer (average 4.0/5).');
    const text = renderSummary(report.summary, { colour: plain, width: 80 });
    expect(text).toContain('over 1 answer, 1 skipped, 1 not submitted');
  });
});

describe('the score list at the end of a session', () => {
  it.each([60, 80])('keeps a long id and its "(try 2)" whole at %i columns (the id is what --id takes), and fits', (width) => {
    const id = 'supervisor-lead-resistant-client-negotiation';
    const text = renderScoreList([entry({ id, score: 1 }), entry({ id, score: 3.7, attempt: 2 })], { colour: plain, width });
    const list = text.split('\n');
    expect(list.filter((l) => l.includes(`${id} (try 2)`))).toHaveLength(1);
    expect(list.filter((l) => l.includes(id) && !l.includes('(try'))).toHaveLength(1);
    expect(text).toMatch(/\(try 2\)\s+3\.7\/5/);
    for (const line of list) expect(visibleLength(line), line).toBeLessThanOrEqual(width);
    // At 80 columns it fits beside its score; at 60 the score goes on the line below.
    expect(list.length).toBe(width === 80 ? 2 : 4);
  });
});
