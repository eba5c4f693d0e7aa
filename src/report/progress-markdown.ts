import { statsSkillName, type Stats } from '../history/stats.js';
import { sparkline } from '../text/chart.js';
import { localStamp } from './stats-text.js';
import { plural } from '../text/plural.js';

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const fmt = (n: number | null) => (n === null ? '-' : n.toFixed(1));

function scope(stats: Stats): string {
  const parts: string[] = [];
  if (stats.filters.role) parts.push(`role ${stats.filters.role}`);
  if (stats.filters.since) parts.push(`answers since ${localStamp(stats.filters.since).slice(0, 10)}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** A progress report to share with a coach: plain Markdown that reads well as text too. */
export function renderProgressMarkdown(stats: Stats): string {
  const t = stats.totals;
  const out: string[] = [];
  out.push(`# Interview practice progress${scope(stats)}`, '');
  out.push(`Prepared with collections-prep on ${localStamp(stats.generated_at)}.`);
  if (t.sessions === 0) {
    out.push('', 'No practice sessions are recorded for this period yet.');
    return `${out.join('\n')}\n`;
  }
  out.push(`Practice ${t.first_day === t.last_day ? `on ${t.first_day}` : `from ${t.first_day} to ${t.last_day}`}. Scores run from 1 (weak) to 5 (excellent).`, '');

  out.push('## At a glance', '');
  out.push(`- Sessions: ${t.sessions} (${stats.sessions_this_week} this week; streak ${plural(stats.streak_days, 'day')})`);
  out.push(`- Answers: ${t.answers}${t.skipped ? ` (and ${t.skipped} skipped)` : ''}, average ${fmt(t.average)}/5`);
  const averages = stats.sessions.map((s) => s.average).filter((a): a is number => a !== null);
  if (averages.length > 1) out.push(`- Average by session, oldest to latest: ${sparkline(averages.slice(-40))} (${fmt(averages[0]!)} → ${fmt(averages[averages.length - 1]!)})`);
  out.push(`- Weakest skills: ${stats.weakest.length ? stats.weakest.map((w) => `${w.skill_name ?? w.skill} (${w.average.toFixed(1)})`).join(', ') : 'none below 4.0'}`);
  out.push(`- Questions due for spaced review today: ${stats.due_today}`);

  if (stats.skills.length) {
    out.push('', '## Skills over time', '', 'Average per skill, its first and latest session, and the trend by session.', '');
    out.push('| Skill | Average | First | Latest | Trend | Answers |', '|---|---:|---:|---:|---|---:|');
    for (const s of stats.skills) {
      const series = s.series.map((p) => p.average);
      const first = series[0] ?? null;
      const last = series[series.length - 1] ?? null;
      const change = first !== null && last !== null && series.length > 1 ? ` (${last - first >= 0 ? '+' : ''}${(last - first).toFixed(1)})` : '';
      out.push(`| ${esc(s.skill_name ?? s.skill)} | ${s.average.toFixed(1)} | ${fmt(first)} | ${fmt(last)} | ${sparkline(series.slice(-30))}${change} | ${s.answers} |`);
    }
  }

  if (stats.recurring_gaps.length || stats.red_flags.length) {
    out.push('', '## What to work on', '');
    if (stats.recurring_gaps.length) {
      out.push('Key points most often missing from answers:', '');
      for (const g of stats.recurring_gaps) out.push(`- ${esc(g.point)} (${plural(g.count, 'answer')})`);
      out.push('');
    }
    if (stats.red_flags.length) {
      out.push('Red flags raised (things an interviewer would worry about):', '');
      for (const f of stats.red_flags) out.push(`- ${esc(f.flag)} (${plural(f.count, 'answer')})`);
      out.push('');
    }
    out.pop();
  }

  out.push('', '## Sessions', '', '| Date | Role | Answers | Average | Weakest skill |', '|---|---|---:|---:|---|');
  for (const s of [...stats.sessions].reverse()) {
    const weakest = Object.entries(s.by_skill).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0];
    out.push(`| ${localStamp(s.started_at)}${s.interrupted ? ' (interrupted)' : ''} | ${esc(s.role ?? '-')} | ${s.answered} | ${fmt(s.average)} | ${weakest ? `${esc(statsSkillName(stats, weakest[0]))} ${weakest[1].toFixed(1)}` : '-'} |`);
  }

  const roles = Object.entries(stats.answered_by);
  if (roles.length) {
    // Each role's levels go up its own ladder (the order stats gives them), with their job titles.
    out.push('', '## Questions answered by role and level', '');
    out.push('| Role | Level | Job title | Answered |', '|---|---|---|---:|');
    for (const [role, r] of roles) {
      out.push(`| ${esc(role)} | all levels | | ${r.total} |`);
      for (const [level, n] of Object.entries(r.levels)) out.push(`| | ${esc(level)} | ${esc(r.titles?.[level] ?? '')} | ${n} |`);
    }
    out.push('', 'A question written for two levels counts under both; the total counts it once.');
  }
  return `${out.join('\n')}\n`;
}
