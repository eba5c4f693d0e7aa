import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../../src/config/load.js';
import { rememberInConfig } from '../../../src/config/remember.js';
import { readConfig } from '../../../src/config/resolve.js';
import { useTempDirs } from '../../helpers/cli.js';

// The level a terminal session remembers lives in the user's config file: written beside what
// they wrote there, read back by the same loader that every command uses.

const temp = useTempDirs();
const LEVEL = { path: ['levels', 'supervisor'] as const, value: 'lead', comment: 'remembered in a terminal' };

describe('rememberInConfig', () => {
  it('creates the file (and its folder) readable by the user alone, and the loader reads it back', () => {
    const file = join(temp().dir, 'nested', 'config.yaml');
    rememberInConfig(file, [{ path: ['role'], value: 'supervisor' }, LEVEL]);
    expect(loadConfigFile(file).config).toEqual({ role: 'supervisor', levels: { supervisor: 'lead' } });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(file, '..')).mode & 0o777).toBe(0o700);
    expect(readFileSync(file, 'utf8')).toContain('# remembered in a terminal\nlevels:\n  supervisor: lead\n');
  });

  it("keeps the user's settings, their order and comments, and other roles' levels", () => {
    const t = temp({ 'config.yaml': '# mine\ngrader: none # offline is slow for me\n\nlevels:\n  agent: junior\njurisdiction: uk\n' });
    const file = t.path('config.yaml');
    rememberInConfig(file, [LEVEL]);
    const text = readFileSync(file, 'utf8');
    expect(text).toBe('# mine\ngrader: none # offline is slow for me\n\nlevels:\n  agent: junior\n  supervisor: lead\njurisdiction: uk\n');
    expect(loadConfigFile(file).config).toEqual({ grader: 'none', jurisdiction: 'uk', levels: { agent: 'junior', supervisor: 'lead' } });
  });

  it('replaces the level remembered before for the same role', () => {
    const file = temp({ 'config.yaml': 'levels: {supervisor: director}\n' }).path('config.yaml');
    rememberInConfig(file, [LEVEL]);
    expect(loadConfigFile(file).config.levels).toEqual({ supervisor: 'lead' });
  });

  it('refuses, and leaves the file as it was, when the file does not parse or the value is not a level', () => {
    const t = temp({ 'config.yaml': 'grader: [llm\n', 'ok.yaml': 'grader: none\n' });
    expect(() => rememberInConfig(t.path('config.yaml'), [LEVEL])).toThrow(/config\.yaml: cannot remember the level there: it does not parse/);
    expect(readFileSync(t.path('config.yaml'), 'utf8')).toBe('grader: [llm\n');
    expect(() => rememberInConfig(t.path('ok.yaml'), [{ path: ['levels', 'supervisor'], value: 'chief' }])).toThrow(/levels\.supervisor: must be a level \(junior, mid, senior, lead, manager, director\) or all/);
    expect(readFileSync(t.path('ok.yaml'), 'utf8')).toBe('grader: none\n');
    expect(readdirSync(t.dir).sort()).toEqual(['config.yaml', 'ok.yaml']);
  });

  it('refuses a file that is a list, not a mapping of settings', () => {
    const file = temp({ 'config.yaml': '- grader\n' }).path('config.yaml');
    expect(() => rememberInConfig(file, [LEVEL])).toThrow(/not a mapping of settings/);
  });
});

describe('the remembered keys in the config file', () => {
  it('take a role id and, per role, a level or all', async () => {
    const t = temp({ 'config.yaml': 'role: agent\nlevels:\n  agent: all\n  my-own-role: director\n' });
    const found = await readConfig({ COLLECTIONS_PREP_HOME: t.dir });
    expect(found.config).toEqual({ role: 'agent', levels: { agent: 'all', 'my-own-role': 'director' } });
  });

  it('reject a level that is not one, naming the file, line and key', () => {
    const file = temp({ 'config.yaml': 'grader: none\nlevels:\n  supervisor: boss\n' }).path('config.yaml');
    expect(() => loadConfigFile(file)).toThrow(/config\.yaml:3:15: levels\.supervisor: must be a level \(junior, mid, senior, lead, manager, director\) or all/);
  });

  it('reject a role that is not an id', () => {
    const file = temp({ 'config.yaml': 'role: Collection Supervisor\n' }).path('config.yaml');
    expect(() => loadConfigFile(file)).toThrow(/config\.yaml:1:1: role: must be a role id such as agent or supervisor/);
  });

  it('are listed among the settings when a key is unknown', () => {
    const file = temp({ 'config.yaml': 'level: lead\n' }).path('config.yaml');
    expect(() => loadConfigFile(file)).toThrow(/unknown setting \(did you mean "levels"\?\).*role, levels/);
  });

  it('are not written for a config folder that does not exist until something is remembered', async () => {
    const dir = join(temp().dir, 'fresh');
    const found = await readConfig({ COLLECTIONS_PREP_HOME: dir });
    expect(found).toEqual({ file: join(dir, 'config.yaml'), exists: false, config: {} });
    expect(existsSync(dir)).toBe(false);
  });
});
