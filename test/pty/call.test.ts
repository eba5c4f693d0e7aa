import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/cli.js';
import { ended, KEY, spawnPty } from '../helpers/pty.js';

// The call in a real terminal: the customer's lines as they come, a breach shown the moment the
// turn is sent (with its rule and citation), the report at the end, every line within the width.

const temp = useTempDirs();

/** A phrase however the terminal's width wrapped it. */
const phrase = (s: string) => new RegExp(s.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));

function calls(dir: string): { kind: string; report: { kind: string; ended: string; transcript: { speaker: string; text: string }[]; qa?: { found: unknown[] } } }[] {
  return readFileSync(join(dir, 'history.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .filter((r) => r.kind === 'call');
}

describe.each([60, 80])('a call at %i columns', (cols) => {
  it('shows each breach straight away with its rule, goes on, and ends with the report', async () => {
    const dir = temp().dir;
    const pty = spawnPty(['call', '--scenario', 'us-medical-bills-hardship'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1', PTY_COLS: String(cols) });
    await pty.waitFor('Dana Whitfield: Hello?');
    await pty.waitFor('You:');
    let mark = pty.output().length;
    pty.write('Hi Dana, you owe us $1,240 and it is now 75 days past due.');
    pty.write(KEY.enter);
    await pty.waitFor('That breaks a rule', mark);
    // Once sent, the turn is word-wrapped under its first word (the prompt alone cuts it at the edge).
    expect(pty.output().slice(mark)).toContain(cols < 64 ? ' You: Hi Dana, you owe us $1,240 and it is now 75 days past\n      due.\n' : ' You: Hi Dana, you owe us $1,240 and it is now 75 days past due.\n');
    await pty.waitFor(/§1006\.6\(d\)/, mark);
    // The customer reacts to it, as on a real call.
    await pty.waitFor(phrase('How do you know about my money?'), mark);
    mark = pty.output().length;
    pty.write("If you don't pay today you will be arrested.");
    pty.write(KEY.enter);
    await pty.waitFor(phrase('That breaks a rule: Threatens arrest, jail, the police or criminal charges: FDCPA §1692e(4),'), mark);
    mark = pty.output().length;
    pty.write(':hangup');
    pty.write(KEY.enter);
    await pty.waitFor(/Score 1\.\d\/5/, mark);
    await pty.waitFor('Better:', mark);
    expect(await pty.exit).toBe(0);
    // Every line the call writes fits; the prompt's own redraws (one per key) are left out.
    const screen = pty.output();
    for (const line of screen.split('\n').filter((l) => !l.includes('You:'))) expect(line.length, line).toBeLessThanOrEqual(cols);
    const [call] = calls(dir);
    expect(call!.report).toMatchObject({ kind: 'call', ended: 'turns' });
    expect(call!.report.transcript.filter((t) => t.speaker === 'candidate')).toHaveLength(2);
  });
});

describe('an interactive call', () => {
  it('without --scenario, offers the calls that fit -r, -s and -j to choose from', async () => {
    const dir = temp().dir;
    const pty = spawnPty(['call', '-r', 'agent', '-s', 'junior', '-j', 'uk'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1', PTY_COLS: '80' });
    await pty.waitFor('Which call?');
    await pty.waitFor('The customer\'s partner answers the phone');
    expect(pty.output()).not.toContain('medical bills');
    pty.write(KEY.down);
    pty.write(KEY.enter);
    await pty.waitFor("Sophie: Hello, Daniel's phone.");
    pty.write(KEY.ctrlC);
    expect(await pty.exit).toBe(130);
    expect(calls(dir)[0]!.report.ended).toBe('interrupted');
    // As a drill says it, what was kept (a new user's Ctrl-C left the half-typed turn unexplained).
    expect(pty.output().replace(/\s+/g, ' ')).toContain('Call interrupted: the turns sent so far are saved; a turn still being typed is not.');
  });

  it('with more calls than one page shows, the question says how many and that arrows scroll', async () => {
    const dir = temp().dir;
    const pty = spawnPty(['call'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1', PTY_COLS: '80' });
    await pty.waitFor(/Which call\? \(\d+, ↑↓ to see them all\)/);
    pty.write(KEY.ctrlC);
    expect(await pty.exit).toBe(130);
  });

  it('at 60 columns each call to choose is one line cut at a word, the highlighted one explained beneath', async () => {
    const dir = temp().dir;
    const pty = spawnPty(['call', '-j', 'uk'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1', PTY_COLS: '60' });
    await pty.waitFor('Which call?');
    await pty.waitFor('UK  A customer in a mental-health crisis asks about…\n');
    await pty.waitFor('UK  A customer in arrears after losing their job\n');
    await pty.waitFor(/UK rules · agent · junior, mid\nYou work in the collections team of a high-street lender,\n/);
    pty.write(KEY.enter);
    await pty.waitFor('✔ Which call? uk-job-loss-arrears\n');
    await pty.waitFor('Chloe Evans: Hello?');
    pty.write(KEY.ctrlC);
    expect(await pty.exit).toBe(130);
  });

  it('a goal said in a turn that breaks a rule is shown as not counted, under the flag', async () => {
    const dir = temp().dir;
    const pty = spawnPty(['call', '--scenario', 'us-roommate-answers'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1', PTY_COLS: '80' });
    await pty.waitFor('You:');
    const mark = pty.output().length;
    pty.write('Could you ask him to call Alex back on 555-0142 about his overdue phone bill?');
    pty.write(KEY.enter);
    await pty.waitFor(phrase('That breaks a rule: Discloses the debt to a third party'), mark);
    await pty.waitFor(phrase('✗ Not counted, the turn broke a rule: Leave only a name and a number for a call back'), mark);
    pty.write(KEY.ctrlC);
    expect(await pty.exit).toBe(130);
  });

  it('--list at 60 columns wraps between words, under the id', async () => {
    const pty = spawnPty(['call', '--list'], { COLLECTIONS_PREP_HOME: temp().dir, NO_COLOR: '1', PTY_COLS: '60' });
    expect(await pty.exit).toBe(0);
    const screen = pty.output();
    expect(screen).toContain('us-qa-review-first-call  US · supervisor lead, senior,\n    manager · --qa\n');
    expect(screen).toContain('us-manager-client-cash-flow  US · agent lead, manager ·\n    6 turns\n');
    for (const line of screen.split('\n')) expect(line.length, line).toBeLessThanOrEqual(60);
  });

  it('--qa: the call numbered, findings typed one a line, then found, missed and invented', async () => {
    const dir = temp().dir;
    const pty = spawnPty(['call', '--qa', 'us-qa-review-first-call'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1', PTY_COLS: '80' });
    await pty.waitFor('9. Agent:');
    await pty.waitFor('Finding 1:');
    pty.write('line 5: threatened to have her arrested');
    pty.write(KEY.enter);
    await pty.waitFor('Finding 2:');
    pty.write('line 2: the customer swore');
    pty.write(KEY.enter);
    await pty.waitFor('Finding 3:');
    pty.write(KEY.enter);
    await pty.waitFor('You found 1 of 6 breaches, and listed 1 that the call does not have');
    expect(await pty.exit).toBe(0);
    expect(pty.output()).toContain('? not in the call: line 2: the customer swore');
    expect(calls(dir)[0]!.report.qa!.found).toHaveLength(1);
  });
});

describe('SIGTERM and SIGHUP in an interactive call', () => {
  for (const [name, code] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    it(`${name}: keeps the turns sent, records the call as interrupted, restores the terminal, exits ${code}`, async () => {
      const dir = temp().dir;
      const pty = spawnPty(['call', '--scenario', 'us-medical-bills-hardship'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1', PTY_REPORT_ECHO: '1' });
      await pty.waitFor('Dana Whitfield: Hello?');
      await pty.waitFor('You:');
      let mark = pty.output().length;
      pty.write('Hello, this is Sam from Northside Collections. Am I speaking with Dana Whitfield?');
      pty.write(KEY.enter);
      await pty.waitFor(/Dana:|Dana Whitfield:/, mark);
      await pty.waitFor('You:', mark);
      mark = pty.output().length;
      pty.write('I am calling about');
      await pty.waitFor('calling about', mark);
      pty.kill(name);
      expect(await ended(pty)).toBe(code);
      expect(pty.output()).toMatch(/(Terminated|The terminal closed): stopping now\./);
      expect(pty.output()).toContain('[pty: echo on]');
      const [call] = calls(dir);
      expect(call!.report.ended).toBe('interrupted');
      expect(call!.report.transcript.filter((t) => t.speaker === 'candidate')).toEqual([expect.objectContaining({ text: 'Hello, this is Sam from Northside Collections. Am I speaking with Dana Whitfield?' })]);
    });
  }
});
