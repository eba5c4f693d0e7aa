import { describe, expect, it } from 'vitest';
import { guessFormat, parseAnswers, splitPlainAnswers } from '../../../src/session/answers.js';

const bytes = (s: string) => Buffer.from(s);

describe('answers files', () => {
  it('guesses the format from the name', () => {
    expect(guessFormat('a.yaml')).toBe('yaml');
    expect(guessFormat('a.YML')).toBe('yaml');
    expect(guessFormat('a.json')).toBe('json');
    expect(guessFormat('a.txt')).toBe('text');
    expect(guessFormat('answers')).toBe('text');
  });

  it('splits plain text on lines holding only ---, keeping empty answers and paragraphs', () => {
    expect(splitPlainAnswers('one\n\nstill one\n---\n\n---\nthree\n')).toEqual(['one\n\nstill one', '', 'three']);
    expect(splitPlainAnswers('a\r\n---\r\nb')).toEqual(['a', 'b']);
    expect(splitPlainAnswers('   \n')).toEqual([]);
  });

  it('reads YAML and JSON maps of id to answer, in file order', async () => {
    expect(await parseAnswers(bytes('b-q: second\na-q: first\nc-q:\n'), 'x.yaml', 'yaml')).toEqual({
      kind: 'by-id',
      answers: [
        { id: 'b-q', answer: 'second' },
        { id: 'a-q', answer: 'first' },
        { id: 'c-q', answer: '' },
      ],
    });
    expect(await parseAnswers(bytes('{"q": "text"}'), 'x.json', 'json')).toEqual({ kind: 'by-id', answers: [{ id: 'q', answer: 'text' }] });
  });

  it('refuses what it cannot read, naming the file and the limit', async () => {
    await expect(parseAnswers(bytes('[1, 2]'), 'x.json', 'json')).rejects.toThrow(/x.json: expected a mapping/);
    await expect(parseAnswers(bytes('{bad'), 'x.json', 'json')).rejects.toThrow(/x.json: invalid JSON/);
    await expect(parseAnswers(bytes('a: [\n'), 'x.yaml', 'yaml')).rejects.toThrow(/x.yaml:\d+: invalid YAML/);
    await expect(parseAnswers(new Uint8Array([0x61, 0, 0x62]), 'bin.txt', 'text')).rejects.toThrow(/bin.txt: cannot read answers: file looks binary/);
    await expect(parseAnswers(Buffer.alloc(1024 * 1024 + 1, 0x61), 'big.txt', 'text')).rejects.toThrow(/limit is 1048576 bytes \(1 MiB\)/);
  });
});

describe('answers by id keep what the file says', () => {
  it('keeps file order for ids that look like numbers, and refuses a repeated id', async () => {
    const yaml = await parseAnswers(bytes('zeta-question: z\n"2024": y\n'), 'a.yaml', 'yaml');
    expect(yaml).toMatchObject({ answers: [{ id: 'zeta-question' }, { id: '2024' }] });
    await expect(parseAnswers(bytes('{"zeta-question": "first", "zeta-question": "second"}'), 'a.json', 'json')).rejects.toThrow(/a.json:1: the same question id appears twice/);
    await expect(parseAnswers(bytes('q: one\nq: two\n'), 'a.yaml', 'yaml')).rejects.toThrow(/a.yaml:2: the same question id appears twice/);
    await expect(parseAnswers(bytes('[["q", "a"]]'), 'a.json', 'json')).rejects.toThrow(/expected a mapping/);
  });
});
