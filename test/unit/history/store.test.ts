import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readHistory } from '../../../src/history/store.js';
import { HistoryWriter } from '../../../src/history/writer.js';
import { tempDir } from '../../helpers/cli.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function file() {
  const t = tempDir();
  cleanup = t.cleanup;
  return join(t.dir, 'nested', 'history.jsonl');
}

function existingFile() {
  const f = file();
  mkdirSync(join(f, '..'), { recursive: true });
  return f;
}

const end = (session: string) => ({ v: 1 as const, kind: 'end' as const, session, at: '2026-11-23T10:00:00.000Z' });

describe('history store', () => {
  it('reads nothing from a missing file', () => {
    expect(readHistory(file())).toEqual({ records: [], skipped: [] });
  });

  it('appends JSON lines, creating the folder', () => {
    const f = file();
    const w = new HistoryWriter(f);
    w.append(end('a'));
    w.append(end('b'));
    w.close();
    expect(readFileSync(f, 'utf8').trim().split('\n')).toHaveLength(2);
    expect(readHistory(f).records.map((r) => (r.kind === 'end' ? r.session : ''))).toEqual(['a', 'b']);
  });

  it('skips a torn last line with its line number, and the next append starts a fresh line', () => {
    const f = file();
    const w = new HistoryWriter(f);
    w.append(end('a'));
    w.close();
    appendFileSync(f, '{"v":1,"kind":"end","sess');
    expect(readHistory(f)).toMatchObject({ skipped: [2] });
    const again = new HistoryWriter(f);
    again.append(end('b'));
    again.close();
    const read = readHistory(f);
    expect(read.records).toHaveLength(2);
    expect(read.skipped).toEqual([2]);
  });

  it('skips records of unknown future kinds silently and invalid known ones loudly', () => {
    const f = existingFile();
    writeFileSync(f, [JSON.stringify({ v: 1, kind: 'badge', name: 'x' }), JSON.stringify({ v: 1, kind: 'end' }), JSON.stringify(end('ok'))].join('\n') + '\n');
    const read = readHistory(f);
    expect(read.records).toHaveLength(1);
    expect(read.skipped).toEqual([2]);
  });
});
