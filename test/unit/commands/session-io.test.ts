import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withTermination, writeReportFile } from '../../../src/commands/session-io.js';
import { UserError } from '../../../src/errors.js';

// The session commands (drill, interview, call) end on SIGTERM/SIGHUP and write -o through these.

describe('withTermination', () => {
  it('SIGTERM during the run: the run sees the signal abort, the notice says the answers are kept, exit 143', async () => {
    const notes: string[] = [];
    const { outcome, exit } = await withTermination(
      (l) => notes.push(l),
      async (signal) => {
        process.emit('SIGTERM');
        return { interrupted: signal.aborted };
      },
    );
    expect({ outcome, exit }).toEqual({ outcome: { interrupted: true }, exit: 143 });
    expect(notes).toEqual(['\nTerminated: stopping now; your answers are saved.']);
  });

  it('SIGHUP with nothing said to be saved (call): the notice says only that it stops, exit 129', async () => {
    const notes: string[] = [];
    const { exit } = await withTermination(
      (l) => notes.push(l),
      async () => {
        process.emit('SIGHUP');
        return { interrupted: true };
      },
      null,
    );
    expect(exit).toBe(129);
    expect(notes).toEqual(['\nThe terminal closed: stopping now.']);
  });

  it('no signal: 130 for a session cut short, else 0, and the handlers are gone afterwards', async () => {
    const before = process.listenerCount('SIGTERM');
    expect((await withTermination(() => {}, async () => ({ interrupted: true }))).exit).toBe(130);
    expect((await withTermination(() => {}, async () => ({ interrupted: false }))).exit).toBe(0);
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });
});

describe('writeReportFile', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the file relative to the working folder', () => {
    dir = mkdtempSync(join(tmpdir(), 'session-io-'));
    writeReportFile(dir, 'report.md', '# Report\n');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe('# Report\n');
  });

  it('a file that cannot be written is a UserError of one line naming it', () => {
    dir = mkdtempSync(join(tmpdir(), 'session-io-'));
    let caught: unknown;
    try {
      writeReportFile(dir, 'no/such/folder/report.md', 'x');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as Error).message).toMatch(/^cannot write the report to no\/such\/folder\/report\.md: ENOENT[^\n]*$/);
  });
});
