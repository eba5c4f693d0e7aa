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

// The line locator and listItemStarts as first written (a regular expression per line), kept
// here as the reference that the faster offset-based versions must match on any text at all.
function referenceItemStarts(text: string): Record<'roles' | 'skills' | 'questions', { line: number; col: number }[]> {
  const out: Record<'roles' | 'skills' | 'questions', { line: number; col: number }[]> = { roles: [], skills: [], questions: [] };
  let current: { line: number; col: number }[] | undefined;
  let indent = -1;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const top = /^(roles|skills|questions):\s*(#.*)?$/.exec(line);
    if (top) {
      current = out[top[1] as 'roles' | 'skills' | 'questions'];
      indent = -1;
      return;
    }
    if (/^[^\s#-]/.test(line)) {
      current = undefined;
      return;
    }
    if (!current) return;
    const item = /^( *)- +(?=\S)/.exec(line);
    if (!item) return;
    if (indent < 0) indent = item[1]!.length;
    if (item[1]!.length === indent) current.push({ line: i + 1, col: item[0].length + 1 });
  });
  return out;
}

/** What the reference answered for a path of three or four (a card's field, or an item of a list field). */
function referenceField(lines: readonly string[], starts: ReturnType<typeof referenceItemStarts>, list: 'roles' | 'skills' | 'questions', index: number, field: string, item?: number) {
  const cards = starts[list];
  const card = cards[index]!;
  const keyCol = card.col;
  const last = (cards[index + 1]?.line ?? lines.length + 1) - 1;
  const key = new RegExp(`^${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(?=[ \\t]|$)`);
  for (let n = card.line; n <= last; n++) {
    const line = lines[n - 1]!;
    if (n > card.line) {
      const lead = /^ */.exec(line)![0].length;
      if (line.trim() !== '' && !line.trimStart().startsWith('#') && lead < keyCol - 1) return undefined;
      if (lead !== keyCol - 1) continue;
    }
    const m = key.exec(line.slice(keyCol - 1));
    if (!m) continue;
    const afterKey = keyCol - 1 + m[0].length;
    const valueAt = afterKey + /^[ \t]*/.exec(line.slice(afterKey))![0].length;
    const value = line.slice(valueAt);
    const inline = value !== '' && !value.startsWith('#');
    if (inline && /^[&!*]/.test(value)) return undefined;
    if (item === undefined) return inline ? { line: n, col: valueAt + 1 } : undefined;
    if (inline) {
      const flow = /^\[([^\]\[{}"'#&*!]*)\]\s*(#.*)?$/.exec(value);
      if (!flow) return undefined;
      let at = 1;
      const itemStarts: number[] = [];
      for (const part of flow[1]!.split(',')) {
        if (part.trim() !== '') itemStarts.push(at + /^\s*/.exec(part)![0].length);
        at += part.length + 1;
      }
      const start = itemStarts[item];
      return start === undefined ? undefined : { line: n, col: valueAt + start + 1 };
    }
    let indent = -1;
    let seen = 0;
    for (let k = n + 1; k <= last; k++) {
      const text = lines[k - 1]!;
      if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
      const lead = /^ */.exec(text)![0].length;
      if (lead < keyCol - 1) return undefined;
      const dash = /^( *)-[ \t]+/.exec(text);
      if (indent < 0) {
        if (!dash) return undefined;
        indent = dash[1]!.length;
      }
      if (lead === indent && dash && dash[1]!.length === indent) {
        const rest = text.slice(dash[0].length);
        if (seen === item) return rest === '' || /^[-?:,\[\]{}#&*!|>'"%@`]/.test(rest) ? undefined : { line: k, col: dash[0].length + 1 };
        seen++;
      } else if (lead <= indent) {
        return undefined;
      }
    }
    return undefined;
  }
  return undefined;
}

/** Small, deterministic edits of a text's lines: indents, tabs, comments, Windows line ends, Unicode spaces. */
function mutations(text: string, count: number, seed: number): string[] {
  let state = seed;
  const random = (n: number) => (state = (state * 1103515245 + 12345) % 2147483648) % n;
  const edits = [
    (l: string) => ` ${l}`,
    (l: string) => l.replace(/^ /, ''),
    (l: string) => `${l}\r`,
    (l: string) => l.replace(/- /, '-\t'),
    (l: string) => l.replace(/- /, '-  '),
    (l: string) => l.replace(/: /, ':\t'),
    (l: string) => l.replace(/: /, ':'),
    (l: string) => `${/^ */.exec(l)![0]}# ${l.trim()}`,
    (l: string) => `\u00a0${l.trimStart()}`,
    (l: string) => `${l}\u2028x`,
    (l: string) => l.replace(/^( *)/, '$1\t'),
    (l: string) => l.replace(/^(\s*)(\S)/, '$1\ufeff$2'),
    () => '',
    (l: string) => l.replace(/questions:|skills:|roles:/, (m) => `${m}  # list`),
    (l: string) => l.replace(/^(\s*)- /, '$1- - '),
    (l: string) => l.replace(/- /, '-'),
    (l: string) => l.replace(/^( +)(\S)/, '$1 \t$2'),
    (l: string) => `# ${l}\n${l}`,
    (l: string) => ` \u00a0# c\n\t\n${l}`,
    (l: string) => `${l}\r\r`,
    (l: string) => l.replace(/: (\S)/, ': *$1'),
    (l: string) => l.replace(/: (\S)/, ': !!str $1'),
  ];
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const lines = text.split('\n');
    for (let e = 0; e < 4; e++) {
      const i = random(lines.length);
      lines[i] = edits[random(edits.length)]!(lines[i]!);
    }
    out.push(lines.join('\n'));
  }
  return out;
}

describe('the offset-based line readers give what the regular-expression ones gave, on any text', () => {
  const samples = (): string[] => {
    const base = [
      ...builtinFiles(BUILTIN_DIR).slice(0, 4).map((f) => readFileSync(f, 'utf8')),
      questionsFile(questionYaml('a'), questionYaml('b', { seniority: '[ mid ,senior, ]' })),
      ['questions:', '- id: c', '  seniority:', '  - mid', '', '  # a comment', '  - senior', '  skills:', '    - negotiation  # x'].join('\r\n'),
      ['roles:', '  - id: r', '    levels:', '      - id: mid', '        title: Mid', 'skills:', '  -   id: k', '    name: K', 'questions: # q', '  -\tid: t', '  - ', '  -'].join('\n'),
      '',
      '\n',
      'questions:',
    ];
    return [...base, ...base.flatMap((t, i) => mutations(t, 30, i + 1))];
  };

  test('listItemStarts', () => {
    let items = 0;
    for (const text of samples()) {
      const expected = referenceItemStarts(text);
      expect(listItemStarts(text)).toEqual(expected);
      items += expected.questions.length + expected.skills.length + expected.roles.length;
    }
    // The samples exercise many items (925 with the bank of stop 34; how many depends on where the seeded
    // mutations land in the first four built-in files, so any edit to them moves it).
    expect(items).toBeGreaterThan(800);
  });

  test('lineLocator, for every key written in a card and one that is not, and the first items of each', () => {
    let answered = 0;
    const differences: unknown[] = [];
    for (const text of samples()) {
      const starts = referenceItemStarts(text);
      const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
      const fast = lineLocator(text, listItemStarts(text));
      for (const list of ['roles', 'skills', 'questions'] as const) {
        starts[list].forEach((card, i) => {
          // The keys written on the card's lines (and a few lines past them), a key it lacks, and none.
          const own = lines.slice(card.line - 1, (starts[list][i + 1]?.line ?? lines.length) + 2).join('\n');
          const keys = [...new Set([...own.matchAll(/^[ -]*([^\s:#][^:\n]*):/gm)].map((m) => m[1]!)), 'no_such_field', ''];
          for (const key of keys) {
            for (const item of [undefined, 0, 1, 2]) {
              const expected = referenceField(lines, starts, list, i, key, item);
              if (expected) answered++;
              const path = item === undefined ? [list, i, key] : [list, i, key, item];
              const got = fast(path);
              if (got?.line !== expected?.line || got?.col !== expected?.col) differences.push({ text, path, got, expected });
            }
          }
        });
      }
    }
    expect(differences.slice(0, 3)).toEqual([]);
    expect(answered).toBeGreaterThan(1000);
  });
});
