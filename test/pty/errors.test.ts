import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/cli.js';
import { ended, spawnPty } from '../helpers/pty.js';

// An error on a terminal: wrapped between words to the terminal's width, so a path or a hint is never cut in two
// (a new user in tmux saw "no s" / "uch file" at 60 columns). Piped, it stays one line (test/e2e).

const temp = useTempDirs();

describe.each([60, 80])('an error at %i columns', (cols) => {
  it('wraps at words and keeps the path whole', async () => {
    const path = 'answers-from-last-tuesday-that-are-not-here.txt';
    const pty = spawnPty(['drill', '--answers', path], { COLLECTIONS_PREP_HOME: temp().dir, NO_COLOR: '1', PTY_COLS: String(cols) });
    expect(await ended(pty)).toBe(1);
    const out = pty.output();
    // Every word whole on some line: the path on one line, the message's words joined again across lines.
    expect(out.split('\n').some((line) => line.includes(path))).toBe(true);
    expect(out.replace(/\s+/g, ' ')).toContain('no such file or folder');
    for (const line of out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(cols);
  });
});
