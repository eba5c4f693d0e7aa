// Reading an answer: what the grader's patterns see of its words.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/language/read.js';
import { detectConduct } from '../../../src/conduct/detect.js';

describe('readText', () => {
  it('leaves line breaks out of a sentence, so an answer wrapped in a file reads as one typed on a line', () => {
    const wrapped = readText("I'd be letting their bank and their\nother suppliers know they don't pay their bills.\n");
    const typed = readText("I'd be letting their bank and their other suppliers know they don't pay their bills.");
    expect(wrapped.sentences).toHaveLength(1);
    expect(wrapped.sentences[0]!.tokens.map((t) => t.l)).toEqual(typed.sentences[0]!.tokens.map((t) => t.l));
    expect(detectConduct(wrapped, {}).map((h) => h.rule)).toEqual(detectConduct(typed, {}).map((h) => h.rule));
    expect(detectConduct(wrapped, {}).length).toBeGreaterThan(0);
  });

  it('counts no empty sentence for a trailing newline or a blank line between paragraphs', () => {
    expect(readText('First we listened.\n\nThen we agreed a plan.\n').sentences.map((s) => s.tokens.length)).toEqual([4, 6]);
  });

  it('reads British doubled-l forms by their lemma', () => {
    const l = readText('I kept redialling and cancelled the plan.').sentences[0]!.tokens.map((t) => t.l);
    expect(l).toContain('redial');
    expect(l).toContain('cancel');
  });
});

describe('single quotation marks', () => {
  const quoted = (text: string) => readText(text).sentences.flatMap((s) => s.tokens.filter((t) => t.quoted).map((t) => t.w));
  it("marks the words between them as quoted, across a contraction inside", () => {
    expect(quoted("He said 'you lot are thieves, I want it back' and hung up.")).toEqual(['you', 'lot', 'are', 'thieves', ',', 'i', 'want', 'it', 'back']);
    expect(quoted("She told me 'everyone's depressed, it doesn't stop the bills.'")).toContain('depressed');
  });
  it('leaves apostrophes, a mark with no closing one, and a short name in scare quotes unquoted', () => {
    expect(quoted("The customers' accounts were reviewed and the agents' notes checked.")).toEqual([]);
    expect(quoted("I said 'no and left it there.")).toEqual([]);
    expect(quoted("The agencies kept their 'criminal referral' letter.")).toEqual([]);
  });
});

describe('conduct words from an answer typed over several lines', () => {
  it('shows the words that raised a flag on one line', () => {
    const hits = detectConduct(readText("She's my best closer, so I'd keep it between us. I wouldn't escalate it to\ncompliance, and the account can keep being worked."), {});
    expect(hits.map((h) => h.rule)).toContain('hiding-complaints-or-breaches');
    for (const h of hits) expect(h.words).not.toMatch(/\n/);
  });
});

describe('a reading does not depend on what the process read before', () => {
  // wink adds unseen words to its lexicon as it reads, and once "customer's" is there its tokenizer keeps it whole
  // (wink-model.ts, beginDocument): the same words must read the same after other texts as in a fresh process.
  const words = (text: string) => readText(text).sentences[0]!.tokens.map((t) => t.w);

  it('splits a possessive the same way before and after texts that hold the word alone', () => {
    const before = words("I didn't log a customer's grumble about fees as a complaint.");
    for (const t of ["It was the customer's.", "The customer's!", "customer's", "a customer's, then", "'customer's'", "(customer's)"]) readText(t);
    const after = words("I didn't log a customer's grumble about fees as a complaint. Then I logged it.");
    expect(before).toContain("'s");
    expect(after).toEqual(before);
  });
});
