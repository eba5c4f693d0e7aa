// --posting FILE for interview and drill: a job advertisement (test/fixtures/postings/, invented
// employers) read against the bank; what it matched goes to standard error, the report stays clean.
import { describe, expect, it } from 'vitest';
import { ROOT, run, type RunResult } from '../helpers/cli.js';

const POSTINGS = `${ROOT}test/fixtures/postings`;
const idsOf = (yaml: string) => [...yaml.matchAll(/^([a-z0-9-]+):/gm)].map((m) => m[1]!).filter((id) => !id.endsWith('/follow-up'));

function oneLineError(r: RunResult, code: number, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(code);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr.trim().split('\n').at(-1)).toMatch(pattern);
  expect(r.stderr).not.toMatch(/^\s+at /m);
}

describe('interview --posting', () => {
  it('takes the job and jurisdiction from the ad, says what matched and why on standard error', async () => {
    const r = await run(['interview', '--posting', `${POSTINGS}/us-supervisor.txt`, '--seed', '3', '--template', '--no-history']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('us-supervisor.txt: the job: Collection Supervisor (supervisor lead), from the title "Collection Supervisor" in the text.');
    expect(r.stderr).toMatch(/us-supervisor\.txt: jurisdiction us, from "Arizona", "FDCPA"/);
    expect(r.stderr).toMatch(/us-supervisor\.txt: it stresses Coaching \("coach"/);
    expect(r.stdout).toContain("--job 'Collection Supervisor' --answers");
    // The supervisor track's cards for the US (or any): the level's own, a stretch, a closing borrowed from a level near it.
    const track = JSON.parse((await run(['list', '-r', 'supervisor', '-j', 'us', '--format', 'json'])).stdout).map((q: { id: string }) => q.id);
    const own = JSON.parse((await run(['list', '--job', 'Collection Supervisor', '-j', 'us', '--format', 'json'])).stdout).map((q: { id: string }) => q.id);
    const ids = idsOf(r.stdout);
    expect(ids.length).toBe(6);
    for (const id of ids) expect(track, id).toContain(id);
    expect(ids.filter((id) => own.includes(id)).length).toBeGreaterThanOrEqual(4);
  });

  it('a batch interview with a posting: the JSON report alone on standard output', async () => {
    const answers = Array.from({ length: 6 }, () => 'I would coach the collector with call reviews and one-to-one feedback, and check every call against the FDCPA.').join('\n---\n');
    const r = await run(['interview', '--posting', `${POSTINGS}/us-supervisor.txt`, '--seed', '3', '--answers', '-', '--format', 'json', '--no-history'], { input: answers });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.session.role).toBe('supervisor');
    expect(report.results).toHaveLength(6);
  });

  it('an ad that matches nothing says so: with --job it falls back to the title, without it is a usage error', async () => {
    oneLineError(await run(['interview', '--posting', `${POSTINGS}/nothing.txt`, '--template']), 2, /nothing\.txt: nothing in the posting matched: add --job "<title>" .* or -r <role> -s <level>/);
    const r = await run(['interview', '--posting', `${POSTINGS}/nothing.txt`, '--job', 'Collections Agent', '--seed', '2', '--template']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/nothing\.txt: this posting does not read as a collections job .*nothing matched\./);
    expect(r.stdout).toContain("--job 'Collections Agent'");
  });

  it('an unreadable posting is a one-line error that names the file', async () => {
    const r = await run(['interview', '--posting', 'no-such-ad.txt', '--job', 'Collections Agent', '--template']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('collections-prep: cannot read the job posting no-such-ad.txt: no such file');
    const dir = await run(['drill', '--posting', POSTINGS, '--template']);
    expect(dir.code).toBe(1);
    expect(dir.stderr.trim()).toBe(`collections-prep: cannot read the job posting ${POSTINGS}: it is a folder`);
  });
});

describe('drill --posting', () => {
  it('UK agent ad: junior agent questions for the UK, leaning to vulnerable customers', async () => {
    const pool = JSON.parse((await run(['list', '--job', 'Junior Collections Agent', '-j', 'uk', '--format', 'json'])).stdout) as { id: string; skills: string[] }[];
    const skillsOf = new Map(pool.map((q) => [q.id, q.skills]));
    let with_ = 0;
    let without = 0;
    for (const seed of ['1', '2', '3']) {
      const r = await run(['drill', '--posting', `${POSTINGS}/uk-agent.txt`, '--seed', seed, '-n', '4', '--template']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/uk-agent\.txt: the job: Junior Collections Agent \(agent junior\), from no ladder title in the text/);
      expect(r.stderr).toMatch(/uk-agent\.txt: jurisdiction uk/);
      const ids = idsOf(r.stdout);
      expect(ids).toHaveLength(4);
      for (const id of ids) expect(skillsOf.has(id), id).toBe(true);
      with_ += ids.filter((id) => skillsOf.get(id)!.includes('vulnerable-customers')).length;
      const plain = idsOf((await run(['drill', '--job', 'Junior Collections Agent', '-j', 'uk', '--seed', seed, '-n', '4', '--template'])).stdout);
      without += plain.filter((id) => skillsOf.get(id)!.includes('vulnerable-customers')).length;
    }
    expect(with_).toBeGreaterThan(without);
  });

  it('--job wins over the ad\'s job, and says so; the ad\'s skills still weight the selection', async () => {
    const r = await run(['drill', '--posting', `${POSTINGS}/us-agent.txt`, '--job', 'Senior Collections Agent', '--seed', '4', '-n', '3', '--template']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('us-agent.txt: the job from --job is used, not the posting\'s.');
    const senior = JSON.parse((await run(['list', '--job', 'Senior Collections Agent', '--format', 'json'])).stdout).map((q: { id: string }) => q.id);
    for (const id of idsOf(r.stdout)) expect(senior).toContain(id);
  });

  it('--help lists --posting for drill and interview', async () => {
    for (const command of ['drill', 'interview']) expect((await run([command, '--help'])).stdout).toMatch(/--posting <file>/);
  });
});
