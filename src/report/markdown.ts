import { plural } from '../text/plural.js';
import type { SessionReport } from '../session/model.js';
import { questionNumbers, verdictHead } from '../session/summary.js';
import { factText, flagItems, flagText } from './flags.js';
import { resultLabel, sampleLine, skillName, skipLabel } from './text.js';

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
// An answer's words in a list item: on one line, so a line break in them does not end the item.
const md = (s: string) => s.replace(/\s*\r?\n\s*/g, ' ');
const quote = (s: string) => s.split(/\r?\n/).map((l) => `> ${l}`).join('\n');

/** A report for sharing: readable as plain text, and renders on GitHub and in most editors. */
export function renderMarkdown(report: SessionReport): string {
  const s = report.session;
  const names = { ...s.skill_names, ...report.summary.skill_names };
  const name = (id: string) => skillName(id, names);
  const out: string[] = [];
  out.push(`# collections-prep session ${s.id}`, '');
  out.push(`- Started: ${s.started_at}`);
  if (s.title) out.push(`- Job: ${s.title}`);
  if (s.role) out.push(`- Role: ${s.role}`);
  if (s.levels.length) out.push(`- Levels: ${s.levels.join(', ')}`);
  if (s.jurisdiction) out.push(`- Jurisdiction: ${s.jurisdiction}`);
  out.push(`- Grader: ${s.grader}${s.model ? ` (${s.model})` : ''}`);
  if (s.seed !== null) out.push(`- Seed: ${s.seed}`);
  if (s.interrupted) out.push('- Interrupted: the answers given so far are kept.');
  const sum = report.summary;
  out.push('', '## Scores', '', '| # | Question | Level | Score |', '|---|---|---|---|');
  // By question: a try shares its question's number, as on screen.
  const numbers = questionNumbers(report.results);
  report.results.forEach((r, i) => {
    out.push(`| ${numbers[i]} | ${esc(resultLabel(r))} | ${esc(r.seniority.join(', '))} | ${r.skipped ? skipLabel(r) : r.score === null ? '-' : r.score.toFixed(1)} |`);
  });
  report.results.forEach((r, i) => {
    out.push('', `## ${numbers[i]}. ${resultLabel(r)}`, '', `**Question:** ${r.question}`, '');
    if (r.skipped) {
      out.push(r.answer.trim() ? `_Not submitted (session interrupted)._\n\n${quote(r.answer.trim())}` : '_Skipped._');
      return;
    }
    out.push('**Answer:**', '', r.answer.trim() ? quote(r.answer.trim()) : '> _(empty)_', '');
    out.push(`**Score:** ${r.score === null ? 'not scored' : `${r.score.toFixed(1)}/5`} (${r.grader}${r.model ? `: ${r.model}` : ''})`);
    if (r.criteria.length) {
      out.push('', '| Criterion | Score | Comment |', '|---|---|---|');
      for (const c of r.criteria) out.push(`| ${esc(c.skill_name ?? name(c.name))} | ${c.score ?? '-'} | ${esc(c.comment)} |`);
    }
    if (r.matched_points.length) out.push('', '**Key points made:**', ...r.matched_points.map((p) => `- ✓ ${p}`));
    if (r.missing_points.length) out.push('', '**Key points missing:**', ...r.missing_points.map((p) => `- ✗ ${p}`));
    const flags = flagItems(r);
    if (flags.length) out.push('', '**Red flags:**', ...flags.map((f) => `- ! ${md(flagText(f).replace(/^red flag: /, ''))}`));
    if (r.fact_errors?.length) out.push('', '**Wrong facts:**', ...r.fact_errors.map((f) => `- ${md(factText(f).replace(/^wrong: /, ''))}`));
    if (r.notice) out.push('', `_Note: ${r.notice}_`);
    if (r.warnings?.length) out.push('', '**Cautions:**', ...r.warnings.map((w) => `- ${w}`));
    if (r.samples) out.push('', `**Samples:** ${sampleLine(r.samples, names)}`);
    if (r.feedback) out.push('', `**Feedback:** ${r.feedback}`);
    if (r.suggestions.length) out.push('', '**Try:**', ...r.suggestions.map((p) => `- ${p}`));
    if (r.improved_answer) out.push('', '**A stronger version:**', '', quote(r.improved_answer));
  });
  out.push('', '## Summary', '', `**${sum.worrying.length ? `${verdictHead(sum.worrying.length, sum.answered)}:` : sum.verdict}**`, '');
  for (const w of sum.worrying) out.push(`- ! ${w.question ?? w.index + 1}. ${w.id}: ${[...w.red_flags, ...w.fact_errors.map((f) => `wrong: ${f}`)].join('; ')}`);
  if (sum.worrying.length) out.push('');
  out.push(`- Average: ${sum.average === null ? 'not scored' : `${sum.average.toFixed(1)}/5`} over ${plural(sum.answered, 'answer')}${sum.skipped ? ` (${sum.skipped} skipped)` : ''}`);
  const skills = Object.entries(sum.by_skill);
  if (skills.length) out.push(`- By skill: ${skills.map(([k, v]) => `${name(k)} ${v.toFixed(1)}`).join(', ')}`);
  if (sum.weakest.length) out.push(`- Weakest: ${sum.weakest.map(name).join(', ')}`);
  if (sum.usage) out.push(`- Tokens: ${sum.usage.prompt_tokens} prompt + ${sum.usage.completion_tokens} completion`);
  if (sum.next_command) out.push(`- Next: \`${sum.next_command}\``);
  return `${out.join('\n')}\n`;
}
