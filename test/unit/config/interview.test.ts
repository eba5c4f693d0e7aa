import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { storeInterview } from '../../../src/config/interview.js';
import { loadConfigFile } from '../../../src/config/load.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function file(text?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cp-config-'));
  dirs.push(dir);
  const f = join(dir, 'sub', 'config.yaml');
  if (text !== undefined) {
    rmSync(join(dir, 'sub'), { recursive: true, force: true });
    mkdirSync(join(dir, 'sub'));
    writeFileSync(f, text);
  }
  return f;
}

describe('the interview date in the config file', () => {
  it('is written beside what the user wrote (keys, order, comments kept) and reads back', () => {
    const f = file('# my settings\ngrader: offline   # always\njurisdiction: uk\n');
    storeInterview(f, { date: '2026-12-15', job: 'Collection Supervisor' });
    const text = readFileSync(f, 'utf8');
    expect(text).toMatch(/^# my settings\ngrader: offline # always\njurisdiction: uk\ninterview:\n {2}date: 2026-12-15\n {2}job: Collection Supervisor\n$/);
    expect(loadConfigFile(f).config).toEqual({ grader: 'offline', jurisdiction: 'uk', interview: { date: '2026-12-15', job: 'Collection Supervisor' } });
    storeInterview(f, { date: '2026-12-18', job: 'Collections Manager', role: 'agent' });
    expect(loadConfigFile(f).config.interview).toEqual({ date: '2026-12-18', job: 'Collections Manager', role: 'agent' });
  });

  it('is created with its folder, readable by the user only, and removed by clearing', () => {
    const f = file();
    storeInterview(f, { date: '2026-12-15', job: 'Collections Agent' });
    expect(statSync(f).mode & 0o777).toBe(0o600);
    storeInterview(f, undefined);
    expect(readFileSync(f, 'utf8')).toBe('');
    expect(loadConfigFile(f).config).toEqual({});
    // Clearing what is not there changes nothing.
    const g = file('grader: llm\n');
    storeInterview(g, undefined);
    expect(readFileSync(g, 'utf8')).toBe('grader: llm\n');
  });

  it('an unknown key in the interview entry is an error that names it, as everywhere in the file', () => {
    const f = file('interview:\n  date: 2026-12-15\n  job: Collections Agent\n  when: soon\n');
    expect(() => loadConfigFile(f)).toThrow(/config\.yaml.*when: unknown setting/);
  });

  it('refuses a file it cannot parse rather than overwrite it', () => {
    const f = file('grader: [unclosed\n');
    expect(() => storeInterview(f, { date: '2026-12-15', job: 'Collections Agent' })).toThrow(/does not parse/);
    expect(readFileSync(f, 'utf8')).toBe('grader: [unclosed\n');
  });
});
