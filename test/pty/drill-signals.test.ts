import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/cli.js';
import { fakeLlmEnv, startFakeLlm } from '../helpers/llm-server.js';
import { ended, KEY, spawnPty } from '../helpers/pty.js';

const temp = useTempDirs();
const home = () => temp().dir;

describe('SIGTERM and SIGHUP in an interactive drill', () => {
  for (const [name, code] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    it(`${name}: keeps the half-typed answer, closes the session as interrupted, restores the terminal, exits ${code}`, async () => {
      const dir = home();
      const pty = spawnPty(['drill', '--role', 'agent', '--count', '2', '--seed', '5'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1', PTY_REPORT_ECHO: '1' });
      await pty.waitFor('Enter 3 times to finish');
      pty.write('I would first listen to the customer');
      await pty.waitFor('listen to the customer');
      pty.kill(name);
      expect(await ended(pty)).toBe(code);
      expect(pty.output()).toContain('[pty: echo on]');
      const records = readFileSync(join(dir, 'history.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      expect(records.filter((r) => r.kind === 'answer')).toEqual([expect.objectContaining({ answer: 'I would first listen to the customer', skipped: true })]);
      expect(records.at(-1)).toMatchObject({ kind: 'end', interrupted: true });
    });
  }
});

describe('Ctrl-C while the LLM grades an answer', () => {
  it('stops waiting at once: the answer is saved, graded offline with a notice, and the session ends (130)', async () => {
    const dir = home();
    const server = await startFakeLlm(() => ({ hang: true }));
    try {
      const pty = spawnPty(['drill', '--role', 'agent', '--count', '2', '--seed', '5', '--grader', 'llm', '--timeout', '600'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1', ...fakeLlmEnv(server) });
      await pty.waitFor('Enter 3 times to finish');
      pty.write(`I would listen first, then offer a plan they can afford.${KEY.enter}${KEY.enter}${KEY.enter}`);
      while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 20));
      pty.write(KEY.ctrlC);
      expect(await ended(pty)).toBe(130);
      const records = readFileSync(join(dir, 'history.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      expect(records.find((r) => r.kind === 'grade')?.grade).toMatchObject({ grader: 'offline', notice: expect.stringMatching(/interrupted/) });
      expect(records.at(-1)).toMatchObject({ kind: 'end', interrupted: true });
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
