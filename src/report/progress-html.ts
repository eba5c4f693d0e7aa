import { statsSkillName, type Stats } from '../history/stats.js';
import { localStamp } from './stats-text.js';
import { plural } from '../text/plural.js';

// One self-contained HTML file: inline CSS and inline SVG, no script, no links, no fonts or
// images from anywhere (it must open offline, from an email attachment, and print cleanly).

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
const fmt = (n: number | null) => (n === null ? '–' : n.toFixed(1));

export const CSS = `
:root { --ink: #1d232b; --muted: #5b6673; --line: #d5dae0; --accent: #1f5fbf; --good: #2d7a3a; --mid: #a66a00; --weak: #b3261e; --paper: #fff; --band: #f3f5f8; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--band); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 24px; background: var(--paper); }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
.meta, figcaption .sub, .note { color: var(--muted); font-size: 0.9rem; }
figcaption .sub { font-weight: 400; }
.glance { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px; margin: 16px 0 0; padding: 0; }
.glance div { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.glance dt { color: var(--muted); font-size: 0.85rem; }
.glance dd { margin: 0; font-size: 1.4rem; font-weight: 600; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 14px; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 10px; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: 4px; }
svg.chart { display: block; width: 100%; height: auto; }
svg.chart .grid-line { stroke: var(--line); stroke-width: 1; }
svg.chart .target { stroke: var(--good); stroke-width: 1; stroke-dasharray: 4 3; }
svg.chart .axis { fill: var(--muted); font-size: 11px; }
svg.chart .series { fill: none; stroke: var(--accent); stroke-width: 2; }
svg.chart .point { fill: var(--accent); stroke: var(--paper); stroke-width: 1; }
svg.chart .bar-good { fill: var(--good); } svg.chart .bar-mid { fill: var(--mid); } svg.chart .bar-weak { fill: var(--weak); }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.score-good { color: var(--good); } .score-mid { color: var(--mid); } .score-weak { color: var(--weak); }
footer { margin-top: 32px; color: var(--muted); font-size: 0.85rem; }
th, td, h1, figcaption { overflow-wrap: anywhere; }
@media (max-width: 520px) {
  main { padding: 12px; }
  body { font-size: 14px; }
  .grid { grid-template-columns: 1fr; }
  .glance { grid-template-columns: repeat(2, 1fr); }
  th, td { padding: 4px 5px; }
  table { font-size: 0.85rem; }
}
@page { margin: 14mm; }
@media print {
  body { background: #fff; font-size: 11pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .grid { grid-template-columns: repeat(2, 1fr); }
  table, tr, figure, .glance { break-inside: avoid; page-break-inside: avoid; }
}
`;

export function scoreClass(score: number | null): string {
  if (score === null) return '';
  return score >= 4 ? 'score-good' : score >= 3 ? 'score-mid' : 'score-weak';
}

interface Point {
  t: number;
  v: number;
  label: string;
}

let chartCount = 0;

/**
 * A line chart of scores (1 to 5) over time, as inline SVG: grid lines at each score, a dashed
 * line at 4 (a strong answer), one circle per session with a tooltip, and a text alternative.
 */
export function lineChart(
  points: readonly Point[],
  opts: { title: string; domain: [number, number]; width?: number; height?: number; skill?: string; bySession?: boolean },
): string {
  const W = opts.width ?? 320;
  const H = opts.height ?? 150;
  const left = 26;
  const right = 10;
  const top = 10;
  const bottom = 22;
  const [t0, t1] = opts.domain;
  const x = (t: number) => (t1 === t0 ? left + (W - left - right) / 2 : left + ((t - t0) / (t1 - t0)) * (W - left - right));
  const y = (v: number) => top + ((5 - v) / 4) * (H - top - bottom);
  const id = `chart-${++chartCount}`;
  const parts: string[] = [];
  const dataAttrs = `data-points="${points.length}"${opts.skill ? ` data-skill="${escapeHtml(opts.skill)}"` : ''}`;
  parts.push(`<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${id}-t ${id}-d" ${dataAttrs}>`);
  parts.push(`<title id="${id}-t">${escapeHtml(opts.title)}</title>`);
  const desc = points.map((p) => `${p.label}: ${p.v.toFixed(1)}`).join('; ');
  parts.push(`<desc id="${id}-d">${escapeHtml(desc || 'No scores yet.')}</desc>`);
  for (let v = 1; v <= 5; v++) {
    parts.push(`<line class="${v === 4 ? 'target' : 'grid-line'}" x1="${left}" x2="${W - right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"/>`);
    parts.push(`<text class="axis" x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${v}</text>`);
  }
  if (opts.bySession) {
    // Every session on one day: the x axis counts sessions (t is the session's number).
    parts.push(`<text class="axis" x="${left}" y="${H - 6}" text-anchor="start">session ${t0 + 1}</text>`);
    if (t1 !== t0) parts.push(`<text class="axis" x="${W - right}" y="${H - 6}" text-anchor="end">session ${t1 + 1}</text>`);
  } else {
    const first = new Date(t0);
    const last = new Date(t1);
    parts.push(`<text class="axis" x="${left}" y="${H - 6}" text-anchor="start">${localStamp(first.toISOString()).slice(0, 10)}</text>`);
    if (localStamp(last.toISOString()).slice(0, 10) !== localStamp(first.toISOString()).slice(0, 10)) parts.push(`<text class="axis" x="${W - right}" y="${H - 6}" text-anchor="end">${localStamp(last.toISOString()).slice(0, 10)}</text>`);
  }
  if (points.length > 1) {
    parts.push(`<polyline class="series" points="${points.map((p) => `${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ')}"/>`);
  }
  for (const p of points) {
    parts.push(`<circle class="point" cx="${x(p.t).toFixed(1)}" cy="${y(p.v).toFixed(1)}" r="3.5" data-score="${p.v.toFixed(1)}"><title>${escapeHtml(`${p.label}: ${p.v.toFixed(1)}`)}</title></circle>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

/** Horizontal bars of each skill's average, weakest first. */
function skillBars(stats: Stats): string {
  const skills = [...stats.skills].sort((a, b) => a.average - b.average || a.skill.localeCompare(b.skill));
  const rowH = 22;
  const label = 170;
  const W = 640;
  const H = skills.length * rowH + 24;
  const x = (v: number) => label + (v / 5) * (W - label - 40);
  const parts = [`<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="skill-bars-t" data-points="${skills.length}">`];
  parts.push(`<title id="skill-bars-t">Average score per skill, weakest first</title>`);
  for (let v = 0; v <= 5; v++) {
    parts.push(`<line class="${v === 4 ? 'target' : 'grid-line'}" x1="${x(v)}" x2="${x(v)}" y1="0" y2="${H - 18}"/>`);
    parts.push(`<text class="axis" x="${x(v)}" y="${H - 4}" text-anchor="middle">${v}</text>`);
  }
  skills.forEach((s, i) => {
    const yy = i * rowH + 4;
    const cls = s.average >= 4 ? 'bar-good' : s.average >= 3 ? 'bar-mid' : 'bar-weak';
    parts.push(`<text class="axis" x="${label - 8}" y="${yy + 13}" text-anchor="end">${escapeHtml(s.skill_name ?? s.skill)}</text>`);
    parts.push(`<rect class="${cls}" x="${label}" y="${yy}" width="${(x(s.average) - label).toFixed(1)}" height="${rowH - 8}" data-score="${s.average.toFixed(1)}"><title>${escapeHtml(`${s.skill_name ?? s.skill}: ${s.average.toFixed(1)}`)}</title></rect>`);
    parts.push(`<text class="axis" x="${(x(s.average) + 4).toFixed(1)}" y="${yy + 13}">${s.average.toFixed(1)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

/** The progress report as one self-contained HTML page. */
export function renderProgressHtml(stats: Stats): string {
  chartCount = 0;
  const t = stats.totals;
  const scope = [stats.filters.role ? `role ${stats.filters.role}` : '', stats.filters.since ? `answers since ${localStamp(stats.filters.since).slice(0, 10)}` : ''].filter(Boolean).join(', ');
  const title = `Interview practice progress${scope ? ` (${scope})` : ''}`;
  const body: string[] = [];
  body.push(`<header><h1>${escapeHtml(title)}</h1>`);
  const period = t.sessions === 0 ? 'No sessions recorded for this period yet.' : t.first_day === t.last_day ? `Practice on ${t.first_day}.` : `Practice from ${t.first_day} to ${t.last_day}.`;
  body.push(`<p class="meta">${escapeHtml(period)} Scores run from 1 (weak) to 5 (excellent). Prepared with collections-prep on ${escapeHtml(localStamp(stats.generated_at))}.</p></header>`);

  if (t.sessions > 0) {
    const tiles: [string, string][] = [
      ['Sessions', String(t.sessions)],
      ['Answers', String(t.answers)],
      ['Average', `${fmt(t.average)} / 5`],
      ['This week', plural(stats.sessions_this_week, 'session')],
      ['Streak', plural(stats.streak_days, 'day')],
      ['Due for review today', String(stats.due_today)],
    ];
    body.push(`<section aria-label="At a glance"><dl class="glance">${tiles.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd></div>`).join('')}</dl>`);
    if (stats.weakest.length) {
      body.push(`<p>Weakest skills: ${stats.weakest.map((w) => `<strong>${escapeHtml(w.skill_name ?? w.skill)}</strong> (${w.average.toFixed(1)})`).join(', ')}.</p>`);
    }
    body.push('</section>');

    const times = stats.sessions.map((s) => Date.parse(s.started_at)).filter((n) => !Number.isNaN(n));
    // When every session is on one day, dates would stack the points on one spot: count sessions.
    const days = new Set(stats.sessions.map((s) => localStamp(s.started_at).slice(0, 10)));
    const bySession = days.size === 1 && stats.sessions.length > 1;
    const order = new Map(stats.sessions.map((s, i) => [s.id, i]));
    const at = (id: string, startedAt: string) => (bySession ? order.get(id) ?? 0 : Date.parse(startedAt));
    const domain: [number, number] = bySession ? [0, stats.sessions.length - 1] : [Math.min(...times), Math.max(...times)];
    const overall = stats.sessions
      .filter((s) => s.average !== null && !Number.isNaN(Date.parse(s.started_at)))
      .map((s) => ({ t: at(s.id, s.started_at), v: s.average!, label: localStamp(s.started_at) }));
    const oneDay = bySession ? `; all on ${[...days][0]}, in the order practised` : '';
    body.push('<section><h2>Average score by session</h2>');
    body.push(`<figure class="overall"><figcaption>All skills <span class="sub">· one point per session${escapeHtml(oneDay)}; dashed line: 4, a strong answer</span></figcaption>${lineChart(overall, { title: 'Average score by session', domain, width: 900, height: 220, bySession })}</figure></section>`);

    if (stats.skills.length) {
      body.push('<section><h2>Progress per skill</h2><div class="grid">');
      for (const s of stats.skills) {
        const pts = s.series.filter((p) => !Number.isNaN(Date.parse(p.started_at))).map((p) => ({ t: at(p.session, p.started_at), v: p.average, label: localStamp(p.started_at) }));
        body.push(
          `<figure class="skill"><figcaption>${escapeHtml(s.skill_name ?? s.skill)} <span class="sub">· average <span class="${scoreClass(s.average)}">${s.average.toFixed(1)}</span> over ${plural(s.answers, 'answer')}</span></figcaption>${lineChart(pts, { title: `${s.skill_name ?? s.skill}: average score by session`, domain, skill: s.skill, bySession })}</figure>`,
        );
      }
      body.push('</div>');
      body.push(`<h3>Average per skill</h3><figure class="bars">${skillBars(stats)}</figure>`);
      body.push('<table><thead><tr><th>Skill</th><th class="num">Average</th><th class="num">First session</th><th class="num">Latest session</th><th class="num">Answers</th></tr></thead><tbody>');
      for (const s of stats.skills) {
        const first = s.series[0]?.average ?? null;
        const last = s.series[s.series.length - 1]?.average ?? null;
        body.push(`<tr><td>${escapeHtml(s.skill_name ?? s.skill)}</td><td class="num ${scoreClass(s.average)}">${s.average.toFixed(1)}</td><td class="num">${fmt(first)}</td><td class="num">${fmt(last)}</td><td class="num">${s.answers}</td></tr>`);
      }
      body.push('</tbody></table></section>');
    }

    if (stats.recurring_gaps.length || stats.red_flags.length) {
      body.push('<section><h2>What to work on</h2>');
      if (stats.recurring_gaps.length) {
        body.push('<p>Key points most often missing from answers:</p><ul>');
        for (const g of stats.recurring_gaps) body.push(`<li>${escapeHtml(g.point)} <span class="note">(${plural(g.count, 'answer')})</span></li>`);
        body.push('</ul>');
      }
      if (stats.red_flags.length) {
        body.push('<p>Red flags raised (things an interviewer would worry about):</p><ul>');
        for (const f of stats.red_flags) body.push(`<li>${escapeHtml(f.flag)} <span class="note">(${plural(f.count, 'answer')})</span></li>`);
        body.push('</ul>');
      }
      body.push('</section>');
    }

    if (stats.interviews.length) {
      const words = { ready: 'ready', borderline: 'borderline', 'not-yet': 'not yet' } as const;
      const tone = { ready: 'score-good', borderline: 'score-mid', 'not-yet': 'score-weak' } as const;
      body.push('<section><h2>Mock interviews</h2><table><thead><tr><th>Date</th><th>Job</th><th>Verdict</th><th class="num">Average</th></tr></thead><tbody>');
      for (const i of [...stats.interviews].reverse()) {
        body.push(`<tr><td>${escapeHtml(localStamp(i.started_at))}</td><td>${escapeHtml(i.title ?? '–')}</td><td class="${tone[i.outcome]}">${words[i.outcome]}</td><td class="num">${fmt(i.average)}</td></tr>`);
      }
      body.push('</tbody></table></section>');
    }

    body.push('<section><h2>Sessions</h2><table><thead><tr><th>Date</th><th>Role</th><th class="num">Answers</th><th class="num">Average</th><th>Weakest skill</th></tr></thead><tbody>');
    for (const s of [...stats.sessions].reverse()) {
      const weakest = Object.entries(s.by_skill).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0];
      body.push(
        `<tr><td>${escapeHtml(localStamp(s.started_at))}${s.interrupted ? ' <span class="note">(interrupted)</span>' : ''}</td><td>${escapeHtml(s.role ?? '–')}</td><td class="num">${s.answered}</td><td class="num ${scoreClass(s.average)}">${fmt(s.average)}</td><td>${weakest ? `${escapeHtml(statsSkillName(stats, weakest[0]))} ${weakest[1].toFixed(1)}` : '–'}</td></tr>`,
      );
    }
    body.push('</tbody></table></section>');

    const roles = Object.entries(stats.answered_by);
    if (roles.length) {
      // Each role's levels go up its own ladder (the order stats gives them), with their job titles.
      body.push('<section><h2>Questions answered by role and level</h2><table><thead><tr><th>Role</th><th>Level</th><th>Job title</th><th class="num">Answered</th></tr></thead><tbody>');
      for (const [role, r] of roles) {
        body.push(`<tr><td>${escapeHtml(role)}</td><td>all levels</td><td></td><td class="num">${r.total}</td></tr>`);
        for (const [level, n] of Object.entries(r.levels)) {
          body.push(`<tr><td></td><td>${escapeHtml(level)}</td><td>${escapeHtml(r.titles?.[level] ?? '')}</td><td class="num">${n}</td></tr>`);
        }
      }
      body.push('</tbody></table><p class="note">A question written for two levels counts under both; the total counts it once.</p></section>');
    }
  }
  body.push('<footer>Made by collections-prep from the practice history on this computer. This page loads nothing from the network.</footer>');
  return htmlPage('<!doctype html>', title, CSS, body);
}

/**
 * A self-contained page (inline CSS, no script) around the body's parts: the progress export and
 * a session's report alike. Each keeps the doctype it has always written.
 */
export function htmlPage(doctype: string, title: string, css: string, body: readonly string[]): string {
  return `${doctype}
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}
