import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/cli.js';
import { ended, KEY, spawnPty, type PtySession } from '../helpers/pty.js';

// A mock interview in a real terminal: the questions in order, a follow-up after a thin answer,
// the verdict at the end, every line within the terminal's width.

const temp = useTempDirs();

const THIN = 'I like talking to people and I want a steady job.';
const FOLLOW = 'On my last desk I handled about sixty calls a day, and I enjoyed turning an angry customer into a kept payment plan that they could afford.';

async function answer(pty: PtySession, text: string): Promise<number> {
  const mark = pty.output().length;
  pty.write(text);
  await pty.waitFor(text.slice(-12), mark);
  pty.write(KEY.enter);
  pty.write(KEY.enter);
  pty.write(KEY.enter);
  return mark;
}

function records(dir: string): { kind: string; [k: string]: unknown }[] {
  return readFileSync(join(dir, 'history.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
}

describe.each([60, 80])('an interview at %i columns', (cols) => {
  it('asks a follow-up after a thin answer, grades it, and ends with a verdict; every line fits', async () => {
    const dir = temp().dir;
    const pty = spawnPty(['interview', '--job', 'Collections Agent', '-n', '3', '--seed', '2'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1', PTY_COLS: String(cols) });
    await pty.waitFor('Enter 3 times to finish');
    expect(pty.output()).toMatch(/collections-prep mock interview/);
    expect(pty.output()).toMatch(/Question 1\/3 · opening/);
    for (let i = 0; i < 3; i++) {
      let mark = await answer(pty, THIN);
      await pty.waitFor(/Score \d\.\d\/5/, mark);
      await pty.waitFor(/Follow-up\n|Question \d\/3|Verdict:/, mark);
      if (/ Follow-up\n/.test(pty.output().slice(mark))) {
        await pty.waitFor('Your follow-up answer:', mark);
        mark = await answer(pty, FOLLOW);
        await pty.waitFor(/Follow-up answer \d\.\d\/5/, mark);
      }
      // Type the next answer only once its prompt is drawn: keys sent earlier echo onto the question's line.
      if (i < 2) {
        await pty.waitFor(`Question ${i + 2}/3`, mark);
        await pty.waitFor('Enter 3 times to finish', pty.output().indexOf(`Question ${i + 2}/3`, mark));
      }
    }
    await pty.waitFor('Verdict:');
    expect(await pty.exit).toBe(0);
    const screen = pty.output();
    expect(screen).toMatch(/Verdict: (READY|BORDERLINE|NOT YET)/);
    expect(screen).toMatch(/Question 3\/3 · closing/);
    for (const line of screen.split('\n').filter((l) => !l.startsWith('? ') && !l.includes('Your '))) expect(line.length, line).toBeLessThanOrEqual(cols);
    const kinds = records(dir).map((r) => r.kind);
    expect(kinds[0]).toBe('session');
    expect(kinds).toContain('follow-up');
    expect(kinds.at(-2)).toBe('verdict');
    expect(kinds.at(-1)).toBe('end');
    const followUp = records(dir).find((r) => r.kind === 'follow-up') as unknown as { follow_up: { answer: string } };
    expect(followUp.follow_up.answer).toBe(FOLLOW);
  });
});

describe('an interview with no job given, in a terminal', () => {
  it('asks for the track and the job, then starts', async () => {
    const dir = temp().dir;
    const pty = spawnPty(['interview', '-n', '3', '--seed', '2'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1' });
    await pty.waitFor('Preparing for which track?');
    pty.write(KEY.enter);
    await pty.waitFor('Preparing for which job?');
    const mark = pty.output().length;
    pty.write(KEY.down + KEY.enter);
    await pty.waitFor('Question 1/3', mark);
    expect(pty.output().slice(mark)).toMatch(/Collections Agent \(agent mid\)/);
    await pty.waitFor('Enter 3 times to finish', mark);
    pty.write(KEY.ctrlC);
    expect(await pty.exit).toBe(130);
  });
});

describe('SIGTERM in an interactive interview', () => {
  it('keeps the graded answer and the half-typed one, closes the interview as interrupted with its verdict, restores the terminal, exits 143', async () => {
    const dir = temp().dir;
    const pty = spawnPty(['interview', '--job', 'Collections Agent', '-n', '3', '--seed', '2'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1', PTY_REPORT_ECHO: '1' });
    await pty.waitFor('Enter 3 times to finish');
    let mark = await answer(pty, THIN);
    await pty.waitFor(/Score \d\.\d\/5/, mark);
    await pty.waitFor(/Follow-up\n|Question 2\/3/, mark);
    if (/ Follow-up\n/.test(pty.output().slice(mark))) {
      await pty.waitFor('Your follow-up answer:', mark);
      mark = await answer(pty, FOLLOW);
    }
    await pty.waitFor('Question 2/3', mark);
    await pty.waitFor('Enter 3 times to finish', pty.output().indexOf('Question 2/3', mark));
    mark = pty.output().length;
    pty.write('I would first listen to the customer');
    await pty.waitFor('listen to the customer', mark);
    pty.kill('SIGTERM');
    expect(await ended(pty)).toBe(143);
    expect(pty.output()).toContain('Terminated: stopping now; your answers are saved.');
    expect(pty.output()).toContain('[pty: echo on]');
    const kept = records(dir);
    expect(kept.filter((r) => r.kind === 'answer')).toEqual([
      expect.objectContaining({ answer: THIN }),
      expect.objectContaining({ answer: 'I would first listen to the customer', skipped: true }),
    ]);
    expect(kept.filter((r) => r.kind === 'grade')).toHaveLength(1);
    expect(kept.at(-2)).toMatchObject({ kind: 'verdict' });
    expect(kept.at(-1)).toMatchObject({ kind: 'end', interrupted: true });
  });

  it('keeps a half-typed follow-up answer on Ctrl-C, not graded, as a drill keeps a half-typed answer (a new user lost one)', async () => {
    const dir = temp().dir;
    const pty = spawnPty(['interview', '--job', 'Collections Agent', '-n', '3', '--seed', '2'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1' });
    await pty.waitFor('Enter 3 times to finish');
    let followed = false;
    for (let i = 0; i < 3 && !followed; i++) {
      const mark = await answer(pty, THIN);
      await pty.waitFor(/Score \d\.\d\/5/, mark);
      await pty.waitFor(/Follow-up\n|Question \d\/3|Verdict:/, mark);
      if (/ Follow-up\n/.test(pty.output().slice(mark))) {
        await pty.waitFor('Your follow-up answer:', mark);
        const at = pty.output().length;
        pty.write('On my last desk I would');
        await pty.waitFor('desk I would', at);
        pty.write(KEY.ctrlC);
        followed = true;
      } else await pty.waitFor('Enter 3 times to finish', mark);
    }
    expect(followed).toBe(true);
    expect(await ended(pty)).toBe(130);
    const kept = records(dir).filter((r) => r.kind === 'follow-up') as unknown as { follow_up: { answer: string | null; score: number | null } }[];
    expect(kept.at(-1)!.follow_up).toMatchObject({ answer: 'On my last desk I would', score: null });
  });
});
