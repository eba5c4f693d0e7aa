import { readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, test } from 'vitest';
import { builtinFiles } from '../../../src/bank/files.js';
import { documentLocator, lineLocator, listItemStarts } from '../../../src/bank/locate.js';
import { BUILTIN_DIR } from '../../../src/package.js';
import { questionsFile, questionYaml } from '../../helpers/bank.js';

/**
 * Every path the line locator answers, compared with where `yaml` puts the same node: the line
 * locator may decline (undefined), never disagree.
 */
function compare(text: string): { answered: number; declined: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  expect(doc.errors).toEqual([]);
  const full = documentLocator(doc.contents, (o) => lineCounter.linePos(o));
  const data = loadYaml(text) as Record<string, Record<string, unknown>[] | undefined>;
  const fast = lineLocator(text, listItemStarts(text));
  let answered = 0;
  let declined = 0;
  const check = (path: PropertyKey[]) => {
    const got = fast(path);
    if (got === undefined) {
      declined++;
      return;
    }
    answered++;
    expect({ path, at: got }).toEqual({ path, at: full(path) });
  };
  for (const list of ['roles', 'skills', 'questions'] as const) {
    (data[list] ?? []).forEach((card, i) => {
      check([list, i]);
      for (const [key, value] of Object.entries(card)) {
        check([list, i, key]);
        if (Array.isArray(value)) value.forEach((_, k) => check([list, i, key, k]));
      }
      check([list, i, 'no_such_field']);
      check([list, i, 'skills', 99]);
    });
  }
  return { answered, declined };
}

describe('lineLocator agrees with the full parse wherever it answers', () => {
  test('every built-in file', () => {
    let answered = 0;
    for (const file of builtinFiles(BUILTIN_DIR)) answered += compare(readFileSync(file, 'utf8')).answered;
    expect(answered).toBeGreaterThan(1000);
  });

  test('the shapes a user may write', () => {
    const texts = [
      questionsFile(questionYaml('a'), questionYaml('b', { seniority: '[ mid ,senior, ]', skills: '[negotiation,compliance]  # two' })),
      // Compact lists at the key's own indent, comments and blank lines between items.
      ['questions:', '- id: c', '  seniority:', '  - mid', '', '  # a comment', '  - senior', '  skills:', '    - negotiation  # x', '  example_answer: >', '    Folded.', '  text: "quoted"', "  type: 'single'"].join('\n'),
      // A flow mapping as a card, quoted keys, a tag, an anchor and an alias, Windows line ends.
      ['questions:', '  - {id: d, seniority: [mid],', '     skills: [x]}', '  - "id": e', '    seniority: !!seq [mid]', '    skills: &s [a]', '  - id: f', '    skills: *s', ''].join('\r\n'),
      // Multi-line values: a plain scalar over two lines, a flow list over two lines, a nested list.
      ['questions:', '  - id: g', '    text: first line', '      second line', '    seniority: [mid,', '      senior]', '    skills:', '      - - nested', '    roles:', '      -   agent', '  - id: h', 'skills:', '  - id: k', '    name: K'].join('\n'),
    ];
    let answered = 0;
    for (const text of texts) answered += compare(text).answered;
    expect(answered).toBeGreaterThan(30);
  });
});
