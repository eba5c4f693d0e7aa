import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/cli.js';
import { KEY, spawnPty } from '../helpers/pty.js';

// `drill --role supervisor` in a terminal with no level asks which job you are preparing for,
// remembers the answer in the config file, and the next session starts there with a note instead
// of the question. Each test has folders of its own: COLLECTIONS_PREP_HOME, or the XDG folders
// that the platform's default places follow (with HOME pointing into the test's folder too).

const temp = useTempDirs();

const TITLES = ['Collection Specialist (mid)', 'Collection Supervisor (lead)', 'Senior Collection Supervisor (senior)', 'Collections Manager (manager)', 'Director of Collections (director)', 'Every level (a mix)'];

/** Folders for one user: `env` for the program, `config` the file it should write. */
function user(kind: 'home' | 'xdg'): { env: Record<string, string | undefined>; config: string; history: string } {
  const dir = temp().dir;
  if (kind === 'home') return { env: { COLLECTIONS_PREP_HOME: dir }, config: join(dir, 'config.yaml'), history: join(dir, 'history.jsonl') };
  return {
    env: { COLLECTIONS_PREP_HOME: undefined, HOME: dir, XDG_CONFIG_HOME: join(dir, 'xdg-config'), XDG_DATA_HOME: join(dir, 'xdg-data'), XDG_CACHE_HOME: join(dir, 'xdg-cache') },
    config: join(dir, 'xdg-config', 'collections-prep', 'config.yaml'),
    history: join(dir, 'xdg-data', 'collections-prep', 'history.jsonl'),
  };
}

/** The levels of each session recorded in the history (what its questions were chosen for). */
function levelsAsked(history: string): string[] {
  return readFileSync(history, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .filter((r) => r.kind === 'session')
    .flatMap((r) => r.levels as string[]);
}

/** The answer prompt's status line: keys typed before it is drawn may reach no prompt. */
const READY = 'Enter 3 times to finish';

const fits = (screen: string, cols: number) => screen.split('\n').filter((l) => l.length > cols);

describe.each([
  [60, 'home'],
  [80, 'xdg'],
] as const)('drill -r supervisor with no level, at %i columns (folders: %s)', (cols, kind) => {
  it('asks which job, remembers the answer, and the next session uses it with a note instead', async () => {
    const u = user(kind);
    const env = { ...u.env, NO_COLOR: '1', PTY_COLS: String(cols) };

    const first = spawnPty(['drill', '--role', 'supervisor', '-n', '2'], env);
    await first.waitFor('Preparing for which job?');
    await first.waitFor('Every level (a mix)');
    const question = first.output();
    for (const title of TITLES) expect(question).toContain(title);
    expect(fits(question, cols)).toEqual([]);
    expect(existsSync(u.config)).toBe(false);
    let mark = first.output().length;
    first.write(KEY.down + KEY.enter);
    await first.waitFor('Question 1/2', mark);
    const start = first.output().slice(mark);
    expect(start).toContain(`Remembered in ${u.config}`);
    expect(start.replace(/\s+/g, ' ')).toContain('keep to Collection Supervisor (supervisor lead) from now on, without asking; -s or --job chooses another for one session.');
    expect(start).toMatch(/Question 1\/2 · [^·\n]*\blead\b/);
    // The answer line (drawn over the list, so read from its mark) and all after it fit.
    expect(start).toMatch(/✔ Preparing for which job\? Collection Supervisor\n/);
    expect(fits(start.slice(start.indexOf('✔')), cols)).toEqual([]);
    await first.waitFor(READY);
    first.write(KEY.ctrlC);
    expect(await first.exit).toBe(130);
    expect(readFileSync(u.config, 'utf8')).toMatch(/^levels:\n {2}supervisor: lead$/m);
    expect(levelsAsked(u.history)).toEqual(['lead']);

    const second = spawnPty(['drill', '--role', 'supervisor', '-n', '2'], env);
    await second.waitFor('Question 1/2');
    const screen = second.output();
    expect(screen).not.toContain('which job');
    expect(screen.replace(/\s+/g, ' ')).toContain(`Preparing for Collection Supervisor (supervisor lead), as remembered in ${u.config}: -s or --job chooses another for one session; delete "levels:" there to be asked again.`);
    expect(screen).toMatch(/Question 1\/2 · [^·\n]*\blead\b/);
    expect(fits(screen, cols)).toEqual([]);
    await second.waitFor(READY);
    second.write(KEY.ctrlC);
    expect(await second.exit).toBe(130);

    // A level given for one session wins, and is not remembered.
    const given = spawnPty(['drill', '--role', 'supervisor', '-s', 'director', '-n', '1'], env);
    await given.waitFor('Question 1/1');
    expect(given.output()).not.toMatch(/which job|Preparing for/);
    expect(given.output()).toMatch(/Question 1\/1 · [^·\n]*\bdirector\b/);
    await given.waitFor(READY);
    given.write(KEY.ctrlC);
    expect(await given.exit).toBe(130);
    expect(readFileSync(u.config, 'utf8')).toMatch(/^ {2}supervisor: lead$/m);
    expect(levelsAsked(u.history)).toEqual(['lead', 'lead', 'director']);
  });
});

describe('the level question in a terminal', () => {
  it('with no role, asks the track first and remembers both', async () => {
    const u = user('home');
    const pty = spawnPty(['drill', '-n', '1'], { ...u.env, NO_COLOR: '1' });
    await pty.waitFor('Preparing for which track?');
    await pty.waitFor('Collection supervisor track');
    pty.write(KEY.enter);
    await pty.waitFor('Preparing for which job?');
    await pty.waitFor('Collections Team Lead (lead)');
    const mark = pty.output().length;
    pty.write(KEY.enter);
    await pty.waitFor('Question 1/1', mark);
    expect(pty.output().slice(mark)).toMatch(/Question 1\/1 · [^·\n]*\bjunior\b/);
    await pty.waitFor(READY);
    pty.write(KEY.ctrlC);
    expect(await pty.exit).toBe(130);
    expect(readFileSync(u.config, 'utf8')).toMatch(/^role: agent$/m);
    expect(readFileSync(u.config, 'utf8')).toMatch(/^ {2}agent: junior$/m);

    const again = spawnPty(['drill', '-n', '1'], { ...u.env, NO_COLOR: '1' });
    await again.waitFor('Question 1/1');
    expect(again.output().replace(/\s+/g, ' ')).toContain('Preparing for Junior Collections Agent (agent junior), as remembered in');
    expect(again.output().replace(/\s+/g, ' ')).toContain('-r and -s (or --job) choose another for one session');
    await again.waitFor(READY);
    again.write(KEY.ctrlC);
    expect(await again.exit).toBe(130);
  });

  it('is neither asked nor read with --seed: the session is what bank, filters and seed select', async () => {
    const u = user('home');
    const remembered = temp({ 'config.yaml': 'levels:\n  supervisor: director\n' });
    const runs: string[] = [];
    for (const env of [u.env, { COLLECTIONS_PREP_HOME: remembered.dir }]) {
      const pty = spawnPty(['drill', '--role', 'supervisor', '-n', '3', '--seed', '4', '--no-history'], { ...env, NO_COLOR: '1' });
      await pty.waitFor('Enter 3 times to finish');
      const screen = pty.output();
      expect(screen).not.toMatch(/which job|Preparing for|Remembered in/);
      runs.push(screen.slice(screen.indexOf('Question 1/3'), screen.indexOf('Your answer:')));
      await pty.waitFor(READY);
      pty.write(KEY.ctrlC);
      expect(await pty.exit).toBe(130);
    }
    expect(runs[1]).toBe(runs[0]);
    expect(existsSync(u.config)).toBe(false);
  });

  it('ends quietly on Ctrl-C, with nothing remembered or recorded', async () => {
    const u = user('home');
    const pty = spawnPty(['drill', '--role', 'supervisor'], { ...u.env, NO_COLOR: '1' });
    await pty.waitFor('Every level (a mix)');
    pty.write(KEY.ctrlC);
    expect(await pty.exit).toBe(130);
    expect(pty.output().replace(/\s+/g, ' ')).toContain('stopped before the first question (no level chosen, nothing saved)');
    expect(existsSync(u.config)).toBe(false);
    expect(existsSync(u.history)).toBe(false);
  });
});

describe('the same question for interview, and the job of an interview date', () => {
  it('interview with no job asks, remembers, and the next interview (or drill) starts there', async () => {
    const u = user('home');
    const env = { ...u.env, NO_COLOR: '1', PTY_COLS: '60' };
    const first = spawnPty(['interview', '-r', 'supervisor', '-n', '3'], env);
    await first.waitFor('Preparing for which job?');
    await first.waitFor('Director of Collections (director)');
    // One job: no "every level" in an interview.
    expect(first.output()).not.toContain('Every level');
    let mark = first.output().length;
    first.write(KEY.down + KEY.down + KEY.enter);
    await first.waitFor('Question 1/3', mark);
    expect(first.output().slice(mark).replace(/\s+/g, ' ')).toContain('keep to Senior Collection Supervisor (supervisor senior) from now on');
    await first.waitFor(READY, mark);
    first.write(KEY.ctrlC);
    expect(await first.exit).toBe(130);
    expect(readFileSync(u.config, 'utf8')).toMatch(/^ {2}supervisor: senior$/m);

    for (const args of [['interview', '-r', 'supervisor', '-n', '3'], ['drill', '-r', 'supervisor', '-n', '1']]) {
      const again = spawnPty(args, env);
      await again.waitFor('Question 1/');
      expect(again.output()).not.toContain('which job');
      expect(again.output().replace(/\s+/g, ' ')).toContain('Preparing for Senior Collection Supervisor (supervisor senior), as remembered in');
      await again.waitFor(READY);
      again.write(KEY.ctrlC);
      expect(await again.exit).toBe(130);
    }
  });

  it('starts the list on the job of an interview date (plan) when no level is remembered', async () => {
    const t = temp({ 'config.yaml': 'interview:\n  date: 2030-01-15\n  job: Director of Collections\n' });
    const pty = spawnPty(['drill', '-r', 'supervisor', '-n', '1'], { COLLECTIONS_PREP_HOME: t.dir, NO_COLOR: '1' });
    await pty.waitFor('Every level (a mix)');
    expect(pty.output()).toMatch(/❯ Director of Collections \(director\)/);
    const mark = pty.output().length;
    pty.write(KEY.enter);
    await pty.waitFor(READY, mark);
    expect(pty.output().slice(mark)).toMatch(/Question 1\/1 · [^·\n]*\bdirector\b/);
    pty.write(KEY.ctrlC);
    expect(await pty.exit).toBe(130);
    expect(readFileSync(t.path('config.yaml'), 'utf8')).toMatch(/^interview:\n {2}date: 2030-01-15\n {2}job: Director of Collections\n/);
    expect(readFileSync(t.path('config.yaml'), 'utf8')).toMatch(/^ {2}supervisor: director$/m);
  });
});
