import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadBank } from '../../../src/bank/load.js';
import {
  allowedLevels,
  cardLadder,
  describeLevel,
  GLOBAL_LADDER,
  ladderOf,
  levelTitle,
  matchJob,
  resolveJob,
  sortLevels,
} from '../../../src/bank/roles.js';
import { compareLevels, levelRank } from '../../../src/bank/levels.js';
import { UserError } from '../../../src/errors.js';
import { ROOT } from '../../helpers/cli.js';

// The built-in ladders, as questions/roles.yaml declares them (shared/domain.md).
const { bank } = loadBank({ cwd: ROOT, builtin: { dir: join(ROOT, 'questions') } });
const ladders = bank.ladders;

function usage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).exitCode).toBe(2);
    return (e as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('the built-in ladders', () => {
  test('agent runs junior < mid < senior < lead < manager; supervisor mid < lead < senior < manager < director', () => {
    expect(ladderOf(ladders, 'agent')).toEqual(['junior', 'mid', 'senior', 'lead', 'manager']);
    expect(ladderOf(ladders, 'supervisor')).toEqual(['mid', 'lead', 'senior', 'manager', 'director']);
  });

  test('titles and aliases follow domain.md', () => {
    expect(ladders.get('agent')!.levels.map((l) => l.title)).toEqual([
      'Junior Collections Agent',
      'Collections Agent',
      'Senior Collections Agent',
      'Collections Team Lead',
      'Collections Manager',
    ]);
    expect(ladders.get('agent')!.levels[2]!.aliases).toEqual(['Collections Specialist']);
    expect(ladders.get('supervisor')!.levels.map((l) => l.title)).toEqual([
      'Collection Specialist',
      'Collection Supervisor',
      'Senior Collection Supervisor',
      'Collections Manager',
      'Director of Collections',
    ]);
    expect(levelTitle(ladders, 'supervisor', 'senior')).toBe('Senior Collection Supervisor');
    expect(levelTitle(ladders, 'agent', 'director')).toBeUndefined();
    expect(describeLevel(ladders, 'agent', 'lead')).toBe('Collections Team Lead (agent lead)');
    expect(describeLevel(ladders, 'mine', 'lead')).toBe('mine lead');
  });

  test('a role no file declares keeps the global order', () => {
    expect(ladderOf(ladders, 'recoveries')).toEqual(GLOBAL_LADDER);
    expect(GLOBAL_LADDER).toEqual(['junior', 'mid', 'senior', 'lead', 'manager', 'director']);
    expect(sortLevels(ladders, 'recoveries', ['director', 'lead', 'senior'])).toEqual(['senior', 'lead', 'director']);
  });

  test('sorting and ranking use the role\'s own ladder', () => {
    expect(sortLevels(ladders, 'supervisor', ['senior', 'lead', 'director', 'mid'])).toEqual(['mid', 'lead', 'senior', 'director']);
    expect(sortLevels(ladders, 'agent', ['lead', 'senior'])).toEqual(['senior', 'lead']);
    const sup = ladderOf(ladders, 'supervisor');
    expect(levelRank('lead', sup)).toBeLessThan(levelRank('senior', sup)!);
    expect(levelRank('senior', ladderOf(ladders, 'agent'))).toBeLessThan(levelRank('lead', ladderOf(ladders, 'agent'))!);
    // Off the ladder: after it.
    expect(levelRank('junior', sup)).toBeUndefined();
    expect(compareLevels('junior', 'director', sup)).toBeGreaterThan(0);
    expect(compareLevels('senior', 'lead')).toBeLessThan(0);
    expect(compareLevels('senior', 'lead', sup)).toBeGreaterThan(0);
    expect(cardLadder(ladders, ['mine', 'supervisor'])).toEqual(sup);
    expect(cardLadder(ladders, ['mine'])).toEqual(GLOBAL_LADDER);
    expect(allowedLevels(ladders, ['agent'])).toEqual(['junior', 'mid', 'senior', 'lead', 'manager']);
    expect(allowedLevels(ladders, ['agent', 'mine'])).toBeUndefined();
  });

  test('built-in cards hold their levels in their ladder order', () => {
    for (const q of bank.questions) {
      const ladder = ladderOf(ladders, q.roles[0]!);
      const ranks = q.seniority.map((l) => ladder.indexOf(l));
      expect(ranks.every((r) => r >= 0), q.id).toBe(true);
      expect([...ranks].sort((a, b) => a - b), q.id).toEqual(ranks);
    }
  });
});

describe('--job: a job title to a role and level', () => {
  test('an exact title, ignoring case and spacing', () => {
    expect(resolveJob(ladders, 'collection supervisor')).toMatchObject({ role: 'supervisor', level: 'lead', title: 'Collection Supervisor' });
    expect(resolveJob(ladders, '  Senior   Collections Agent ')).toMatchObject({ role: 'agent', level: 'senior' });
    expect(resolveJob(ladders, 'DIRECTOR OF COLLECTIONS')).toMatchObject({ role: 'supervisor', level: 'director' });
  });

  test('an alias', () => {
    expect(resolveJob(ladders, 'collections specialist')).toMatchObject({ role: 'agent', level: 'senior', title: 'Senior Collections Agent', name: 'Collections Specialist' });
    // One letter apart from the alias: the supervisor track's first title.
    expect(resolveJob(ladders, 'Collection Specialist')).toMatchObject({ role: 'supervisor', level: 'mid' });
  });

  test('unknown: a usage error with the nearest titles', () => {
    expect(usage(() => resolveJob(ladders, 'collection supervisr'))).toMatch(
      /^unknown job title "collection supervisr" for --job \(did you mean "Collection Supervisor"( or "[^"]+")*\?\); titles: Junior Collections Agent, /,
    );
    expect(usage(() => resolveJob(ladders, 'Senior Collections Agnet'))).toMatch(/did you mean "Senior Collections Agent"/);
    expect(usage(() => resolveJob(ladders, 'astronaut'))).toMatch(/^unknown job title "astronaut" for --job; titles: /);
  });

  test('ambiguous: Collections Manager is on both tracks; the error lists them and asks for -r', () => {
    expect(matchJob(ladders, 'collections manager')).toHaveLength(2);
    expect(usage(() => resolveJob(ladders, 'Collections Manager'))).toBe(
      '--job "Collections Manager" fits more than one role or level: Collections Manager (-r agent: manager), Collections Manager (-r supervisor: manager); add -r <role> to choose',
    );
  });

  test('-r settles an ambiguous title', () => {
    expect(resolveJob(ladders, 'Collections Manager', 'agent')).toMatchObject({ role: 'agent', level: 'manager' });
    expect(resolveJob(ladders, 'collections manager', 'supervisor')).toMatchObject({ role: 'supervisor', level: 'manager' });
  });

  test('-r with a title of another role, or a role with no titles', () => {
    expect(usage(() => resolveJob(ladders, 'Director of Collections', 'agent'))).toMatch(
      /^--job "Director of Collections" is not one of the agent titles \(it is supervisor director\); leave out -r agent or pick one of: Junior Collections Agent, /,
    );
    expect(usage(() => resolveJob(ladders, 'Collections Manager', 'mine'))).toMatch(/the mine role declares no job titles; roles with titles: agent, supervisor/);
    expect(usage(() => resolveJob(new Map(), 'Collections Manager'))).toMatch(/no role in the bank declares job titles/);
  });
});
