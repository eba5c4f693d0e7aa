import type { ChalkInstance } from 'chalk';
import { Chalk } from 'chalk';
import type { ResultEntry } from '../grading/entry.js';
import type { SessionReport, Summary } from '../session/model.js';
import { bullets, visibleLength, wrap, wrapItems } from '../text/layout.js';
import { plural } from '../text/plural.js';
import { questionNumbers, verdictHead } from '../session/summary.js';
import { factText, flagItems, flagText } from './flags.js';

export interface TextStyle {
  colour: ChalkInstance;
  width: number;
  /** Skill names by id: screens name skills, ids are for files and flags. */
  skillNames?: Readonly<Record<string, string>>;
}

const plain: TextStyle = { colour: new Chalk({ level: 0 }), width: 80 };

/** A skill's name where it is known, else its id (a skill from a bank no longer at hand). */
export function skillName(id: string, names?: Readonly<Record<string, string>>): string {
  return names?.[id] ?? id;
}

/** A result's id, with the try when it is another go at a question of the session. */
export function resultLabel(r: Pick<ResultEntry, 'id' | 'attempt'>): string {
  return `${r.id}${trySuffix(r)}`;
}

/** " (try 2)" on another go at a question of the session, else nothing. */
function trySuffix(r: Pick<ResultEntry, 'attempt'>): string {
  return r.attempt && r.attempt > 1 ? ` (try ${r.attempt})` : '';
}

/** A skipped question, or one whose answer was being typed when the session was cut short. */
export function skipLabel(r: Pick<ResultEntry, 'answer'>): string {
  return r.answer.trim() ? 'not submitted' : 'skipped';
}

/** A score as a number and a bar of five cells, so it reads without colour too. */
export function scoreBadge(score: number | null, c: ChalkInstance): string {
  if (score === null) return c.dim('not scored');
  const filled = Math.round(score);
  const bar = '█'.repeat(filled) + '░'.repeat(5 - filled);
  const tint = score >= 4 ? c.green : score >= 3 ? c.yellow : c.red;
  return `${tint(`${score.toFixed(1)}/5`)} ${tint(bar)}`;
}

const INDENT = '     ';

export function renderResult(r: ResultEntry, index: number, total: number, style: TextStyle = plain): string {
  const { colour: c, width } = style;
  const lines: string[] = [];
  const skills = r.skills.map((s) => skillName(s, style.skillNames));
  lines.push(c.bold(wrapItems([`${index + 1}/${total}  ${resultLabel(r)}`], width, '', { hanging: INDENT })));
  lines.push(c.dim(wrapItems([r.seniority.join(', '), r.type, ...skills], width, INDENT)));
  // The question as it was put: a plain-text answers file never showed it to the user.
  if (r.question) lines.push(wrap(r.question, width, INDENT));
  if (r.skipped) {
    lines.push(`${INDENT}${c.dim(r.answer.trim() ? 'Not submitted (the session was interrupted):' : 'Skipped.')}`);
    if (r.answer.trim()) lines.push(c.dim(wrap(r.answer, width, '       ')));
    return lines.join('\n');
  }
  lines.push(...renderGradeLines(r, style));
  return lines.join('\n');
}

/** The grade of one answer: score, criteria, red flags first, points, feedback, suggestions. */
export function renderGradeLines(r: Omit<ResultEntry, 'id' | 'question' | 'answer' | 'seniority' | 'type' | 'skills'>, style: TextStyle = plain): string[] {
  const { colour: c, width } = style;
  const lines: string[] = [];
  const by = r.grader === 'none' ? '' : c.dim(` (${r.grader}${r.model ? `: ${r.model}` : ''})`);
  lines.push(r.score === null ? `${INDENT}${c.dim('Not scored')}` : `${INDENT}Score ${scoreBadge(r.score, c)}${by}`);
  if (r.criteria.length) {
    lines.push(wrapItems(r.criteria.map((k) => `${skillName(k.name, style.skillNames)} ${k.score === null ? '-' : k.score}`), width, INDENT));
  }
  // What would cost the interview comes first: each flag once, with its rule and the words that raised it.
  const flags = flagItems(r);
  if (flags.length) lines.push(bullets(flags.map((f) => flagText(f)), width, c.red('!'), INDENT));
  if (r.fact_errors?.length) lines.push(bullets(r.fact_errors.map((f) => factText(f)), width, c.red('!'), INDENT));
  if (r.matched_points.length) lines.push(bullets(r.matched_points, width, c.green('✓'), INDENT));
  if (r.missing_points.length) lines.push(bullets(r.missing_points.map((p) => `missing: ${p}`), width, c.yellow('✗'), INDENT));
  if (r.notice) lines.push(wrap(`Note: ${r.notice}`, width, INDENT));
  for (const w of r.warnings ?? []) lines.push(wrap(`Caution: ${w}`, width, INDENT));
  if (r.samples) lines.push(wrap(`Samples: ${sampleLine(r.samples, style.skillNames)}`, width, INDENT));
  if (r.feedback) lines.push(wrap(r.feedback, width, INDENT));
  for (const s of r.suggestions) lines.push(wrap(`Try: ${s}`, width, INDENT, { hanging: `${INDENT}     ` }));
  if (r.improved_answer) {
    lines.push(`${INDENT}${c.bold('A stronger version of your answer:')}`);
    lines.push(wrap(r.improved_answer, width, '       '));
  }
  return lines;
}

export { ruleWords } from './flags.js';

/** Whether an answer would worry an interviewer: a red flag, a conduct rule or a wrong fact. */
export function worrying(r: Pick<ResultEntry, 'red_flags' | 'conduct' | 'fact_errors' | 'skipped'>): boolean {
  return !r.skipped && (r.red_flags.length > 0 || (r.conduct?.length ?? 0) > 0 || (r.fact_errors?.length ?? 0) > 0);
}

/** One line per question: what the end of an interactive session lists before the averages. */
export function renderScoreList(results: readonly ResultEntry[], style: TextStyle = plain): string {
  const c = style.colour;
  // The score column: a badge (11) or a skip label; the id gets what is left.
  const scoreWidth = Math.max(...results.map((r) => (r.skipped ? skipLabel(r).length : 11)));
  const idWidth = Math.max(8, Math.min(Math.max(...results.map((r) => resultLabel(r).length)), style.width - 6 - 2 - scoreWidth - 2));
  const numbers = questionNumbers(results);
  const number = (i: number) => `  ${String(numbers[i]!).padStart(2)}. `;
  return results
    .map((r, i) => {
      // An id too long for the line is never cut (it is what --id takes): the score goes on the line below.
      const suffix = trySuffix(r);
      const label = r.id + suffix;
      const score = r.skipped ? c.dim(skipLabel(r)) : scoreBadge(r.score, c);
      const flag = worrying(r) ? ` ${c.red('!')}` : '';
      if (label.length > idWidth) return `${number(i)}${label}\n${' '.repeat(number(i).length)}${score}${flag}`;
      return `${number(i)}${label.padEnd(idWidth)}  ${score}${flag}`;
    })
    .join('\n');
}

/** The summary's one verdict: how many answers would worry an interviewer, and why. */
export function verdictLine(summary: Summary): string {
  return summary.verdict;
}

export function renderSummary(summary: Summary, style: TextStyle = plain, results?: readonly ResultEntry[]): string {
  const { colour: c, width } = style;
  const lines = [c.bold('Summary')];
  const worried = summary.worrying.length > 0;
  // The verdict's reasons are each answer's flags, listed just below: said once, not twice.
  lines.push((worried ? c.red : c.green)(wrap(worried ? `${verdictHead(summary.worrying.length, summary.answered)}:` : summary.verdict, width, '  ')));
  for (const w of summary.worrying) {
    const why = [...w.red_flags, ...w.fact_errors.map((f) => `wrong: ${f}`)];
    lines.push(bullets([`${w.question ?? w.index + 1}. ${w.id}: ${why.join('; ')}`], width, c.red('!'), '  '));
  }
  if (results?.length) lines.push(renderScoreList(results, style));
  const notSubmitted = summary.not_submitted ?? 0;
  const skippedOnly = summary.skipped - notSubmitted;
  const extra = [skippedOnly ? `${skippedOnly} skipped` : '', notSubmitted ? `${notSubmitted} not submitted` : ''].filter(Boolean).join(', ');
  const answers = `${plural(summary.answered, 'answer')}${extra ? `, ${extra}` : ''}`;
  lines.push(summary.average === null ? `  ${answers}, none scored` : wrap(`Average ${scoreBadge(summary.average, c)} over ${answers}`, width, '  '));
  const skills = Object.entries(summary.by_skill);
  if (skills.length) {
    lines.push(wrapItems([`By skill: ${skillName(skills[0]![0], style.skillNames)} ${skills[0]![1].toFixed(1)}`, ...skills.slice(1).map(([k, v]) => `${skillName(k, style.skillNames)} ${v.toFixed(1)}`)], width, '  ', { hanging: '    ' }));
  }
  if (summary.weakest.length) {
    // Read from the answers no flag held down (a flag caps every skill of its card): say so, or the list
    // seems to contradict the low scores just above it (a new user).
    const leftOut = summary.worrying.length ? ` (leaving out the ${plural(summary.worrying.length, 'flagged answer')})` : '';
    lines.push(wrap(`Weakest${leftOut}: ${summary.weakest.map((k) => `${skillName(k, style.skillNames)} (${summary.by_skill[k]!.toFixed(1)})`).join(', ')}`, width, '  ', { hanging: '    ' }));
  }
  if (summary.usage) lines.push(`  Tokens: ${summary.usage.prompt_tokens} prompt + ${summary.usage.completion_tokens} completion`);
  if (summary.next_command) lines.push(hintLine('Drill them next:', summary.next_command, width, c));
  return lines.join('\n');
}

/**
 * "Label: command" on one line when it fits, else the command on lines of its own, broken between
 * words with a shell's line continuation (" \\"), so that it still runs when pasted whole.
 */
export function hintLine(label: string, command: string, width: number, c: ChalkInstance, indent = '  '): string {
  const one = `${indent}${label} ${command}`;
  if (visibleLength(one) <= width) return `${indent}${label} ${c.cyan(command)}`;
  // A quoted word is one word.
  const words = (command.match(/'[^']*'|\S+/g) ?? []).map((w) => w.replace(/ /g, '\u00a0'));
  const lines = wrap(words.join(' '), width - 2, `${indent}  `, { hanging: `${indent}    ` }).split('\n');
  return `${indent}${label}\n${lines.map((l, i) => c.cyan(l) + (i < lines.length - 1 ? ' \\' : '')).join('\n')}`;
}

export function renderText(report: SessionReport, style: TextStyle = plain): string {
  const s = report.session;
  const c = style.colour;
  style = { ...style, skillNames: { ...s.skill_names, ...style.skillNames } };
  const head = [
    `Session ${s.id}`,
    s.title ?? '',
    s.role ? `role ${s.role}` : '',
    s.levels.length ? `levels ${s.levels.join(', ')}` : '',
    s.jurisdiction ? `${s.jurisdiction.toUpperCase()} rules` : '',
    `grader ${s.grader}${s.model ? ` (${s.model})` : ''}`,
    s.seed !== null ? `seed ${s.seed}` : '',
  ];
  const parts = [c.bold(wrapItems(head, style.width))];
  if (s.interrupted) parts.push(c.yellow(wrap('Interrupted: the answers given so far are kept below.', style.width)));
  // Numbered by question, tries sharing theirs: a 5-question session with a retry read "6/6" (a new user).
  const numbers = questionNumbers(report.results);
  report.results.forEach((r, i) => parts.push(renderResult(r, numbers[i]! - 1, numbers.length ? Math.max(...numbers) : 0, style)));
  parts.push(renderSummary(report.summary, style));
  return `${parts.join('\n\n')}\n`;
}

/** The spread of --samples: the scores asked for, and how far they and each skill's spread. */
export function sampleLine(s: NonNullable<ResultEntry['samples']>, names?: Readonly<Record<string, string>>): string {
  const skills = Object.entries(s.by_skill).map(([k, v]) => `${skillName(k, names)} ${v}`).join(', ');
  return `${s.count} replies scored ${s.scores.map((x) => x.toFixed(1)).join(', ')}; spread ${s.overall}${skills ? ` (per skill: ${skills})` : ''}; the median is used.`;
}
