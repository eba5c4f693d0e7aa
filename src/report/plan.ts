import type { ChalkInstance } from 'chalk';
import type { PracticePlan } from '../interview/practice-plan.js';
import { STATUS_WORDS, type JobReadiness } from '../interview/readiness.js';
import { table, wrap } from '../text/layout.js';
import { plural } from '../text/plural.js';

// The interview date's screens: readiness per skill (in `stats` and `plan`), and the plan.

export interface PlanStyle {
  colour: ChalkInstance;
  width: number;
}

/** A command within the width, broken between words with a shell's " \\" (quoted words kept whole). */
function commandLines(run: string, width: number, indent: string): string[] {
  const words = (run.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((w) => w.replace(/ /g, '\u00a0'));
  const lines = wrap(`$ ${words.join(' ')}`, width - 2, indent, { hanging: `${indent}    ` }).split('\n');
  return lines.map((l, i) => (i < lines.length - 1 ? `${l} \\` : l));
}

function jobName(r: JobReadiness): string {
  return r.job.title ? `${r.job.title} (${r.job.role} ${r.job.level})` : `${r.job.role} ${r.job.level}`;
}

/** "in 14 days", "tomorrow", "today", or that it has passed. */
export function whenLeft(days: number): string {
  if (days < 0) return `${plural(-days, 'day')} ago`;
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow: 1 day left';
  return `${days} days left`;
}

/** The heading line and the readiness table. */
export function renderReadiness(r: JobReadiness, style: PlanStyle): string {
  const { colour: c, width } = style;
  const out: string[] = [];
  out.push(c.bold(wrap(`Interview: ${jobName(r)} on ${r.date}, ${whenLeft(r.days_left)}`, width)));
  if (r.days_left < 0) {
    out.push(wrap('That date has gone by: set the next one with "plan --date YYYY-MM-DD --job <title>", or remove it with "plan --clear".', width, '  '));
    return `${out.join('\n')}\n`;
  }
  out.push(wrap(`Readiness per skill against the level's bar of ${r.bar.toFixed(2)} (your average over the latest sessions that tested each skill): ${r.ready} of ${plural(r.skills.length, 'skill')} ready.`, width, '  '));
  const tint = (status: string) => (status === 'ready' ? c.green : status === 'close' ? c.yellow : status === 'not-yet' ? c.red : c.dim);
  const rows = [['skill', 'recent', 'answers', 'status'], ...r.skills.map((s) => [s.skill_name ?? s.skill, s.recent === null ? '-' : s.recent.toFixed(1), String(s.answers), tint(s.status)(STATUS_WORDS[s.status])])];
  out.push(table(rows, width - 2, { shrink: [0], right: [1, 2] }).replace(/^/gm, '  '));
  return `${out.join('\n')}\n`;
}

/** `plan`: the days left, readiness, and what to practise on which day. */
export function renderPlanText(r: JobReadiness, plan: PracticePlan | undefined, style: PlanStyle, names: ReadonlyMap<string, string>): string {
  const { colour: c, width } = style;
  const out = [renderReadiness(r, style).trimEnd()];
  if (!plan) return `${out.join('\n')}\n`;
  out.push('');
  out.push(c.bold(`Plan to ${r.date}`));
  for (const d of plan.days) {
    const head = `${d.weekday} ${d.date}`;
    const what = d.kind === 'mock' ? 'a mock interview' : d.kind === 'interview' ? 'the interview: a short warm-up on what is due, nothing new' : d.skills.map((s) => names.get(s) ?? s).join(' · ');
    out.push(wrap(`${head}  ${what}`, width, '  ', { hanging: ' '.repeat(head.length + 4) }));
    if (d.questions.length) out.push(wrap(`questions: ${d.questions.join(', ')}`, width, '      '));
    if (d.command) out.push(...commandLines(d.command, width, '      '));
  }
  if (plan.more_days > 0) out.push(wrap(`... and ${plural(plan.more_days, 'more day')} to the interview: run "plan" again as you go; the plan is worked out afresh from your history each time.`, width, '  '));
  else out.push(wrap('The plan is worked out afresh from your history each time you run "plan".', width, '  '));
  return `${out.join('\n')}\n`;
}
