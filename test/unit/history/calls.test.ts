// readCalls finds `call` lines in the history's bytes and decodes only those: the same records as
// decoding the whole file and splitting it into lines, whatever else the file holds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCalls } from '../../../src/history/calls.js';
import { callLine } from './call-line.js';


const drill = JSON.stringify({ v: 1, kind: 'session', id: 'd1', started_at: '2026-01-01T09:00:00Z', role: 'agent', levels: ['mid'], grader: 'offline', seed: 1, count: 1, mode: 'batch', note: 'naïve — “quoted” 日本' });

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function historyOf(text: string | Buffer): string {
  dir = mkdtempSync(join(tmpdir(), 'cprep-calls-'));
  const file = join(dir, 'history.jsonl');
  writeFileSync(file, text);
  return file;
}

describe('readCalls', () => {
  it('reads every call line among other records, multi-byte text included, and the last line without its newline', () => {
    const file = historyOf([callLine('2026-01-01T10:00:00Z', 'First — “hardship”', 3.5), drill, drill, callLine('2026-01-02T10:00:00Z', 'Second £', 4), callLine('2026-01-03T10:00:00Z', 'Last', 2)].join('\n'));
    const { records, skipped } = readCalls(file);
    expect(skipped).toBe(0);
    expect(records.map((r) => [r.report.scenario.title, r.report.score])).toEqual([['First — “hardship”', 3.5], ['Second £', 4], ['Last', 2]]);
    expect(records[0]!.report.transcript[0]!.text).toBe('Can you confirm your date of birth? It’s about the £240 balance.');
  });

  it('skips a torn call line without counting it, counts a call line that fails the schema, and ignores a call marker inside another record', () => {
    const torn = callLine('2026-01-01T10:00:00Z', 'Torn', 3).slice(0, 60);
    const invalid = JSON.stringify({ v: 1, kind: 'call', at: 'x', report: {} });
    const mention = JSON.stringify({ v: 1, kind: 'answer', answer: 'the text "kind":"call" in an answer' });
    const file = historyOf(`${torn}\n${invalid}\n${mention}\n${callLine('2026-01-02T10:00:00Z', 'Kept', 4)}\n\n`);
    const { records, skipped } = readCalls(file);
    expect(records.map((r) => r.report.scenario.title)).toEqual(['Kept']);
    // The answer's JSON escapes its quotes, so its text holds no bare marker; the invalid call is counted.
    expect(skipped).toBe(1);
  });

  it('decodes a line with bytes that are not UTF-8 as the whole-file reading did (replacement characters, the line still its own)', () => {
    const line = callLine('2026-01-02T10:00:00Z', 'Bad', 4);
    const cut = line.indexOf('Bad');
    const bytes = Buffer.concat([Buffer.from([0xe2, 0x80]), Buffer.from(`\n${line.slice(0, cut)}`), Buffer.from([0xc3]), Buffer.from(`${line.slice(cut)}\n`)]);
    const { records } = readCalls(historyOf(bytes));
    expect(records.map((r) => r.report.scenario.title)).toEqual(['\ufffdBad']);
  });

  it('an absent history has no calls', () => {
    dir = mkdtempSync(join(tmpdir(), 'cprep-calls-'));
    expect(readCalls(join(dir, 'none.jsonl'))).toEqual({ records: [], skipped: 0 });
  });
});
