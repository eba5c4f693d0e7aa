// "Try this question again" and `drill --review`'s look back, in a real terminal at 60 and 80 columns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/cli.js';
import { earlierToday, historyOf, jsonl } from '../helpers/history.js';
import { KEY, spawnPty } from '../helpers/pty.js';

const temp = useTempDirs();

function historyLines(dir: string): { kind: string; [k: string]: unknown }[] {
  return readFileSync(join(dir, 'history.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
}

const ID = 'agent-mid-refuses-to-pay';
const WEAK = 'I would tell his employer about the debt so he pays.';
const GOOD = [
  'First I would review the account history and notes before the call.',
  'Then I would ask why they are refusing, listen, and offer a payment plan they can afford, within the FDCPA.',
  'Finally I would confirm the plan in writing, document the call and escalate per procedure if needed.',
];

describe.each([60, 80])('another try at %i columns', (cols) => {
  it('grades the new try and shows it beside the first: scores, key points and red flags gained or lost', async () => {
    const dir = temp().dir;
    const pty = spawnPty(['drill', '--id', ID], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1', PTY_COLS: String(cols) });
    await pty.waitFor('Enter 3 times to finish');
    let mark = pty.output().length;
    pty.write(`${WEAK}${KEY.enter}${KEY.enter}${KEY.enter}`);
    await pty.waitFor('Try this question again', mark);
    expect(pty.output().slice(mark)).toContain('red flag: Discloses the debt');

    mark = pty.output().length;
    pty.write(KEY.down + KEY.enter);
    await pty.waitFor('Question 1/1, try 2', mark);
    await pty.waitFor('Enter 3 times to finish', mark);
    mark = pty.output().length;
    for (const line of GOOD) pty.write(`${line}${KEY.enter}`);
    pty.write(KEY.enter + KEY.enter);
    await pty.waitFor('Try 2 beside try 1:', mark);
    await pty.waitFor('See the summary', mark);
    const compared = pty.output().slice(pty.output().lastIndexOf('Try 2 beside try 1:'));
    const table = compared.split('\n').slice(0, 6).join('\n');
    expect(table).toMatch(/try 1 +try 2 +change/);
    expect(table).toMatch(/Score +1\.\d +[34]\.\d +\+\d\.\d/);
    expect(table).toMatch(/Negotiation +1 +[345] +\+\d/);
    const flat = compared.replace(/\n {7}(?! )/g, ' ');
    expect(flat).toContain('✓ now made: Asks why the customer refuses and listens.');
    expect(flat).toMatch(/✓ red flag gone: Discloses the debt to a third party/);
    for (const line of compared.split('\n')) expect(line.length, line).toBeLessThanOrEqual(cols);

    mark = pty.output().length;
    pty.write(KEY.enter);
    await pty.waitFor('Summary', mark);
    expect(await pty.exit).toBe(0);
    const summary = pty.output().slice(mark);
    // Both tries carry the question's number, as the screen showed it ("Question 1/1, try 2"), not a row count (a new user).
    expect(summary).toMatch(new RegExp(` 1\\. ${ID} +[12]\\.\\d/5`));
    expect(summary).toMatch(new RegExp(` 1\\. ${ID} \\(try 2\\) +[34]\\.\\d/5`));
    for (const line of summary.split('\n')) expect(line.length, line).toBeLessThanOrEqual(cols);

    // Both tries are in history, each with its grade; the second says which try it is.
    const records = historyLines(dir);
    expect(records.map((r) => r.kind)).toEqual(['session', 'answer', 'grade', 'answer', 'grade', 'end']);
    const answers = records.filter((r) => r.kind === 'answer');
    expect(answers.map((a) => [a.answer, a.attempt])).toEqual([[WEAK, undefined], [`${GOOD[0]}\n${GOOD[1]}\n${GOOD[2]}`, 2]]);
  });
});

describe('leaving another try', () => {
  it(':skip on a second try goes on without recording anything more, and a failure is offered again for today', async () => {
    const dir = temp().dir;
    const pty = spawnPty(['drill', '--id', ID], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1' });
    await pty.waitFor('Enter 3 times to finish');
    let mark = pty.output().length;
    pty.write(`${WEAK}${KEY.enter}${KEY.enter}${KEY.enter}`);
    await pty.waitFor('Try this question again', mark);
    mark = pty.output().length;
    pty.write(KEY.down + KEY.enter);
    await pty.waitFor(':skip leaves this try', mark);
    mark = pty.output().length;
    pty.write(`:skip${KEY.enter}`);
    await pty.waitFor('Summary', mark);
    expect(await pty.exit).toBe(0);
    const summary = pty.output().slice(mark);
    expect(summary).not.toContain('Skipped');
    expect(summary.replace(/ \\\n\s+/g, ' ')).toMatch(/Ask the question scored below 3 again today:\s+[^\n]*collections-prep[^\n]* drill --review --include-today --role agent/);
    expect(historyLines(dir).map((r) => r.kind)).toEqual(['session', 'answer', 'grade', 'end']);
  });
});

describe('drill --review in a terminal', () => {
  it('shows the last score and answer of a due question before asking it; --include-today asks today\'s failures again', async () => {
    const recent = earlierToday(5 * 60_000);
    const dir = temp({
      'history.jsonl': jsonl([
        ...historyOf({ id: 'old', at: '2020-01-01T09:00:00Z', answers: [{ question: ID, score: 1.5 }] }),
        ...historyOf({ id: 'new', at: recent, answers: [{ question: 'agent-junior-why-collections', score: 1.2, after: 0 }] }),
      ]),
    }).dir;
    const pty = spawnPty(['drill', '-r', 'agent', '--review', '--include-today', '-n', '2'], { COLLECTIONS_PREP_HOME: dir, NO_COLOR: '1', PTY_COLS: '60' });
    await pty.waitFor('Enter 3 times to finish');
    const screen = pty.output();
    expect(screen.replace(/\n/g, ' ')).toContain('1 question is due for review; 1 failed today and will be asked again.');
    // The due one first, with how it went last time.
    expect(screen).toMatch(/Question 1\/2[^\n]*\n[\s\S]*customer has had three reminders[\s\S]*Last time \(2020-01-01\): 1\.5\/5 ██░░░, with this answer:\n {4}An answer to agent-mid-refuses-to-pay\./);
    for (const line of screen.split('\n')) expect(line.length, line).toBeLessThanOrEqual(60);
    let mark = pty.output().length;
    pty.write(`:skip${KEY.enter}`);
    // The failure of today comes next, with its last answer too.
    await pty.waitFor(/Question 2\/2[\s\S]*Why do you want to work in collections[\s\S]*Last time \(\d{4}-\d{2}-\d{2}\): 1\.2\/5/, mark);
    mark = pty.output().length;
    pty.write(`:quit${KEY.enter}`);
    await pty.waitFor('Summary', mark);
    expect(await pty.exit).toBe(0);
  });
});
