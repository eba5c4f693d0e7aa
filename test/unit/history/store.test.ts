import { appendFileSync, mkdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { UserError } from '../../../src/errors.js';
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

  it('continues a write that the system cuts short, so no record is torn or glued to the next', () => {
    const f = existingFile();
    // At most 7 bytes per call, as a nearly full disk may take them.
    const w = new HistoryWriter(f, (fd, buffer, offset, length) => writeSync(fd, buffer, offset, Math.min(length, 7)));
    w.append(end('s1'));
    w.append(end('s2'));
    w.close();
    expect(readHistory(f)).toEqual({ records: [end('s1'), end('s2')], skipped: [] });
  });

  it('stops with one line that says what was saved when the disk is full, or a write takes nothing', () => {
    for (const fail of ['ENOSPC', 'zero'] as const) {
      const f = existingFile();
      let calls = 0;
      const w = new HistoryWriter(f, (fd, buffer, offset, length) => {
        if (++calls <= 1) return writeSync(fd, buffer, offset, length);
        if (fail === 'zero') return 0;
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      });
      w.append({ v: 1, kind: 'end', session: 's1', at: '2026-11-23T10:00:00.000Z' });
      let error: unknown;
      try {
        w.append(end('s2'));
      } catch (e) {
        error = e;
      }
      w.close();
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(/^cannot write .*history\.jsonl: the disk is full; this session's records before it are saved \(0 answers, 0 grades\), the rest is not/);
      expect((error as Error).message.split('\n')).toHaveLength(1);
      expect(readHistory(f).records).toEqual([end('s1')]);
    }
  });
});
