import { describe, expect, it } from 'vitest';
import { bullets, table, terminalWidth, visibleLength, wrap, wrapItems } from '../../../src/text/layout.js';

const widest = (s: string) => Math.max(...s.split('\n').map(visibleLength));
const words = (s: string) => s.split(/\s+/).filter(Boolean);

const TEXT =
  'A customer tells you they will not pay, even after several reminders, and asks you to stop calling: dispute-handling and communication both matter here.';

describe('wrap', () => {
  for (const width of [30, 60, 80, 120]) {
    it(`breaks only between words and fits ${width} columns, continuation lines indented`, () => {
      const out = wrap(TEXT, width, '  - ', { hanging: '    ' });
      expect(widest(out)).toBeLessThanOrEqual(width);
      expect(words(out.replace(/^ {2}- /, ''))).toEqual(words(TEXT));
      const [first, ...rest] = out.split('\n');
      expect(first!.startsWith('  - ')).toBe(true);
      for (const l of rest) expect(l).toMatch(/^ {4}\S/);
    });
  }

  it('counts visible characters only, so colour does not shorten lines', () => {
    const red = (s: string) => `\u001b[31m${s}\u001b[39m`;
    const out = wrap(`${red('alpha')} beta gamma delta`, 16);
    expect(out.split('\n')[0]).toBe(`${red('alpha')} beta gamma`);
  });

  it('splits a word only when it is longer than a whole line', () => {
    const out = wrap(`see ${'x'.repeat(30)} end`, 20);
    expect(widest(out)).toBeLessThanOrEqual(20);
    expect(out.replace(/\s/g, '')).toBe(`see${'x'.repeat(30)}end`);
  });

  it('keeps paragraphs', () => {
    expect(wrap('one two\n\nthree', 40, '  ')).toBe('  one two\n\n  three');
  });
});

describe('wrapItems', () => {
  it('breaks between items, never inside one', () => {
    const items = ['Session 20261201-101010-ab12', 'Collection Supervisor', 'role supervisor', 'levels lead', 'grader offline', 'seed 7'];
    for (const width of [40, 60, 80]) {
      const out = wrapItems(items, width);
      expect(widest(out)).toBeLessThanOrEqual(width);
      for (const item of items) expect(out.split('\n').some((l) => l.includes(item))).toBe(true);
    }
  });
});

describe('bullets', () => {
  it('hangs continuation lines under the text, not the marker', () => {
    const out = bullets([TEXT], 40, '✓', '     ');
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^ {5}✓ A/);
    for (const l of lines.slice(1)) expect(l).toMatch(/^ {7}\S/);
    expect(widest(out)).toBeLessThanOrEqual(40);
  });
});

describe('table', () => {
  const rows = [
    ['role', 'level', 'job title', 'answered'],
    ['supervisor', 'all levels', '', '15'],
    ['', 'director', 'Director of Collections', '3'],
    ['', 'senior', 'Senior Collection Supervisor', '12'],
  ];
  for (const width of [50, 58, 78, 118]) {
    it(`never overflows ${width} columns and never cuts a word that fits a column`, () => {
      const out = table(rows, width, { right: [3] });
      expect(widest(out)).toBeLessThanOrEqual(width);
      for (const w of ['Director', 'Collections', 'Supervisor', 'supervisor', 'director', 'answered']) expect(out).toContain(w);
    });
  }
  it('keeps rows on one line when they fit', () => {
    expect(table(rows, 118).split('\n')).toHaveLength(rows.length);
  });
});

describe('terminalWidth', () => {
  it('takes the terminal\'s width, else the COLUMNS set for piped output, else 80, never past 100', () => {
    expect(terminalWidth(72, '60')).toBe(72);
    expect(terminalWidth(undefined, '60')).toBe(60);
    expect(terminalWidth(undefined, ' 60 ')).toBe(60);
    expect(terminalWidth(undefined, 'wide')).toBe(80);
    expect(terminalWidth(undefined, '5')).toBe(20);
    expect(terminalWidth(undefined)).toBe(80);
    expect(terminalWidth(200)).toBe(100);
  });
});
