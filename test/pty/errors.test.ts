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

describe('--grader llm with no server listening, in a terminal', () => {
  // A new user typed a whole answer before learning the server was not running: now it is said before the first question.
  it.each([['drill', '--role', 'supervisor', '-s', 'lead', '-n', '1'], ['interview', '--job', 'Collection Supervisor'], ['call', '--scenario', 'us-medical-bills-hardship']])('%s stops before the first question with the reason', async (...args) => {
    const { createServer } = await import('node:net');
    // A port that was free a moment ago: nothing listens on it now.
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const pty = spawnPty([...args, '--grader', 'llm', '--base-url', `http://127.0.0.1:${port}/v1`, '--model', 'm'], { COLLECTIONS_PREP_HOME: temp().dir, NO_COLOR: '1', OPENAI_API_KEY: 'x', PTY_COLS: '80' });
    expect(await ended(pty)).toBe(1);
    const out = pty.output().replace(/\s+/g, ' ');
    expect(out).toContain(`cannot connect to 127.0.0.1:${port} (connection refused): is the server running?`);
    expect(out).not.toMatch(/Question 1|1\/1 /);
  });
});
