import type { ChalkInstance } from 'chalk';
import { Chalk } from 'chalk';
import type { ResultEntry } from '../grading/entry.js';
import type { SessionReport, Summary } from '../session/model.js';
import { bullets, wrap } from '../text/layout.js';
import { plural } from '../text/plural.js';

export interface TextStyle {
  colour: ChalkInstance;
  width: number;
}

const plain: TextStyle = { colour: new Chalk({ level: 0 }), width: 80 };

/** A skipped question, or one whose answer was being typed when the session was cut short. */
export function skipLabel(r: Pick<ResultEntry, 'answer'>): string {
  return r.answer.trim() ? 'not submitted (session interrupted)' : 'skipped';
}

/** A score as a number and a bar of five cells, so it reads without colour too. */
export function scoreBadge(score: number | null, c: ChalkInstance): string {
  if (score === null) return c.dim('not scored');
  const filled = Math.round(score);
  const bar = '█'.repeat(filled) + '░'.repeat(5 - filled);
  const tint = score >= 4 ? c.green : score >= 3 ? c.yellow : c.red;
  return `${tint(`${score.toFixed(1)}/5`)} ${tint(bar)}`;
}

export function renderResult(r: ResultEntry, index: number, total: number, style: TextStyle = plain): string {
  const { colour: c, width } = style;
  const lines: string[] = [];
  lines.push(`${c.bold(`${index + 1}/${total}`)}  ${c.bold(r.id)}  ${c.dim(`(${r.seniority.join(', ')} · ${r.type} · ${r.skills.join(', ')})`)}`);
  if (r.skipped) {
    lines.push(`     ${c.dim(skipLabel(r))}`);
    if (r.answer.trim()) lines.push(c.dim(wrap(r.answer, width, '       ')));
    return lines.join('\n');
  }
  lines.push(...renderGradeLines(r, style));
  return lines.join('\n');
}

/** The grade of one answer: score, criteria, points, red flags, feedback, suggestions. */
export function renderGradeLines(r: Omit<ResultEntry, 'id' | 'question' | 'answer' | 'seniority' | 'type' | 'skills'>, style: TextStyle = plain): string[] {
  const { colour: c, width } = style;
  const lines: string[] = [];
  const by = r.grader === 'none' ? '' : c.dim(` (${r.grader}${r.model ? `: ${r.model}` : ''})`);
  lines.push(r.score === null ? `     ${c.dim('Not scored')}` : `     Score ${scoreBadge(r.score, c)}${by}`);
  if (r.criteria.length) {
    // Criteria are joined with non-breaking spaces inside each, so a narrow terminal wraps between them.
    lines.push(wrap(r.criteria.map((k) => `${k.name}\u00a0${k.score === null ? '-' : k.score}`).join(' · '), width, '     ').replace(/\u00a0/g, ' '));
  }
  if (r.matched_points.length) lines.push(bullets(r.matched_points, width, c.green('✓'), '     '));
  if (r.missing_points.length) lines.push(bullets(r.missing_points.map((p) => `missing: ${p}`), width, c.yellow('✗'), '     '));
  if (r.red_flags.length) lines.push(bullets(r.red_flags.map((p) => `red flag: ${p}`), width, c.red('!'), '     '));
  if (r.notice) lines.push(wrap(`Note: ${r.notice}`, width, '     '));
  if (r.feedback) lines.push(wrap(r.feedback, width, '     '));
  for (const s of r.suggestions) lines.push(wrap(`Try: ${s}`, width, '     '));
  if (r.improved_answer) {
    lines.push(`     ${c.bold('A stronger version of your answer:')}`);
    lines.push(wrap(r.improved_answer, width, '       '));
  }
  return lines;
}

/** One line per question: what the end of an interactive session lists before the averages. */
export function renderScoreList(results: readonly ResultEntry[], style: TextStyle = plain): string {
  const c = style.colour;
  const idWidth = Math.min(48, Math.max(...results.map((r) => r.id.length)));
  return results
    .map((r, i) => {
      const id = r.id.length > idWidth ? `${r.id.slice(0, idWidth - 1)}…` : r.id.padEnd(idWidth);
      const score = r.skipped ? c.dim(skipLabel(r)) : scoreBadge(r.score, c);
      return `  ${String(i + 1).padStart(2)}. ${id}  ${score}`;
    })
    .join('\n');
}

export function renderSummary(summary: Summary, style: TextStyle = plain, results?: readonly ResultEntry[]): string {
  const { colour: c, width } = style;
  const lines = [c.bold('Summary')];
  if (results?.length) lines.push(renderScoreList(results, style));
  const skipped = summary.skipped ? `, ${summary.skipped} skipped` : '';
  const answers = `${plural(summary.answered, 'answer')}${skipped}`;
  lines.push(summary.average === null ? `  ${answers}, none scored` : `  Average ${scoreBadge(summary.average, c)} over ${answers}`);
  const skills = Object.entries(summary.by_skill);
  if (skills.length) lines.push(wrap(`By skill: ${skills.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' · ')}`, width, '  '));
  if (summary.weakest.length) lines.push(`  Weakest: ${summary.weakest.map((k) => `${k} (${summary.by_skill[k]!.toFixed(1)})`).join(', ')}`);
  if (summary.usage) lines.push(`  Tokens: ${summary.usage.prompt_tokens} prompt + ${summary.usage.completion_tokens} completion`);
  if (summary.next_command) lines.push(`  Drill them next: ${c.cyan(summary.next_command)}`);
  return lines.join('\n');
}

export function renderText(report: SessionReport, style: TextStyle = plain): string {
  const s = report.session;
  const c = style.colour;
  const head = [
    `Session ${s.id}`,
    s.title ?? undefined,
    s.role ? `role ${s.role}` : undefined,
    s.levels.length ? `levels ${s.levels.join(', ')}` : undefined,
    s.jurisdiction ? `${s.jurisdiction.toUpperCase()} rules` : undefined,
    `grader ${s.grader}${s.model ? ` (${s.model})` : ''}`,
    s.seed !== null ? `seed ${s.seed}` : undefined,
  ].filter(Boolean);
  const parts = [c.bold(head.join(' · '))];
  if (s.interrupted) parts.push(c.yellow('Interrupted: the answers given so far are kept below.'));
  report.results.forEach((r, i) => parts.push(renderResult(r, i, report.results.length, style)));
  parts.push(renderSummary(report.summary, style));
  return `${parts.join('\n\n')}\n`;
}
