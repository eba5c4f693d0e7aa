// The renderers of progress: `stats` for a terminal, the Markdown report for a coach, and the
// self-contained HTML page.
process.env.TZ = 'UTC';

import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { rebuildSessions } from '../../../src/history/sessions.js';
import { computeStats } from '../../../src/history/stats.js';
import { escapeHtml, renderProgressHtml } from '../../../src/report/progress-html.js';
import { renderProgressMarkdown } from '../../../src/report/progress-markdown.js';
import { renderStatsText } from '../../../src/report/stats-text.js';
import { bar, sparkline } from '../../../src/text/chart.js';
import { visibleLength } from '../../../src/text/layout.js';
import { historyOf, type SessionSpec } from '../../helpers/history.js';

const NOW = new Date('2026-11-20T12:00:00Z');
const SPECS: SessionSpec[] = Array.from({ length: 14 }, (_, n) => ({
  id: `s${String(n).padStart(2, '0')}`,
  at: `2026-11-${String(n + 1).padStart(2, '0')}T09:00:00Z`,
  role: n % 3 ? 'agent' : 'a-rather-long-role-name-of-their-own',
  answers: [
    { question: `q${n}`, score: 1 + (n % 9) / 2, skills: ['negotiation', 'a-very-long-skill-id-that-someone-wrote-for-their-own-bank'], seniority: ['junior', 'mid'], missing: ['Confirms the plan in writing'] },
    { question: `r${n}`, score: 2 + (n % 4) / 2, skills: ['<script>alert(1)</script>'], seniority: ['director'], red: n === 3 ? ['Says "we will sue" & threatens'] : [] },
  ],
  end: n === 13 ? false : true,
}));
const stats = computeStats(rebuildSessions(historyOf(...SPECS)), NOW);

describe('text charts', () => {
  it('sparklines run from ▁ (1) to █ (5); bars fill in proportion, with a visible empty part', () => {
    expect(sparkline([1, 2, 3, 4, 5])).toBe('▁▃▅▆█');
    expect(sparkline([0, 9])).toBe('▁█');
    expect(bar(2.5, 10)).toBe('█████░░░░░');
    expect(bar(5, 4)).toBe('████');
    expect(bar(0, 4)).toBe('░░░░');
  });
});

describe('stats for a terminal', () => {
  for (const width of [80, 60]) {
    it(`fits ${width} columns, with or without colour`, () => {
      for (const level of [0, 1] as const) {
        const text = renderStatsText(stats, { colour: new Chalk({ level }), width });
        for (const line of text.split('\n')) expect(visibleLength(line), line).toBeLessThanOrEqual(width);
        if (level === 0) expect(text).not.toMatch(/\u001b\[/);
        else expect(text).toMatch(/\u001b\[/);
      }
    });
  }

  it('shows the latest ten sessions as bars and every session in a sparkline', () => {
    const text = renderStatsText(stats);
    expect(text).toContain('Scores by session (latest 10 of 14)');
    expect(text.match(/^  2026-11-\d\d 09:00 /gm)).toHaveLength(10);
    expect(text).toMatch(/All, oldest to latest: [▁▂▃▄▅▆▇█]{14} /);
    expect(text).toContain('* interrupted or unfinished');
    expect(text).toMatch(/^Weakest( \(answers without a red flag or wrong fact\))?: /m);
    expect(text).toContain('collections-prep drill --focus weak');
  });
});

describe('the Markdown progress report', () => {
  const md = renderProgressMarkdown(stats);
  it('has the sections a coach reads, in order', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Interview practice progress',
      '## At a glance',
      '## Skills over time',
      '## What to work on',
      '## Sessions',
      '## Questions answered by role and level',
    ]);
  });
  it('has well-formed tables: every row as many cells as its header', () => {
    const lines = md.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^\|[-:|]+\|$/.test(lines[i]!)) continue;
      const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
      const header = cells(lines[i - 1]!);
      for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) expect(cells(lines[j]!), lines[j]).toBe(header);
    }
    expect(md).toContain('| Date | Role | Answers | Average | Weakest skill |');
    expect(md.match(/^\| 2026-11-\d\d 09:00/gm)).toHaveLength(14);
    expect(md).toContain('(interrupted)');
  });
  it('lists the recurring gap and the red flag', () => {
    expect(md).toContain('- Confirms the plan in writing (14 answers)');
    expect(md).toContain('- Says "we will sue" & threatens (1 answer)');
  });
});

describe('the HTML progress report', () => {
  const html = renderProgressHtml(stats);
  it('is one self-contained page: inline CSS and SVG, nothing fetched', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<link\b|<script\b|<img\b|<iframe\b|@import|url\(|https?:\/\/|\ssrc=|\shref=/i);
  });
  it('draws a chart per skill, plus the overview and the bars, each with a text alternative', () => {
    const svgs = html.match(/<svg class="chart"[^>]*>/g)!;
    expect(svgs).toHaveLength(1 + stats.skills.length + 1);
    for (const svg of svgs) expect(svg).toMatch(/role="img" aria-labelledby="/);
    expect(html.match(/<title id="chart-\d+-t">/g)).toHaveLength(1 + stats.skills.length);
    const nego = html.match(/<svg class="chart"[^>]*data-skill="negotiation"[\s\S]*?<\/svg>/)![0];
    expect(nego).toContain('data-points="14"');
    expect(nego.match(/<circle /g)).toHaveLength(14);
  });
  it('escapes what users wrote', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Says &quot;we will sue&quot; &amp; threatens');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });
  it('says so when there is nothing yet', () => {
    const empty = renderProgressHtml(computeStats([], NOW));
    expect(empty).toContain('No sessions recorded for this period yet.');
    expect(empty).not.toContain('<svg');
  });
});

describe('the HTML progress report, every session on one day', () => {
  const oneDay: SessionSpec[] = Array.from({ length: 4 }, (_, n) => ({
    id: `d${n}`,
    at: `2026-11-20T0${n + 1}:00:00Z`,
    role: 'agent',
    answers: [{ question: `q${n}`, score: 2 + n / 2, skills: ['negotiation'] }],
  }));
  const html = renderProgressHtml(computeStats(rebuildSessions(historyOf(...oneDay)), NOW));
  it('puts sessions, not days, on the x axis, spread across the chart', () => {
    expect(html).toContain('all on 2026-11-20, in the order practised');
    expect(html).toContain('>session 1</text>');
    expect(html).toContain('>session 4</text>');
    const overview = /<svg class="chart"[^>]*aria-labelledby="chart-1-t[\s\S]*?<\/svg>/.exec(html)![0];
    const xs = [...overview.matchAll(/<circle class="point" cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(new Set(xs).size).toBe(4);
  });
  it('reads at 480 px: one column of charts, words that wrap', () => {
    expect(html).toContain('@media (max-width: 520px)');
    expect(html).toContain('overflow-wrap: anywhere');
  });
});
