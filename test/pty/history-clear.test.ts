// `history clear` in a terminal asks first (@inquirer/prompts confirm); no is the default.
import { existsSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/cli.js';
import { historyOf, jsonl } from '../helpers/history.js';
import { KEY, spawnPty } from '../helpers/pty.js';

const temp = useTempDirs();

describe('history clear in a terminal', () => {
  it('asks, keeps everything on "no" (the default), deletes on "yes"', async () => {
    const t = temp();
    writeFileSync(t.path('history.jsonl'), jsonl(historyOf({ id: 's1', at: '2026-11-01T09:00:00Z', answers: [{ question: 'q', score: 3 }] }, { id: 's2', at: '2026-11-02T09:00:00Z', answers: [] })));

    const no = spawnPty(['history', 'clear'], { COLLECTIONS_PREP_HOME: t.dir, NO_COLOR: '1' });
    await no.waitFor('Delete all 2 recorded sessions');
    await no.waitFor('This cannot be undone.');
    no.write(KEY.enter);
    await no.waitFor('Nothing was deleted.');
    expect(await no.exit).toBe(0);
    expect(existsSync(t.path('history.jsonl'))).toBe(true);

    const yes = spawnPty(['history', 'clear'], { COLLECTIONS_PREP_HOME: t.dir, NO_COLOR: '1' });
    await yes.waitFor('Delete all 2 recorded sessions');
    yes.write(`y${KEY.enter}`);
    await yes.waitFor('History cleared: 2 sessions deleted');
    expect(await yes.exit).toBe(0);
    expect(existsSync(t.path('history.jsonl'))).toBe(false);
  });

  it('Ctrl-C at the question deletes nothing and exits 130', async () => {
    const t = temp();
    writeFileSync(t.path('history.jsonl'), jsonl(historyOf({ id: 's1', at: '2026-11-01T09:00:00Z', answers: [{ question: 'q', score: 3 }] })));
    const pty = spawnPty(['history', 'clear'], { COLLECTIONS_PREP_HOME: t.dir, NO_COLOR: '1' });
    await pty.waitFor('Delete all 1 recorded session?');
    pty.write(KEY.ctrlC);
    await pty.waitFor('Nothing was deleted.');
    expect(await pty.exit).toBe(130);
    expect(existsSync(t.path('history.jsonl'))).toBe(true);
  });
});
