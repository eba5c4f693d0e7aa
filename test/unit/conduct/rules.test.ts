// The conduct rules table: every rule is complete, and its own example is caught by its detectors.
import { describe, expect, test } from 'vitest';
import { citationFor, CONDUCT_RULES } from '../../../src/conduct/rules.js';
import { detectConduct } from '../../../src/conduct/detect.js';
import { readText } from '../../../src/language/read.js';

describe('conduct rules', () => {
  test('each rule\'s own example is flagged by that rule', () => {
    for (const rule of CONDUCT_RULES) {
      const j = rule.jurisdictions.includes('us') ? 'us' : 'uk';
      expect(detectConduct(readText(rule.example), { jurisdiction: j }).map((h) => h.rule), rule.id).toContain(rule.id);
    }
  });

  test('a flag cites the card\'s jurisdiction, both for any, the B2B note on commercial cards', () => {
    const rule = CONDUCT_RULES.find((r) => r.id === 'third-party-disclosure')!;
    expect(citationFor(rule, 'us', 'consumer')).toMatch(/^FDCPA/);
    expect(citationFor(rule, 'uk', undefined)).toMatch(/^CONC 7/);
    expect(citationFor(rule, 'any', undefined)).toMatch(/\(US\); .*\(UK\)$/);
    expect(citationFor(rule, 'us', 'commercial')).toMatch(/B2B/);
  });

  test('the spouse is the consumer on a US card and a third party on a UK card', () => {
    const s = readText('When his wife answered, I told her he was three months behind on the loan.');
    expect(detectConduct(s, { jurisdiction: 'us' })).toEqual([]);
    expect(detectConduct(s, { jurisdiction: 'uk' }).map((h) => h.rule)).toEqual(['third-party-disclosure']);
  });
});
