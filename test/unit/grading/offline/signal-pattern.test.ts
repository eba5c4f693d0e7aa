// A signal's matcher (grading/offline/terms.ts) runs the pattern the signal stands for in three
// parts, to save compiling a case-blind \p{L} per signal: it must find what that RegExp finds,
// at the same index, with the same match and groups, on any text.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../../../src/bank/load.js';
import { signalPattern, signalRegExp } from '../../../../src/grading/offline/terms.js';

const root = join(__dirname, '../../../..');

/** What a RegExp exec gives, as plain data to compare. */
function shape(m: RegExpExecArray | null): unknown {
  return m && { index: m.index, input: m.input, groups: [...m], named: m.groups };
}

function sameAs(signal: string, text: string): void {
  const want = signalRegExp(signal).exec(text);
  const got = signalPattern(signal).re.exec(text);
  expect(shape(got), `${JSON.stringify(signal)} in ${JSON.stringify(text)}`).toEqual(shape(want));
  expect(signalPattern(signal).re.test(text)).toBe(want !== null);
}

// Letters and non-letters that case folding or surrogate pairs make awkward: the long s (folds to
// s), the Kelvin sign (folds to k), U+0345 (a mark that folds to a letter), a letter and an emoji
// outside the BMP, lone surrogates, accents, a dotted capital I.
const AWKWARD = ['ſ', 'K', '\u0345', '𝐀', '😀', '\ud800', '\udc00', 'é', 'İ', 'ı', '’', '-', ' ', '\n', '\u00a0', '.', '1', 'S', 'ING', 'es', 'd'];

function randomText(signal: string, random: () => number): string {
  const pieces = [signal, signal.toUpperCase(), `${signal}s`, `${signal}ing`, `${signal}ed`, `${signal}d`, `${signal}es`, `${signal}x`, `x${signal}`, ...AWKWARD, 'word', 'the', ' '];
  let text = '';
  const n = 1 + Math.floor(random() * 8);
  for (let i = 0; i < n; i++) text += pieces[Math.floor(random() * pieces.length)]!;
  return text;
}

describe('a signal matcher', () => {
  it('finds what the signal pattern finds, on awkward texts', () => {
    let state = 12345;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const signals = ['call', 'for the title', 'do it  my way', 'seven days or we sue', "won't help", 's', 'ing', 'es', 'k', 'ſ', '£45', 'a.b', 'x(y)', 'café', '😀 now'];
    for (const signal of signals) {
      for (let i = 0; i < 400; i++) sameAs(signal, randomText(signal.trim().toLowerCase(), random));
    }
  });

  it('finds what the signal pattern finds, for every signal of the built-in bank in its cards', () => {
    const { bank } = loadBank({ cwd: root, builtin: { dir: join(root, 'questions') } });
    for (const q of bank.questions) {
      const signals = [...(q.red_flags ?? []).flatMap((f) => f.signals ?? []), ...(q.wrong_claims ?? []).flatMap((c) => c.signals ?? [])];
      for (const signal of signals) {
        for (const text of [q.example_answer, `${signal}.`, `I said ${signal}s to them`, `"${signal}ing"`, `un${signal}`]) sameAs(signal, text);
      }
    }
  });
});
