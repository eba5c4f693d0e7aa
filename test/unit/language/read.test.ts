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

describe('conduct words from an answer typed over several lines', () => {
  it('shows the words that raised a flag on one line', () => {
    const hits = detectConduct(readText("She's my best closer, so I'd keep it between us. I wouldn't escalate it to\ncompliance, and the account can keep being worked."), {});
    expect(hits.map((h) => h.rule)).toContain('hiding-complaints-or-breaches');
    for (const h of hits) expect(h.words).not.toMatch(/\n/);
  });
});
