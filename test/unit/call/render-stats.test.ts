// The calls section of `stats` at the widths people use: a line breaks between items, never between a skill and
// its score or a count and its average (a new user at 60 columns saw "Negotiation" / "1.0").
import { describe, expect, it } from 'vitest';
import { renderCallStatsText } from '../../../src/call/render.js';
import { Chalk } from 'chalk';

const stats = {
  calls: 1,
  reviews: 0,
  average: 1.3,
  review_average: null,
  with_breaches: 1,
  interrupted: 0,
  by_skill: { communication: 1, compliance: 1, negotiation: 1, 'problem-solving': 2 },
  rules: [{ rule: 'skipping-id-checks', count: 2 }],
  recent: [],
};
const names = new Map([['communication', 'Communication'], ['compliance', 'Compliance'], ['negotiation', 'Negotiation'], ['problem-solving', 'Problem solving']]);

describe.each([60, 80])('the calls section of stats at %i columns', (width) => {
  it('keeps each skill with its score and each count with its average', () => {
    const lines = renderCallStatsText(stats, { colour: new Chalk({ level: 0 }), width }, names).split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(width);
    for (const item of ['Communication 1.0', 'Compliance 1.0', 'Negotiation 1.0', 'Problem solving 2.0', '1 call (average 1.3/5, 1 with a breach)', '0 QA reviews (average –)']) {
      expect(lines.some((l) => l.includes(item)), item).toBe(true);
    }
  });
});
