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

  // Sentences written for this test, in no corpus file.
  const rules = (text: string) => detectConduct(readText(text), { jurisdiction: 'us' }).map((h) => h.rule);

  test('veiled threats: a third party or the courts held over the customer, a consequence left unnamed', () => {
    expect(rules("I'd mention, kindly, that I'd hate for her landlord's neighbours or her boss to find out she was behind.")).toContain('threat-unlawful-action');
    expect(rules('I said it would be a shame if this ended up with our lawyers.')).toContain('threat-unlawful-action');
    expect(rules('I told him that unless he paid this week, things could get very messy for him.')).toContain('threat-unlawful-action');
    expect(rules("I'd copy his manager in on the next email so it got some attention.")).toContain('third-party-disclosure');
    // The same words, safe: nobody held over anyone, the candidate's own manager, a consequence for the firm.
    expect(rules("I'd hate for a customer to feel rushed, so I give them time to think.")).toEqual([]);
    expect(rules('If we had kept that dialler setting, things could get messy for the company with the regulator.')).toEqual([]);
    expect(rules("We had never sued anyone that small, so I told my manager I wouldn't sign a letter threatening it.")).toEqual([]);
  });

  test('the one heard or seen does the act, and another firm\'s collectors are not the candidate\'s practice', () => {
    expect(rules('I heard her tell a man his wages would be garnished next Friday, so I stopped the call and logged it.')).toEqual([]);
    expect(rules("The agency's audit showed their collectors were telling people their wages would be garnished, so we pulled the accounts.")).toEqual([]);
    expect(rules('I told a man his wages would be garnished next Friday.')).toContain('threat-unlawful-action');
    expect(rules('Our QA sampling caught one of the new agents telling a customer she could be arrested, so I retrained him.')).toEqual([]);
  });

  test('words that only look like a rule: a fee charged on an account, a call with a failure in it, letting the firm go, collecting from a company', () => {
    expect(rules('If the fee is being charged on her account it may be charged on others, so I raised it with compliance.')).toEqual([]);
    expect(rules('Any payment from a call with a compliance failure is held for review.')).toEqual([]);
    expect(rules("The contract doesn't let us go and collect the stock ourselves during the moratorium.")).toEqual([]);
    expect(rules("I told the director we weren't collecting from the company; we were following the court process.")).toEqual([]);
    // The harm itself is still read.
    expect(rules('I told him he would be charged with fraud if he did not pay.')).toContain('threat-arrest');
    expect(rules('I called him a failure.')).toContain('shaming-abuse');
    expect(rules("I wouldn't let her go until she paid.")).toContain('holding-on-line');
  });
});
