// Structure feedback: advice only for what an answer lacks, and only the parts its card calls for.
import { describe, expect, it } from 'vitest';
import type { Skill } from '../../../../src/bank/schema.js';
import { gradeOffline, type GradableQuestion } from '../../../../src/grading/offline/grade.js';

const skills = new Map<string, Skill>([['negotiation', { id: 'negotiation', name: 'Negotiation', description: 'd', rubric: { 1: 'weak', 3: 'ok', 5: 'strong' } }]]);

const card = (over: Partial<GradableQuestion>): GradableQuestion => ({
  id: 'c',
  text: 'A client will not pay. How do you run the negotiation?',
  type: 'situational',
  skills: ['negotiation'],
  why_asked: 'w',
  how_to_answer: ['h'],
  example_answer: 'First I research the history, then I listen, then I confirm in writing.',
  key_points: [{ point: 'Researches the history first', signals: ['research', 'history'] }],
  ...over,
});

const all = (g: { feedback: string; suggestions: string[] }) => [g.feedback, ...g.suggestions].join(' ');

describe('structure feedback', () => {
  it('does not tell an answer with its steps in order to walk through its steps in order', () => {
    const g = gradeOffline(card({}), 'First I would research the history. Then I would call the director and listen. Next I would be firm on the balance. Finally I would confirm it in writing.', { skills });
    expect(g.feedback).toMatch(/has steps in order/);
    expect(g.feedback).toMatch(/lacks the rule or policy that bounds you/);
    expect(g.suggestions.join(' ')).not.toMatch(/steps in order/i);
    expect(g.suggestions).toContain('Name the rule or policy that bounds you.');
  });

  it('asks for a formula or a worked figure only when the card itself has one', () => {
    const notes = card({
      type: 'technical',
      text: 'What should a good call note contain?',
      example_answer: 'Who I spoke to, how I verified them, what was agreed and the next action, written during the call.',
      key_points: [{ point: 'Records who and what was agreed', signals: ['who', 'agreed'] }],
    });
    const answer = 'I note who I spoke to and what was agreed, and I use the note to plan the next call.';
    expect(all(gradeOffline(notes, answer, { skills }))).not.toMatch(/formula|worked figure|with figures/);
    const dso = card({
      type: 'technical',
      text: 'How do you calculate DSO?',
      example_answer: 'DSO is receivables divided by credit sales, times the days in the period: 3.6 million over 4 million times 90 is 81 days.',
      key_points: [{ point: 'Gives the DSO formula', signals: ['divided by', 'credit sales'] }],
    });
    expect(gradeOffline(dso, 'DSO tells me how long credit sales stay unpaid as receivables, and I use it to plan the calls.', { skills }).feedback).toMatch(/definition or formula.*lacks a worked figure/);
  });

  it('does not say an answer lacks a result beside a key point it made that is the result', () => {
    const star = card({
      type: 'behavioral',
      text: 'Tell me about a customer you helped back on track.',
      key_points: [{ point: 'Ends with a measured result', signals: ['back on her feet'] }],
    });
    const g = gradeOffline(star, 'Last year a customer had lost her job. My goal was a plan she could keep. I listened, I set up a small instalment, and she was soon back on her feet.', { skills });
    expect(g.matched_points).toContain('Ends with a measured result');
    expect(g.feedback).not.toMatch(/lacks[^.]*a result/);
  });

  it('asks only for the kind of detail it is not specific about yet', () => {
    const answer = 'First I would research the history within the week. Then I would call the director and listen, as our policy says. Next I would agree a plan with him. Finally I would confirm it in writing and follow it up every week after that, so nothing slips again between us.';
    const g = gradeOffline(card({}), answer, { skills });
    expect(g.feedback).toMatch(/is specific \([^)]*time frames/);
    expect(g.suggestions.join(' ')).toMatch(/Make it concrete: a figure/);
    expect(g.suggestions.join(' ')).not.toMatch(/time frame/);
  });
});
