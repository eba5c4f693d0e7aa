// --job and -j/--jurisdiction through the built CLI (issue 11): the built-in ladders, titles in
// list, show and session headers, the config file's jurisdiction, and their usage errors.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/cli.js';

interface Card {
  id: string;
  roles: string[];
  seniority: string[];
  jurisdiction?: string;
}
const box = tempDir();
afterAll(() => box.cleanup());
let homes = 0;
function home(config?: string): string {
  const dir = join(box.dir, `home-${homes++}`);
  mkdirSync(dir, { recursive: true });
  if (config !== undefined) writeFileSync(join(dir, 'config.yaml'), config);
  return dir;
}
const listJson = async (args: string[], options: { home?: string } = {}) => {
  const r = await run(['list', '--format', 'json', ...args], { home: options.home ?? home() });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Card[];
};

describe.concurrent('--jurisdiction', () => {
  it('list -j uk: UK cards and cards for any, never a US card', async () => {
    const all = await listJson([]);
    const uk = await listJson(['-j', 'uk']);
    expect(uk.length).toBeGreaterThan(0);
    expect(uk.every((q) => q.jurisdiction === 'uk' || q.jurisdiction === 'any')).toBe(true);
    expect(uk.some((q) => q.jurisdiction === 'uk')).toBe(true);
    expect(uk.map((q) => q.id)).toEqual(all.filter((q) => q.jurisdiction !== 'us').map((q) => q.id));
  });

  it('list --jurisdiction us: US cards and cards for any', async () => {
    const us = await listJson(['--jurisdiction', 'us', '-r', 'agent']);
    expect(us.length).toBeGreaterThan(0);
    expect(us.every((q) => q.jurisdiction === 'us' || q.jurisdiction === 'any')).toBe(true);
  });

  it('drill -j uk picks only UK and any cards, and says so in the report', async () => {
    const r = await run(['drill', '-j', 'uk', '-n', '4', '--seed', '5', '--answers', '-', '--format', 'json', '--no-history'], {
      input: ['One.', 'Two.', 'Three.', 'Four.'].join('\n---\n'),
      home: home(),
    });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { session: { jurisdiction?: string }; results: { id: string }[] };
    expect(report.session.jurisdiction).toBe('uk');
    const uk = new Set((await listJson(['-j', 'uk'])).map((q) => q.id));
    for (const result of report.results) expect(uk.has(result.id), result.id).toBe(true);
  });

  it('the config file\'s jurisdiction is the default; the flag wins', async () => {
    const h = home('jurisdiction: uk\n');
    const viaConfig = await listJson([], { home: h });
    expect(viaConfig.every((q) => q.jurisdiction !== 'us')).toBe(true);
    const flag = await listJson(['-j', 'us'], { home: h });
    expect(flag.some((q) => q.jurisdiction === 'us')).toBe(true);
    expect(flag.every((q) => q.jurisdiction !== 'uk')).toBe(true);
  });

  it('a bad value is a usage error (flag) or a located config error', async () => {
    const r = await run(['list', '-j', 'eu'], { home: home() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/argument 'eu' is invalid\. Allowed choices are us, uk/);
    const c = await run(['drill', '--answers', '-', '--no-history'], { input: 'x', home: home('jurisdiction: fr\n') });
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/config\.yaml:1:\d+: jurisdiction: must be us or uk/);
  });
});

describe.concurrent('--job', () => {
  it('an exact title sets role and level (list)', async () => {
    const cards = await listJson(['--job', 'Collection Supervisor']);
    expect(cards.length).toBeGreaterThan(0);
    for (const q of cards) {
      expect(q.roles).toContain('supervisor');
      expect(q.seniority).toContain('lead');
    }
    const text = await run(['list', '--job', 'collection supervisor'], { home: home() });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Job: Collection Supervisor (supervisor lead)');
  });

  it('an alias, ignoring case', async () => {
    const cards = await listJson(['--job', 'COLLECTIONS SPECIALIST']);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((q) => q.roles.includes('agent') && q.seniority.includes('senior'))).toBe(true);
  });

  it('unknown: exit 2 with the nearest titles', async () => {
    const r = await run(['drill', '--job', 'Senior Collections Agnet', '--answers', '-'], { input: 'x', home: home() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^collections-prep: unknown job title "Senior Collections Agnet" for --job \(did you mean "Senior Collections Agent"/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('ambiguous: Collections Manager is on both tracks; exit 2, the matches listed, -r asked for', async () => {
    const r = await run(['list', '--job', 'Collections Manager'], { home: home() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'collections-prep: --job "Collections Manager" fits more than one role or level: Collections Manager (-r agent: manager), Collections Manager (-r supervisor: manager); add -r <role> to choose\n',
    );
  });

  it('-r disambiguates, in drill too; the session header names the job', async () => {
    const cards = await listJson(['--job', 'Collections Manager', '-r', 'supervisor']);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((q) => q.roles.includes('supervisor') && q.seniority.includes('manager'))).toBe(true);
    const r = await run(['drill', '--job', 'Collections Manager', '-r', 'agent', '-n', '2', '--seed', '1', '--answers', '-', '--no-history'], {
      input: 'First answer.\n---\nSecond answer.',
      home: home(),
    });
    expect(r.code, r.stderr).toBe(0);
    // The header wraps between its parts at 80 columns.
    expect(r.stdout.split('\n\n')[0]!.replace(/\n/g, ' ')).toMatch(/^Session \S+ · Collections Manager · role agent · levels manager · grader offline · seed 1$/);
    const json = await run(['drill', '--job', 'Director of Collections', '-n', '1', '--seed', '1', '--answers', '-', '--format', 'json', '--no-history'], {
      input: 'An answer.',
      home: home(),
    });
    expect(JSON.parse(json.stdout).session).toMatchObject({ role: 'supervisor', levels: ['director'], title: 'Director of Collections' });
  });

  it('history keeps the job title and jurisdiction of a session', async () => {
    const h = home();
    const r = await run(['drill', '--job', 'Collection Supervisor', '-j', 'uk', '-n', '1', '--seed', '2', '--answers', '-', '--format', 'json'], { input: 'An answer.', home: h });
    expect(r.code, r.stderr).toBe(0);
    const id = JSON.parse(r.stdout).session.id as string;
    const shown = await run(['history', 'show', id, '--format', 'json'], { home: h });
    expect(JSON.parse(shown.stdout).session).toMatchObject({ role: 'supervisor', levels: ['lead'], title: 'Collection Supervisor', jurisdiction: 'uk' });
  });

  it('with -s beside it, or a level off the role\'s ladder: usage errors', async () => {
    const both = await run(['list', '--job', 'Collections Agent', '-s', 'mid'], { home: home() });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--job sets the level \(and the role\): leave out --seniority mid/);
    const off = await run(['list', '-r', 'agent', '-s', 'director'], { home: home() });
    expect(off.code).toBe(2);
    expect(off.stderr).toMatch(/unknown level "director" for --seniority with --role agent; the agent ladder has: junior, mid, senior, lead, manager/);
  });
});

describe.concurrent('titles and the new fields on show', () => {
  it('show prints job titles, jurisdiction and (for any card that has them) references', async () => {
    const r = await run(['show', 'agent-senior-escalated-fee-complaint'], { home: home() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Job titles: Senior Collections Agent \(agent senior\)/);
    // The built-in card now also says its sector, on the same line.
    expect(r.stdout).toMatch(/^jurisdiction: UK · sector: consumer$/m);
    expect(r.stdout).toMatch(/^References$/m);
    expect(r.stdout).toMatch(/DISP 1\.6/);
  });

  it('show --format json carries the card\'s jurisdiction', async () => {
    const r = await run(['show', 'agent-junior-third-party-answers', '--format', 'json'], { home: home() });
    expect(JSON.parse(r.stdout)).toMatchObject({ jurisdiction: 'us' });
  });

  it('show prints sector, references, wrong claims and follow-ups from a user\'s card', async () => {
    const dir = join(box.dir, 'mine');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'q.yaml'),
      [
        'questions:',
        '  - id: my-contact-limits',
        '    text: How often may you call a customer about one debt?',
        '    roles: [agent]',
        '    seniority: [mid]',
        '    type: technical',
        '    jurisdiction: us',
        '    sector: consumer',
        '    skills: [compliance]',
        '    why_asked: Tests that you know the contact rules.',
        '    how_to_answer: [Name the rule and its numbers.]',
        '    what_not_to_say: [A guess.]',
        `    example_answer: ${'Regulation F presumes that more than seven call attempts in seven days about one debt is harassment, so I track attempts per account. '.repeat(3)}`,
        '    key_points:',
        '      - point: States the seven-in-seven presumption',
        '        signals: [seven call attempts in seven days]',
        '    references: ["12 CFR 1006.14(b)(2)"]',
        '    follow_ups:',
        '      - question: And after a conversation with the customer?',
        '        when_missing: States the seven-in-seven presumption',
        '    wrong_claims:',
        '      - claim: Seven calls a day are allowed',
        '        signals: [seven calls a day]',
        '        correct: The presumption is about 7 call attempts in 7 days',
        '',
      ].join('\n'),
    );
    const v = await run(['validate', dir], { home: home() });
    expect(v.stdout).toMatch(/✓ valid: 1 file, 1 question/);
    const r = await run(['show', 'my-contact-limits', '--questions', dir], { home: home() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^jurisdiction: US · sector: consumer$/m);
    expect(r.stdout).toMatch(/References\n  § 12 CFR 1006\.14\(b\)\(2\)/);
    expect(r.stdout).toMatch(/Common wrong claims\n  ✗ Seven calls a day are allowed\. In fact: The presumption is about 7 call\s+attempts in 7 days/);
    expect(r.stdout).toMatch(/Follow-up questions\n  \? And after a conversation with the customer\?/);
  });

  it('validate --strict on the built-in bank stays clean', async () => {
    const r = await run(['validate', '--strict'], { home: home() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✓ valid: \d+ files, \d+ questions\n$/);
  });
});
