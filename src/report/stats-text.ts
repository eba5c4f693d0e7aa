import { Chalk, type ChalkInstance } from 'chalk';
import type { Stats } from '../history/stats.js';
import { bar, sparkline } from '../text/chart.js';
import { table, truncate, wrap, wrapItems } from '../text/layout.js';
import { hintLine } from './text.js';
import { plural } from '../text/plural.js';

export interface StatsStyle {
  colour: ChalkInstance;
  width: number;
}

const plain: StatsStyle = { colour: new Chalk({ level: 0 }), width: 80 };

/** A local date and time, YYYY-MM-DD HH:MM: how people remember when they practised. */
export function localStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso || '?';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

const fmt = (n: number | null) => (n === null ? '-' : n.toFixed(1));

function tint(c: ChalkInstance, score: number | null): (s: string) => string {
  if (score === null) return c.dim;
  return score >= 4 ? c.green : score >= 3 ? c.yellow : c.red;
}

/** Most recent sessions shown as bars; all of them in the sparkline under the bars. */
const BAR_SESSIONS = 10;

/** `collections-prep stats` for a terminal: fits `width` columns, and reads without colour. */
export function renderStatsText(stats: Stats, style: StatsStyle = plain, hints: { empty?: string; program?: string } = {}): string {
  const { colour: c, width } = style;
  const program = hints.program ?? 'collections-prep';
  const roleFlag = stats.filters.role ? ` --role ${stats.filters.role}` : '';
  const t = stats.totals;
  const out: string[] = [];
  if (t.sessions === 0) {
    out.push(wrap(hints.empty ?? `No practice recorded yet: run "${program} drill" and your sessions will show here.`, width));
    if (stats.due_today > 0) out.push(`Due for review today: ${stats.due_today}`, hintLine('Review them:', `${program} drill${roleFlag} --review`, width, c, ''));
    return `${out.join('\n')}\n`;
  }

  const period = t.first_day === t.last_day ? `on ${t.first_day}` : `from ${t.first_day} to ${t.last_day}`;
  out.push(c.bold(wrap(`Progress: ${plural(t.sessions, 'session')}, ${plural(t.answers, 'answer')}, average ${fmt(t.average)}/5, ${period}`, width)));
  out.push(wrapItems([`Streak: ${plural(stats.streak_days, 'day')}`, `This week: ${plural(stats.sessions_this_week, 'session')}`, `Due for review today: ${stats.due_today}`], width));
  if (stats.due_today > 0) out.push(hintLine('Review them:', `${program} drill${roleFlag} --review`, width, c, ''));

  // Scores by session: the latest as bars, all of them as a sparkline.
  const recent = stats.sessions.slice(-BAR_SESSIONS);
  out.push('', c.bold(stats.sessions.length > recent.length ? `Scores by session (latest ${recent.length} of ${stats.sessions.length})` : 'Scores by session'));
  const roleWidth = Math.min(12, Math.max(4, ...recent.map((s) => (s.role ?? '-').length)));
  const barWidth = Math.max(10, Math.min(30, width - (2 + 16 + 2 + roleWidth + 2 + 2 + 3 + 2 + 12)));
  for (const s of recent) {
    const role = truncate(s.role ?? '-', roleWidth).padEnd(roleWidth);
    const paint = tint(c, s.average);
    const shown = s.average === null ? `${'·'.repeat(barWidth)}  ${c.dim('n/a')}` : `${paint(bar(s.average, barWidth))}  ${paint(s.average.toFixed(1))}`;
    const mark = s.interrupted ? '*' : ' ';
    out.push(`  ${localStamp(s.started_at)}  ${role}  ${shown}${mark} ${c.dim(plural(s.answered, 'answer'))}`);
  }
  const averages = stats.sessions.map((s) => s.average).filter((a): a is number => a !== null);
  if (averages.length > 1) {
    // "  All, oldest to latest: " (25), the sparkline, then "  (latest N sessions, 1-5)".
    const room = Math.max(5, width - 25 - 2 - `(latest ${averages.length} sessions, 1-5)`.length);
    const shown = averages.slice(-room);
    const label = shown.length < averages.length ? `latest ${shown.length} sessions` : `${averages.length} sessions`;
    out.push(`  ${c.dim('All, oldest to latest:')} ${sparkline(shown)}  ${c.dim(`(${label}, 1-5)`)}`);
  }
  if (recent.some((s) => s.interrupted)) out.push(c.dim('  * interrupted or unfinished'));

  // Per-skill average over time.
  if (stats.skills.length) {
    out.push('', c.bold('Skills: average, and trend by session'));
    const name = (s: (typeof stats.skills)[number]) => s.skill_name ?? s.skill;
    const nameWidth = Math.min(24, Math.max(5, ...stats.skills.map((s) => name(s).length)));
    const longest = Math.max(...stats.skills.map((s) => s.series.length));
    const sparkWidth = Math.max(5, Math.min(longest, 24, width - (2 + nameWidth + 2 + 3 + 2 + 2 + 10 + 2 + 7)));
    const rows = [['skill', 'avg', 'trend'.padEnd(sparkWidth), 'first→last', 'answers']];
    for (const s of stats.skills) {
      const series = s.series.map((p) => p.average);
      const first = series[0];
      const last = series[series.length - 1];
      rows.push([
        name(s),
        tint(c, s.average)(s.average.toFixed(1)),
        sparkline(series.slice(-sparkWidth)).padEnd(sparkWidth),
        first === undefined || last === undefined ? '-' : `${first.toFixed(1)} → ${last.toFixed(1)}`,
        String(s.answers).padStart(7),
      ]);
    }
    // The skill's name wraps within its column when the terminal is narrow.
    out.push(dimFirstLine(indent(table(rows, width - 2, { shrink: [0] })), c));
  }

  if (stats.weakest.length) {
    const names = stats.weakest.map((w) => `${w.skill_name ?? w.skill} ${w.average.toFixed(1)}`).join(', ');
    // The averages of the answers no red flag or wrong fact held down, which can differ from the table's.
    const leftOut = stats.red_flags.length ? ' (answers without a red flag or wrong fact)' : '';
    out.push('', wrap(`${c.bold(`Weakest${leftOut}:`)} ${names}`, width, '', { hanging: '  ' }));
    out.push(hintLine('Practise them:', `${program} drill${roleFlag} --focus weak`, width, c, ''));
  } else if (stats.skills.length) {
    out.push('', 'Weakest: none below 4.0. Keep it up.');
  }

  // Mock interviews and their verdicts: the latest few, newest last.
  if (stats.interviews.length) {
    const shown = stats.interviews.slice(-BAR_SESSIONS);
    out.push('', c.bold(shown.length < stats.interviews.length ? `Mock interviews (latest ${shown.length} of ${stats.interviews.length})` : 'Mock interviews'));
    const words = { ready: 'ready', borderline: 'borderline', 'not-yet': 'not yet' } as const;
    const rows = [['when', 'job', 'verdict', 'average']];
    for (const i of shown) {
      const paint = i.outcome === 'ready' ? c.green : i.outcome === 'borderline' ? c.yellow : c.red;
      rows.push([localStamp(i.started_at), i.title ?? '-', paint(words[i.outcome]), fmt(i.average)]);
    }
    out.push(dimFirstLine(indent(table(rows, width - 2, { right: [3], shrink: [1] })), c));
  }

  // How many questions of each role and level: a role's total, then its levels up its own ladder
  // (stats puts them in that order), each with its job title where the role declares one.
  const roles = Object.entries(stats.answered_by);
  if (roles.length) {
    out.push('', c.bold('Questions answered, by role and level'));
    const rows = [['role', 'level', 'job title', 'answered']];
    for (const [role, r] of roles) {
      rows.push([truncate(role, 16), 'all levels', '', String(r.total)]);
      for (const [level, n] of Object.entries(r.levels)) rows.push(['', level, r.titles?.[level] ?? '', String(n)]);
    }
    out.push(dimFirstLine(indent(table(rows, width - 2, { right: [3], shrink: [2, 0] })), c));
    if (roles.some(([, r]) => Object.keys(r.levels).length > 1)) out.push(c.dim(wrap('A question written for two levels counts under both; the total counts it once.', width, '  ')));
  }
  return `${out.join('\n')}\n`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

function dimFirstLine(text: string, c: ChalkInstance): string {
  const [first = '', ...rest] = text.split('\n');
  return [c.dim(first), ...rest].join('\n');
}
