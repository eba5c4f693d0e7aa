import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { compareAttempts, renderAttemptChange } from '../../../src/report/attempts.js';

const plain = new Chalk({ level: 0 });

const first = {
  score: 1.5,
  criteria: [
    { name: 'negotiation', score: 2, comment: '' },
    { name: 'compliance', score: 1, comment: '' },
  ],
  matched_points: ['Reviews the account history before acting.'],
  missing_points: ['Asks why the customer refuses and listens.', 'Documents and escalates per procedure.'],
  red_flags: ['Discloses the debt to a third party'],
  fact_errors: [{ claim: 'Seven calls a day are allowed', correct: 'Reg F: 7 in 7 days', words: 'seven a day' }],
};
const second = {
  score: 3.6,
  criteria: [
    { name: 'negotiation', score: 4, comment: '' },
    { name: 'compliance', score: 1, comment: '' },
  ],
  matched_points: ['Asks why the customer refuses and listens.', 'Documents and escalates per procedure.'],
  missing_points: ['Reviews the account history before acting.'],
  red_flags: ['Threatens action that is not intended'],
};

describe('another try beside the one before', () => {
  it('says which key points and red flags were gained or lost, and how each score moved', () => {
    const change = compareAttempts(first, second);
    expect(change).toEqual({
      before: 1.5,
      after: 3.6,
      skills: [
        { skill: 'negotiation', before: 2, after: 4 },
        { skill: 'compliance', before: 1, after: 1 },
      ],
      gained: ['Asks why the customer refuses and listens.', 'Documents and escalates per procedure.'],
      lost: ['Reviews the account history before acting.'],
      flagsGone: ['Discloses the debt to a third party', 'wrong: Seven calls a day are allowed'],
      flagsNew: ['Threatens action that is not intended'],
    });
  });

  it.each([60, 80])('renders a table of the two tries and the changes, by skill name, within %i columns', (width) => {
    const lines = renderAttemptChange(compareAttempts(first, second), 2, { colour: plain, width, skillNames: { negotiation: 'Negotiation', compliance: 'Compliance' } });
    for (const line of lines.join('\n').split('\n')) expect(line.length, line).toBeLessThanOrEqual(width);
    // Bullets wrap at words under their marker: read them as one line each.
    const text = lines.join('\n').replace(/\n {7}(?! )/g, ' ');
    expect(text).toMatch(/Try 2 beside try 1:/);
    expect(text).toMatch(/try 1 +try 2 +change/);
    expect(text).toMatch(/Score +1\.5 +3\.6 +\+2\.1/);
    expect(text).toMatch(/Negotiation +2 +4 +\+2/);
    expect(text).toMatch(/Compliance +1 +1 +same/);
    expect(text).toContain('✓ now made: Asks why the customer refuses and listens.');
    expect(text).toContain('✗ no longer made: Reviews the account history before acting.');
    expect(text).toContain('✓ red flag gone: Discloses the debt to a third party');
    expect(text).toContain('✓ wrong fact gone: Seven calls a day are allowed');
    expect(text).toContain('! new red flag: Threatens action that is not intended');
  });

  it('says so when nothing but the numbers changed', () => {
    const text = renderAttemptChange(compareAttempts(first, { ...first, score: 1.7 }), 3, { colour: plain, width: 80 }).join('\n');
    expect(text).toMatch(/Try 3 beside try 2:/);
    expect(text).toMatch(/Score +1\.5 +1\.7 +\+0\.2/);
    expect(text).toContain('The same key points and red flags as before.');
  });
});
