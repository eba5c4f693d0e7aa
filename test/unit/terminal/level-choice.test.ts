import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../../src/bank/load.js';
import type { CommandContext } from '../../../src/context.js';
import { chooseLevel, drillLevel, roleLevels, tracks } from '../../../src/terminal/level-choice.js';
import { ROOT, useTempDirs } from '../../helpers/cli.js';

const { bank } = loadBank({ cwd: ROOT, builtin: { dir: join(ROOT, 'questions') } });
const temp = useTempDirs();

/** A context with the config folder `home`; unless given one, a standard input that ends at once. */
function context(home: string, tty = false, given?: PassThrough): CommandContext {
  const stdin = given ?? new PassThrough().end();
  const stdout = new PassThrough();
  return { cwd: ROOT, env: { COLLECTIONS_PREP_HOME: home }, stdout, stderr: new PassThrough(), stdin: Object.assign(stdin, { isTTY: tty }), now: () => new Date() } as unknown as CommandContext;
}

/** chooseLevel answered with Enter (the list's first or default choice), and what it showed. One question only: a second prompt on the same stream does not start. */
async function answering(home: string, ask: Parameters<typeof chooseLevel>[1]): Promise<{ choice: unknown; screen: string }> {
  const stdin = new PassThrough();
  const ctx = context(home, true, stdin);
  let screen = '';
  let answered = 0;
  (ctx.stdout as unknown as PassThrough).on('data', (d: Buffer) => {
    screen += d.toString();
    const asked = new Set(screen.match(/\? Preparing for which (job|track)\?/g)).size;
    for (; answered < asked; answered++) setImmediate(() => stdin.write('\r'));
  });
  const choice = await chooseLevel(bank, ask, ctx, () => {});
  return { choice, screen };
}

describe('the ladders offered', () => {
  it("lists each built-in track's ladder, lowest first, and the tracks in their file's order", () => {
    expect(roleLevels(bank, 'supervisor')).toEqual(['mid', 'lead', 'senior', 'manager', 'director']);
    expect(roleLevels(bank, 'agent')).toEqual(['junior', 'mid', 'senior', 'lead', 'manager']);
    expect(tracks(bank)).toEqual(['agent', 'supervisor']);
  });
});

describe('chooseLevel with a level remembered', () => {
  it('uses it without asking and says where it is kept', async () => {
    const t = temp({ 'config.yaml': 'role: agent\nlevels:\n  agent: senior\n  supervisor: all\n' });
    const notes: string[] = [];
    expect(await chooseLevel(bank, { every: true, remember: true }, context(t.dir), (l) => notes.push(l))).toEqual({ role: 'agent', level: 'senior' });
    expect(await chooseLevel(bank, { role: 'supervisor', every: true, remember: true }, context(t.dir), (l) => notes.push(l))).toEqual({ role: 'supervisor', level: 'all' });
    expect(notes).toEqual([
      `Preparing for Senior Collections Agent (agent senior), as remembered in ${t.path('config.yaml')}: -r and -s (or --job) choose another for one session; delete "levels:" there to be asked again.`,
      `Preparing for every supervisor level (a mix), as remembered in ${t.path('config.yaml')}: -s or --job chooses another for one session; delete "levels:" there to be asked again.`,
    ]);
  });

  it('asks again when the level does not fit (off the ladder, "all" for an interview) or with --seed, which keeps nothing', async () => {
    const t = temp({ 'config.yaml': 'levels:\n  supervisor: junior\n  agent: all\n' });
    const supervisor = await answering(t.dir, { role: 'supervisor', every: true, remember: true });
    expect(supervisor.screen).toContain('Preparing for which job?');
    expect(supervisor.choice).toEqual({ role: 'supervisor', level: 'mid' });
    // An interview offers no "every level", and leaves a drill's "all" as it was.
    const agent = await answering(t.dir, { role: 'agent', every: false, remember: true });
    expect(agent.screen).not.toContain('Every level');
    expect(agent.choice).toEqual({ role: 'agent', level: 'junior' });
    expect(readFileSync(t.path('config.yaml'), 'utf8')).toBe('levels:\n  supervisor: mid\n  agent: all\n');

    const seeded = temp({ 'config.yaml': 'levels:\n  supervisor: lead\n' });
    const run = await answering(seeded.dir, { role: 'supervisor', every: true, remember: false });
    expect(run.screen).toContain('Preparing for which job?');
    expect(readFileSync(seeded.path('config.yaml'), 'utf8')).toBe('levels:\n  supervisor: lead\n');
  });

  it("starts the list on plan's interview job when nothing is remembered", async () => {
    const t = temp({ 'config.yaml': 'interview:\n  date: 2030-01-15\n  job: Collections Manager\n  role: supervisor\n' });
    const run = await answering(t.dir, { role: 'supervisor', every: true, remember: true });
    expect(run.choice).toEqual({ role: 'supervisor', level: 'manager' });
    expect(readFileSync(t.path('config.yaml'), 'utf8')).toMatch(/^ {2}supervisor: manager$/m);
  });
});

describe('drillLevel', () => {
  const flags = { seniority: [] as string[], template: false, review: false };
  it('is no question and reads nothing for batch runs, --seed, a level given, --id, --review or --focus', async () => {
    // A config file that would fail to load: reading it would throw.
    const t = temp({ 'config.yaml': 'levels: [\n' });
    for (const o of [
      { ...flags, role: 'supervisor', answers: '-' },
      { ...flags, role: 'supervisor', template: true },
      { ...flags, role: 'supervisor', seed: 3 },
      { ...flags, role: 'supervisor', seniority: ['lead'] },
      { ...flags, job: 'Collection Supervisor' },
      { ...flags, ids: ['agent-mid-refuses-to-pay'] },
      { ...flags, review: true },
      { ...flags, focus: 'weak' },
    ]) {
      expect(await drillLevel(bank, o, context(t.dir, true), () => {})).toEqual({});
    }
    expect(await drillLevel(bank, { ...flags, role: 'supervisor' }, context(t.dir, false), () => {})).toEqual({});
    await expect(drillLevel(bank, { ...flags, role: 'supervisor' }, context(t.dir, true), () => {})).rejects.toThrow(/config\.yaml/);
  });

  it('turns a remembered "all" into no level filter, and a level into -s', async () => {
    const t = temp({ 'config.yaml': 'levels:\n  supervisor: all\n  agent: mid\n' });
    expect(await drillLevel(bank, { ...flags, role: 'supervisor' }, context(t.dir, true), () => {})).toEqual({ role: 'supervisor' });
    expect(await drillLevel(bank, { ...flags, role: 'agent' }, context(t.dir, true), () => {})).toEqual({ role: 'agent', seniority: ['mid'] });
  });
});
