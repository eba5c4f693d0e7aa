// `drill --time-limit`: a visible countdown per answer, a spoken-length hint (about 150 words a
// minute), the answer so far submitted when time runs out, and the time used stored with each
// answer. In a real terminal (python's pty), as a user would see it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, useTempDirs } from '../helpers/cli.js';
import { KEY, spawnPty } from '../helpers/pty.js';

const temp = useTempDirs();

function records(dir: string): { kind: string; [k: string]: unknown }[] {
  return readFileSync(join(dir, 'history.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
}

describe('drill --time-limit', () => {
  it('counts down, hints a length, submits what was typed when time is up, and stores the time used', async () => {
    const t = temp();
    const pty = spawnPty(['drill', '--role', 'agent', '--count', '2', '--seed', '5', '--time-limit', '10'], { COLLECTIONS_PREP_HOME: t.dir, NO_COLOR: '1' });
    await pty.waitFor('10s per answer');
    // 10 seconds typed at 40 words a minute: 7 words; spoken at 150 a minute: 25.
    await pty.waitFor('You have 10 seconds: typed, at about 40 words a minute, that is some 7 words');
    await pty.waitFor('(spoken in an interview, about 25).');
    await pty.waitFor(/⏱ 0:(10|09) left/);

    // The first answer, well within the limit.
    let mark = pty.output().length;
    pty.write(`I would listen, ask why, and agree an affordable plan in writing.${KEY.enter}${KEY.enter}${KEY.enter}`);
    await pty.waitFor(/Score \d\.\d\/5/, mark);
    await pty.waitFor('Next question', mark);
    pty.write(KEY.enter);

    // The second: a few words, then the clock runs out.
    await pty.waitFor('Question 2/2');
    mark = pty.output().length;
    pty.write('I would first check the account and');
    await pty.waitFor(/⏱ 0:0[0-5] left/, mark, 15_000);
    await pty.waitFor('Time is up: your answer so far was submitted.', mark, 15_000);
    await pty.waitFor(/Score \d\.\d\/5/, mark);
    await pty.waitFor('See the summary', mark);
    pty.write(KEY.enter);
    expect(await pty.exit).toBe(0);

    const answers = records(t.dir).filter((r) => r.kind === 'answer');
    expect(answers).toHaveLength(2);
    expect(answers[0]!.time_ms).toBeGreaterThan(0);
    expect(answers[0]!.time_ms).toBeLessThan(10_000);
    expect(answers[1]).toMatchObject({ answer: 'I would first check the account and' });
    expect(answers[1]!.skipped).toBeUndefined();
    expect(answers[1]!.time_ms).toBeGreaterThanOrEqual(9_500);
    expect(answers[1]!.time_ms).toBeLessThan(14_000);
    // The timed-out answer is graded like any other.
    expect(records(t.dir).filter((r) => r.kind === 'grade')).toHaveLength(2);

    // And the time comes back with the session.
    const shown = JSON.parse((await run(['history', 'show', String(records(t.dir)[0]!.id), '--format', 'json'], { home: t.dir })).stdout);
    expect(shown.results.map((r: { time_ms?: number }) => typeof r.time_ms)).toEqual(['number', 'number']);
  }, 60_000);

  it('refuses a limit under 10 seconds (a usage error)', async () => {
    const r = await run(['drill', '--role', 'agent', '--time-limit', '5', '--answers', '-'], { input: 'x' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--time-limit must be between 10 and 3600/);
  });
});
