import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/cli.js';
import { KEY, spawnPty } from '../helpers/pty.js';

// A session at the widths people use: no line wider than the terminal, no word cut at its edge,
// and Ctrl-D submitting a typed answer from an empty line (as a shell's heredoc does).

const temp = useTempDirs();
const home = () => temp().dir;

function answers(dir: string): { answer: string; skipped?: boolean }[] {
  return readFileSync(join(dir, 'history.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .filter((r) => r.kind === 'answer');
}

const LONG =
  'First I would review the account history and the notes before the call, then ask the customer why they are refusing, listen without interrupting, and check what they can afford each month before offering a plan within policy.';
const SECOND = 'Finally I would confirm the plan in writing and document the call.';

/** The lines drawn after the prompt was last redrawn: plain writes, one screen line each. */
function linesAfter(screen: string, marker: string): string[] {
  const at = screen.lastIndexOf(marker);
  return screen.slice(screen.indexOf('\n', at) + 1).split('\n');
}

describe.each([60, 80, 120])('a drill at %i columns', (cols) => {
  it('wraps at words, submits with Ctrl-D on an empty line, and fits every line', async () => {
    const dir = home();
    const pty = spawnPty(['drill', '-r', 'agent', '-n', '2', '--seed', '5'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1', PTY_COLS: String(cols) });
    await pty.waitFor('Enter 3 times to finish');
    const header = pty.output();
    for (const line of header.split('\n')) expect(line.length, line).toBeLessThanOrEqual(cols);

    let mark = pty.output().length;
    pty.write(LONG);
    await pty.waitFor('policy.', mark);
    pty.write(KEY.enter);
    pty.write(SECOND);
    await pty.waitFor('call.', mark);
    pty.write(KEY.enter);
    pty.write(KEY.ctrlD);
    await pty.waitFor(/Score \d\.\d\/5/, mark);
    await pty.waitFor('Show the example answer', mark);

    // The answer kept its words: the wrapped line is one line of text again.
    const saved = answers(dir)[0]!;
    expect(saved.answer).toBe(`${LONG}\n${SECOND}`);
    const words = `${LONG} ${SECOND}`.split(/\s+/).length;
    expect(pty.output().slice(mark)).toContain(`(submitted: ${words} words)`);

    // What was submitted is shown wrapped at words, indented; so is the grade.
    const shown = linesAfter(pty.output(), 'Your answer:');
    const upToPrompt = shown.slice(0, shown.findIndex((l) => l.startsWith('? ')));
    for (const line of upToPrompt) expect(line.length, line).toBeLessThanOrEqual(cols);
    const answerLines = upToPrompt.slice(0, upToPrompt.findIndex((l) => l.startsWith('(submitted')));
    expect(answerLines.length).toBeGreaterThan(1);
    for (const line of answerLines) expect(line).toMatch(/^ {2}\S/);
    const rejoined = answerLines.map((l) => l.trim()).join(' ');
    expect(rejoined).toBe(`${LONG} ${SECOND}`);

    // The last choice: quit and see the summary.
    mark = pty.output().length;
    pty.write(KEY.up + KEY.enter);
    await pty.waitFor('Summary', mark);
    expect(await pty.exit).toBe(0);
    const summary = linesAfter(pty.output(), 'Quit and see the summary');
    for (const line of summary) expect(line.length, line).toBeLessThanOrEqual(cols);
    expect(summary.join('\n')).toMatch(/would worry an interviewer|No red flag or wrong fact in any answer/);
  });
});

describe('a terminal resized during a session', () => {
  it('wraps the next question and its grade to the new width', async () => {
    const dir = home();
    const pty = spawnPty(['drill', '-r', 'agent', '-n', '2', '--seed', '5'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1', PTY_COLS: '100' });
    await pty.waitFor('Enter 3 times to finish');
    let mark = pty.output().length;
    pty.write(`${SECOND}${KEY.ctrlD}`);
    await pty.waitFor('Next question', mark);
    // Narrowed from 100 to 60 columns while the choice is on screen: what follows fits the new width.
    pty.resize(60);
    // The resize reaches the program as a signal; give it a moment to land before the next key.
    await new Promise((r) => setTimeout(r, 300));
    mark = pty.output().length;
    pty.write(KEY.enter);
    await pty.waitFor('Question 2/2', mark);
    await pty.waitFor('Enter 3 times to finish', mark);
    const after = pty.output().slice(mark);
    const heading = after.slice(after.indexOf('Question 2/2'), after.indexOf('Your answer:')).split('\n');
    expect(heading.some((l) => l.length > 50), heading.join('\n')).toBe(true);
    for (const line of heading) expect(line.length, line).toBeLessThanOrEqual(60);
    mark = pty.output().length;
    pty.write(LONG);
    await pty.waitFor('policy.', mark);
    pty.write(KEY.enter);
    pty.write(KEY.ctrlD);
    await pty.waitFor('Show the example answer', mark);
    const shown = linesAfter(pty.output(), 'Your answer:');
    const graded = shown.slice(0, shown.findIndex((l) => l.startsWith('? ')));
    expect(graded.some((l) => /Score \d\.\d\/5/.test(l))).toBe(true);
    for (const line of graded) expect(line.length, line).toBeLessThanOrEqual(60);
    pty.write(KEY.ctrlC);
    await pty.exit;
  });
});

describe('Ctrl-D on an answer with nothing typed', () => {
  it('ends the session, keeping what was answered, with exit 130', async () => {
    const dir = home();
    const pty = spawnPty(['drill', '-r', 'agent', '-n', '2', '--seed', '5'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1' });
    await pty.waitFor('Enter 3 times to finish');
    let mark = pty.output().length;
    pty.write(`${SECOND}${KEY.ctrlD}`);
    await pty.waitFor('Next question', mark);
    pty.write(KEY.enter);
    await pty.waitFor('Question 2/2');
    mark = pty.output().length;
    pty.write(KEY.ctrlD);
    await pty.waitFor('Session interrupted', mark);
    expect(await pty.exit).toBe(130);
    expect(answers(dir)).toEqual([expect.objectContaining({ answer: SECOND })]);
  });
});

describe('the word count', () => {
  it('is the same in the prompt and in the grade', async () => {
    const dir = home();
    const pty = spawnPty(['drill', '--id', 'agent-mid-refuses-to-pay'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1' });
    await pty.waitFor('Enter 3 times to finish');
    const mark = pty.output().length;
    // The answer, echoed, before it is submitted: on a loaded machine (the whole suite on 2 cores) one run waited
    // 30 s for a grade, as if the Ctrl-D had gone with the text before the prompt read it.
    pty.write(`I'd ask why they won't pay -- listen, then offer a plan they can afford, within the 7-in-7 rule.`);
    await pty.waitFor('7-in-7 rule.', mark);
    pty.write(KEY.ctrlD);
    await pty.waitFor(/short \(\d+ words?\)/, mark);
    const screen = pty.output().slice(mark).replace(/\n\s+/g, ' ');
    const submitted = /\(submitted: (\d+) words?\)/.exec(screen)?.[1];
    const graded = /short \((\d+) words?\)/.exec(screen)?.[1];
    expect(submitted).toBeDefined();
    expect(submitted).toBe(graded);
    pty.write(KEY.ctrlC);
    await pty.exit;
  });
});
