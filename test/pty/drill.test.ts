import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/cli.js';
import { KEY, spawnPty } from '../helpers/pty.js';

const temp = useTempDirs();
const home = () => temp().dir;

function historyLines(dir: string): { kind: string; [k: string]: unknown }[] {
  return readFileSync(join(dir, 'history.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
}

const GOOD_ANSWER = [
  'First I would review the account history and notes before the call.',
  'Then I would ask why they are refusing, listen, and offer a payment plan they can afford, within the FDCPA.',
  '',
  'Finally I would confirm the plan in writing, document the call and escalate per procedure if needed.',
];

describe('interactive drill in a real terminal', () => {
  it('answers, asks for a hint, skips, shows the example and quits with a summary', async () => {
    const dir = home();
    const pty = spawnPty(['drill', '--role', 'agent', '--count', '3', '--seed', '11'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1' });
    await pty.waitFor('Question 1/3');
    await pty.waitFor('Enter 3 times to finish');

    // A mistyped command is not taken as an answer.
    let mark = pty.output().length;
    pty.write(`:hnt${KEY.enter}`);
    await pty.waitFor('Unknown command :hnt (did you mean ":hint"?)', mark);

    // A hint, then the answer over several lines with a paragraph break.
    mark = pty.output().length;
    pty.write(`:hint${KEY.enter}`);
    await pty.waitFor('How to answer', mark);
    mark = pty.output().length;
    for (const line of GOOD_ANSWER) {
      pty.write(`${line}${KEY.enter}`);
    }
    // The footer counts the Enters down (a new user saw "Enter 3 times" never change).
    await pty.waitFor('Enter 2 more times to finish', mark);
    pty.write(KEY.enter);
    await pty.waitFor('Enter once more to finish', mark);
    pty.write(KEY.enter);
    await pty.waitFor(/Score \d\.\d\/5/, mark);
    await pty.waitFor('Show the example answer', mark);
    expect(pty.output().slice(mark)).toMatch(/submitted: \d+ words/);

    // Ask for the example answer (after "Next question" and "Try this question again"), then go on.
    mark = pty.output().length;
    pty.write(KEY.down + KEY.down + KEY.enter);
    await pty.waitFor('Example answer', mark);
    await pty.waitFor('Next question', mark);
    mark = pty.output().length;
    pty.write(KEY.enter);
    await pty.waitFor('Question 2/3', mark);
    // The choice made reads as an answer to the question asked ("✔ What next? Next question", not "Next Next question").
    expect(pty.output().slice(mark)).toContain('What next? Next question');

    // Skip the second, quit on the third.
    mark = pty.output().length;
    pty.write(`:skip${KEY.enter}`);
    await pty.waitFor('Skipped.', mark);
    await pty.waitFor('Question 3/3', mark);
    mark = pty.output().length;
    pty.write(`:quit${KEY.enter}`);
    await pty.waitFor('Summary', mark);
    expect(await pty.exit).toBe(0);

    const screen = pty.output();
    expect(screen).toContain('1 skipped');
    expect(screen).toMatch(/Average \d\.\d\/5/);
    const kinds = historyLines(dir).map((r) => r.kind);
    expect(kinds).toEqual(['session', 'answer', 'grade', 'answer', 'end']);
  });

  it('keeps what was answered on Ctrl-C, prints the summary and exits 130', async () => {
    const dir = home();
    const pty = spawnPty(['drill', '--role', 'supervisor', '--count', '2', '--seed', '3'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1' });
    await pty.waitFor('Enter 3 times to finish');
    let mark = pty.output().length;
    pty.write(`I would listen first, then agree a plan and confirm it in writing.${KEY.enter}${KEY.enter}${KEY.enter}`);
    await pty.waitFor('Next question', mark);
    pty.write(KEY.enter);
    await pty.waitFor('Question 2/2');
    mark = pty.output().length;
    pty.write('half an answ');
    await pty.waitFor('half an answ', mark);
    pty.write(KEY.ctrlC);
    await pty.waitFor('Session interrupted', mark);
    expect(await pty.exit).toBe(130);
    expect(pty.output()).toContain('Summary');
    expect(pty.output()).toMatch(/2\. \S+\s+not submitted/);
    const records = historyLines(dir);
    const answers = records.filter((r) => r.kind === 'answer');
    expect(answers).toHaveLength(2);
    expect(answers[1]).toMatchObject({ answer: 'half an answ', skipped: true });
    expect(records.at(-1)).toMatchObject({ kind: 'end', interrupted: true });
  });

  it('uses colour on a terminal, and none with NO_COLOR', async () => {
    const colourful = spawnPty(['drill', '--role', 'agent', '-n', '1', '--seed', '1', '--no-history'], { NO_COLOR: undefined, FORCE_COLOR: undefined });
    await colourful.waitFor('Enter 3 times to finish');
    colourful.write(`:quit${KEY.enter}`);
    await colourful.exit;
    expect(colourful.raw()).toMatch(/\u001b\[1m/);

    const plain = spawnPty(['drill', '--role', 'agent', '-n', '1', '--seed', '1', '--no-history'], { NO_COLOR: '1' });
    await plain.waitFor('Enter 3 times to finish');
    plain.write(`:quit${KEY.enter}`);
    await plain.exit;
    expect(plain.raw()).not.toMatch(/\u001b\[(1|3\d)m/);
  });

  it('takes answers from $EDITOR with --editor', async () => {
    const t = temp({ 'fake-editor.sh': '#!/bin/sh\nprintf "I would ask why they are refusing, listen, and offer a payment plan they can afford.\\n" > "$1"\n' });
    chmodSync(t.path('fake-editor.sh'), 0o755);
    const pty = spawnPty(['drill', '--role', 'agent', '-n', '1', '--seed', '2', '--editor'], {
      COLLECTIONS_PREP_HOME: t.dir,
      NO_COLOR: '1',
      VISUAL: t.path('fake-editor.sh'),
      EDITOR: t.path('fake-editor.sh'),
    });
    await pty.waitFor('Write the answer in my editor');
    const mark = pty.output().length;
    pty.write(KEY.enter);
    await pty.waitFor(/Score \d\.\d\/5/, mark);
    await pty.waitFor('See the summary', mark);
    pty.write(KEY.enter);
    expect(await pty.exit).toBe(0);
    const answer = historyLines(t.dir).find((r) => r.kind === 'answer');
    expect(answer?.answer).toBe('I would ask why they are refusing, listen, and offer a payment plan they can afford.');
  });

  it('--editor: the file holds the question as comments, taken out on reading; a failing editor is reported', async () => {
    const t = temp({
      // Keeps the comment block and writes the answer under it, as a user would.
      'append.sh': '#!/bin/sh\ngrep -q "^# .*" "$1" || exit 3\nprintf "I would ask why they are refusing and offer a plan they can afford.\\n" >> "$1"\n',
      'fail.sh': '#!/bin/sh\nexit 1\n',
    });
    chmodSync(t.path('append.sh'), 0o755);
    chmodSync(t.path('fail.sh'), 0o755);
    const env = { COLLECTIONS_PREP_HOME: t.dir, NO_COLOR: '1' };
    const pty = spawnPty(['drill', '--id', 'agent-mid-refuses-to-pay', '--editor'], { ...env, VISUAL: t.path('append.sh'), EDITOR: t.path('append.sh') });
    await pty.waitFor('Write the answer in my editor');
    const mark = pty.output().length;
    pty.write(KEY.enter);
    await pty.waitFor(/Score \d\.\d\/5/, mark);
    expect(pty.output().slice(mark)).toMatch(/Your answer:\n {2}I would ask why they are refusing and offer a plan they can afford\.\n\(submitted: 14 words\)/);
    await pty.waitFor('See the summary', mark);
    pty.write(KEY.enter);
    expect(await pty.exit).toBe(0);
    expect(historyLines(t.dir).find((r) => r.kind === 'answer')?.answer).toBe('I would ask why they are refusing and offer a plan they can afford.');

    const failing = spawnPty(['drill', '--id', 'agent-mid-refuses-to-pay', '--editor', '--no-history'], { ...env, VISUAL: t.path('fail.sh'), EDITOR: t.path('fail.sh') });
    await failing.waitFor('Write the answer in my editor');
    const from = failing.output().length;
    failing.write(KEY.enter);
    await failing.waitFor('Your editor exited with status 1: the answer was not taken.', from);
    await failing.waitFor('Quit the session', from);
    failing.write(KEY.up + KEY.enter);
    expect(await failing.exit).toBe(0);
  });
});
