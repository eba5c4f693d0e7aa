// `rules` end to end: the conduct rules both graders check, as people and tools read them.
import { describe, expect, test } from 'vitest';
import { run } from '../helpers/cli.js';

interface RuleJson {
  id: string;
  words: string;
  jurisdictions: string[];
  sectors: string[];
  citations: { us?: string; uk?: string; commercial: string };
  example: string;
}

describe.concurrent('rules', () => {
  test('lists every rule with its plain words, its citation in each country and an example', async () => {
    const r = await run(['rules']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^16 conduct rules, checked on every answer by both graders/);
    for (const id of ['third-party-disclosure', 'threat-arrest', 'excessive-contact', 'inconvenient-time', 'represented-consumer', 'skipping-id-checks']) {
      expect(r.stdout).toMatch(new RegExp(`^${id}$`, 'm'));
    }
    expect(r.stdout).toContain('US: FDCPA §1692c(b), §1692b; Reg F §1006.6(d)');
    expect(r.stdout).toMatch(/UK: CONC 7/);
    expect(r.stdout).toContain('e.g. "I called his mother and told her her son was behind on his loan."');
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  test('piped, it wraps at the COLUMNS the user set', async () => {
    const r = await run(['rules'], { env: { COLUMNS: '60' } });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(60);
    expect(lines.some((l) => [...l].length > 50)).toBe(true);
  });

  test('-j uk keeps the UK citation alone; --format json is an array tools can read', async () => {
    const uk = await run(['rules', '-j', 'uk']);
    expect(uk.code).toBe(0);
    expect(uk.stdout).not.toMatch(/^\s+US: /m);
    expect(uk.stdout).toMatch(/^\s+UK: /m);
    const r = await run(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout) as RuleJson[];
    expect(rules).toHaveLength(16);
    for (const rule of rules) {
      expect(rule.words.length).toBeGreaterThan(10);
      expect(rule.citations.us && rule.citations.uk && rule.citations.commercial).toBeTruthy();
      expect(rule.example.length).toBeGreaterThan(10);
    }
    const ukJson = JSON.parse((await run(['rules', '-j', 'uk', '--format', 'json'])).stdout) as RuleJson[];
    expect(ukJson.every((x) => x.citations.us === undefined && x.citations.uk)).toBe(true);
  });

  test('an unknown jurisdiction is a usage error', async () => {
    const r = await run(['rules', '-j', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fr/);
  });
});
