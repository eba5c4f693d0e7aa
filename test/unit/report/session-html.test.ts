import { describe, expect, it } from 'vitest';
import type { ResultEntry } from '../../../src/grading/entry.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderSessionHtml } from '../../../src/report/session-html.js';
import { renderText } from '../../../src/report/text.js';
import { buildReport } from '../../../src/session/summary.js';

const result: ResultEntry = {
  id: 'agent-mid-refuses-to-pay',
  question: 'A customer tells you they will not pay. What do you do?',
  answer: 'I ask why, listen, and offer a plan they can afford.',
  seniority: ['mid'],
  type: 'situational',
  skills: ['negotiation'],
  grader: 'llm',
  model: 'test-model',
  score: 4,
  criteria: [{ name: 'negotiation', score: 4, comment: 'Offers a plan.' }],
  matched_points: ['Finds out why the customer is refusing'],
  missing_points: [],
  red_flags: [],
  feedback: 'A sound answer.',
  suggestions: [],
  warnings: ['The LLM scored 4.0 and the offline grader 1.5: a second look is worth it.', 'The 3 samples disagree: overall scores 3.0, 5.0, 4.0 (spread 2).'],
  samples: { count: 3, scores: [3, 5, 4], overall: 2, by_skill: { negotiation: 2 } },
};

const report = buildReport(
  { id: '20261201-100000-abcd', started_at: '2026-12-01T10:00:00.000Z', role: 'agent', levels: ['mid'], grader: 'llm', seed: null, mode: 'batch', skill_names: { negotiation: 'Negotiation' } },
  [result],
);

describe('the HTML session report', () => {
  it("shows a grade's cautions and the spread of --samples, as text and Markdown do, with skills by name", () => {
    const html = renderSessionHtml(report);
    expect(html).toContain('<strong>Cautions:</strong>');
    expect(html).toContain('The LLM scored 4.0 and the offline grader 1.5: a second look is worth it.');
    expect(html).toContain('The 3 samples disagree: overall scores 3.0, 5.0, 4.0 (spread 2).');
    expect(html).toContain('<strong>Samples:</strong> 3 replies scored 3.0, 5.0, 4.0; spread 2 (per skill: Negotiation 2); the median is used.');
    // The same facts in every format.
    for (const out of [renderText(report), renderMarkdown(report)]) {
      expect(out).toContain('The LLM scored 4.0 and the offline grader 1.5');
      expect(out.replace(/\s+/g, ' ')).toContain('3 replies scored 3.0, 5.0, 4.0; spread 2 (per skill: Negotiation 2)');
    }
  });

  it('escapes a caution as any other text from a server', () => {
    const html = renderSessionHtml(buildReport(report.session, [{ ...result, warnings: ['<img src=x onerror=alert(1)>'] }]));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shows neither when the grade has none', () => {
    const html = renderSessionHtml(buildReport(report.session, [{ ...result, warnings: undefined, samples: undefined }]));
    expect(html).not.toContain('Cautions:');
    expect(html).not.toContain('Samples:');
  });
});
