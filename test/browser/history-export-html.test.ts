// The exported HTML report, opened in a real browser: headless Chromium (Debian's `chromium`,
// which .ci/run installs before `npm run test:browser`). The page must lay out its charts with no network at all. A missing
// browser fails this test: it is never skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/cli.js';
import { historyOf, jsonl, type SessionSpec } from '../helpers/history.js';

function chromium(): string {
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(candidate)) return candidate;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('headless Chromium is needed for this test and was not found: install Debian\'s "chromium" package (apt-get install -y --no-install-recommends chromium); .ci/run does');
  }
}

/** Runs headless Chromium with no network, sync, updates or first-run work. */
function browse(args: string[], profile: string): { stdout: string; stderr: string } {
  const r = spawnSync(
    chromium(),
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', `--user-data-dir=${profile}`, ...args],
    { encoding: 'utf8', timeout: 60_000, maxBuffer: 32 * 1024 * 1024 },
  );
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`chromium exited with ${r.status}: ${r.stderr.slice(-2000)}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

const SKILLS = ['negotiation', 'compliance', 'empathy'];
const SESSIONS: SessionSpec[] = Array.from({ length: 6 }, (_, n) => ({
  id: `2026110${n + 1}-090000-00${n}0`,
  at: `2026-11-0${n + 1}T09:00:00Z`,
  role: n % 2 ? 'supervisor' : 'agent',
  answers: SKILLS.map((skill, k) => ({ question: `q-${skill}-${n}`, skills: [skill], score: Math.min(5, 1.5 + n * 0.5 + k * 0.3) })),
}));

describe('the HTML progress report in headless Chromium', () => {
  const home = tempDir({ 'history.jsonl': jsonl(historyOf(...SESSIONS)) });
  afterAll(() => home.cleanup());

  it('renders the charts: one SVG per skill plus the overview, each point in the DOM', async () => {
    const out = home.path('progress.html');
    const r = await run(['history', 'export', '--format', 'html', '-o', out], { home: home.dir });
    expect(r.code, r.stderr).toBe(0);

    const { stdout: dom } = browse(['--dump-dom', pathToFileURL(out).href], home.path('profile'));
    expect(dom).toContain('<h1>Interview practice progress</h1>');
    const svgs = [...dom.matchAll(/<svg class="chart"[^>]*>([\s\S]*?)<\/svg>/g)];
    // The overview, one line chart per skill, and the bars of skill averages.
    expect(svgs.length).toBe(1 + SKILLS.length + 1);
    for (const skill of SKILLS) {
      const chart = svgs.find((m) => m[0].includes(`data-skill="${skill}"`));
      expect(chart, skill).toBeDefined();
      expect(chart![0]).toContain('data-points="6"');
      expect((chart![1]!.match(/<circle /g) ?? []).length).toBe(6);
      expect(chart![1]!).toMatch(/<polyline class="series" points="[\d., ]+"/);
    }
    const overview = svgs[0]![0];
    expect((overview.match(/<circle /g) ?? []).length).toBe(6);
    const scores = [...overview.matchAll(/data-score="(\d\.\d)"/g)].map((m) => Number(m[1]));
    expect(scores).toEqual([...scores].sort((a, b) => a - b)); // these sessions improve
    expect(dom).toMatch(/<rect class="bar-\w+"[^>]*data-score="\d\.\d"/);
  });

  it('lays out without fetching anything, and prints', async () => {
    const out = home.path('progress.html');
    const png = home.path('progress.png');
    const pdf = home.path('progress.pdf');
    const { stderr } = browse(['--window-size=1000,1600', `--screenshot=${png}`, pathToFileURL(out).href], home.path('profile2'));
    expect(existsSync(png)).toBe(true);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    expect(stderr).not.toMatch(/net::ERR_|Failed to load resource/);
    browse(['--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(out).href], home.path('profile3'));
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(pdf).length).toBeGreaterThan(10_000);
    expect(join(home.dir, 'progress.html')).toBe(out);
  });
});
