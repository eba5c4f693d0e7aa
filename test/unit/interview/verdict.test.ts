import { describe, expect, it } from 'vitest';
import type { InterviewResult } from '../../../src/interview/model.js';
import { interviewVerdict, legalFact, levelBar } from '../../../src/interview/verdict.js';

const LONG = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');

function result(score: number, extra: Partial<InterviewResult> = {}): InterviewResult {
  return {
    id: `q${Math.random().toString(16).slice(2, 6)}`,
    question: 'Q?',
    answer: LONG,
    seniority: ['mid'],
    type: 'situational',
    skills: ['negotiation'],
    grader: 'offline',
    score,
    criteria: [{ name: 'negotiation', score: Math.round(score), comment: '' }],
    matched_points: [],
    missing_points: ['Checks affordability'],
    red_flags: [],
    feedback: '',
    suggestions: [],
    stage: 'main',
    follow_up: null,
    ...extra,
  };
}

const verdict = (results: InterviewResult[], rung = 1) =>
  interviewVerdict({ results, job: 'Collections Agent (agent mid)', rung, drillCommand: (s) => `collections-prep drill --job 'Collections Agent'${s.length ? ` --skill ${s.join(',')}` : ''}` });

describe('the interview verdict', () => {
  it('sets a bar per rung of the ladder', () => {
    expect([0, 1, 2, 3, 4, 5].map(levelBar)).toEqual([3, 3.25, 3.5, 3.75, 3.75, 3.75]);
  });

  it('strong answers with no flags: ready', () => {
    const v = verdict([result(4.6), result(4.2), result(4.8)]);
    expect(v.outcome).toBe('ready');
    expect(v.reasons[0]).toMatch(/at or above the bar of 3.25/);
    expect(v.next_command).toBeUndefined();
  });

  it('one red flag among strong answers: not yet, and the flag is the first reason', () => {
    const v = verdict([result(4.6), result(2, { red_flags: ['Threatens arrest'], conduct: [{ rule: 'threat-of-arrest', citation: 'FDCPA §1692e(4)', words: 'you will be arrested' }] }), result(4.8)]);
    expect(v.outcome).toBe('not-yet');
    expect(v.reasons[0]).toMatch(/^Red flag in question 2 .*Threatens arrest.*"you will be arrested" \(FDCPA §1692e\(4\)\)/);
  });

  it('a red flag in a follow-up answer counts too', () => {
    const follow_up = { question: 'And then?', reason: 'r', target: null, source: 'card' as const, answer: 'a', score: 2, main_score: 3.5, final_score: 2, recovered_points: [], red_flags: ['Discloses the debt to a third party'], feedback: '' };
    expect(verdict([result(4.6), result(2, { follow_up }), result(4.8)]).outcome).toBe('not-yet');
  });

  it('a wrong statement of a legal rule: not yet; a wrong metric: borderline at best', () => {
    const legal = { claim: 'Calling up to seven times a day is allowed', correct: 'Reg F presumes harassment above 7 call attempts in 7 days (12 CFR 1006.14(b)(2))', words: 'seven times a day' };
    const metric = { claim: 'The DSO formula backwards', correct: 'DSO = receivables / credit sales x days in the period', words: 'sales over receivables' };
    expect(legalFact(legal)).toBe(true);
    expect(legalFact(metric)).toBe(false);
    expect(verdict([result(4.6), result(4.5, { fact_errors: [legal] }), result(4.8)]).outcome).toBe('not-yet');
    const v = verdict([result(4.6), result(4.5, { fact_errors: [metric] }), result(4.8)]);
    expect(v.outcome).toBe('borderline');
    expect(v.reasons.join('\n')).toMatch(/Wrong fact in question 2.*In fact: DSO =/);
  });

  it('at the boundary: an average on the bar is ready, a tenth below is borderline', () => {
    expect(verdict([result(3.25), result(3.25), result(3.25)]).outcome).toBe('ready');
    const below = verdict([result(3.2), result(3.2), result(3.2)]);
    expect(below.outcome).toBe('borderline');
    expect(below.reasons.join('\n')).toMatch(/Below the bar for Collections Agent \(agent mid\) \(3.25\): negotiation 3.0/);
    expect(below.next_command).toBe("collections-prep drill --job 'Collections Agent' --skill negotiation");
  });

  it('at the other boundary: 0.75 below the bar is borderline, lower is not yet', () => {
    expect(verdict([result(2.5), result(2.5), result(2.5)]).outcome).toBe('borderline');
    expect(verdict([result(2.4), result(2.4), result(2.5)]).outcome).toBe('not-yet');
  });

  it('a weak answer keeps a high average from ready, and says why (too short)', () => {
    const v = verdict([result(5), result(5), result(2.3, { answer: 'I would ask them to pay.' })]);
    expect(v.outcome).toBe('borderline');
    expect(v.reasons.join('\n')).toMatch(/Weak answer to question 3 .*too short \(6 words\)/);
  });

  it('unanswered questions count as the lowest score and keep it from ready', () => {
    const v = interviewVerdict({ results: [result(5), result(5)], job: 'x', rung: 0, planned: 3, drillCommand: () => 'c' });
    expect(v.average).toBe(3.7);
    expect(v.outcome).toBe('borderline');
    expect(v.reasons.join('\n')).toMatch(/1 question not answered/);
  });
});
