import type { FollowUp, InterviewReport, InterviewResult, Verdict } from '../interview/model.js';
import { same } from '../interview/follow-up.js';
import type { SessionFormat } from '../limits.js';
import { bullets, wrap, wrapItems } from '../text/layout.js';
import { CSS, escapeHtml, htmlPage, scoreClass } from './progress-html.js';
import { PLAIN } from './render.js';
import { factText, flagItems, flagText } from './flags.js';
import { hintLine, renderResult, renderScoreList, scoreBadge, skillName, type TextStyle } from './text.js';

const oneLine = (s: string) => s.replace(/\s*\r?\n\s*/g, ' ');

// A mock interview's report: each question with where it sat and its follow-up, then the verdict.

const OUTCOME: Record<Verdict['outcome'], string> = { ready: 'READY', borderline: 'BORDERLINE', 'not-yet': 'NOT YET' };
const INDENT = '     ';
const fmt = (n: number | null) => (n === null ? '-' : `${n.toFixed(1)}/5`);

export function outcomeWords(outcome: Verdict['outcome']): string {
  return OUTCOME[outcome];
}

/** The point a follow-up asked about that its answer still did not make (none for a general follow-up or an unanswered one). */
export function stillMissing(f: FollowUp): string[] {
  if (f.answer === null || f.target === null || f.score === null) return [];
  return f.recovered_points.some((p) => same(p, f.target!)) ? [] : [f.target];
}

/** The follow-up lines under a question's grade. */
export function renderFollowUpLines(f: FollowUp, style: TextStyle): string[] {
  const { colour: c, width } = style;
  const lines = [`${INDENT}${c.bold('Follow-up')}${f.source === 'llm' ? c.dim(' (written by the model)') : ''}`];
  lines.push(wrap(f.question, width, `${INDENT}  `));
  lines.push(c.dim(wrap(`Why: ${f.reason}`, width, `${INDENT}  `)));
  if (f.notice) lines.push(wrap(`Note: ${f.notice}`, width, `${INDENT}  `));
  if (f.answer === null) {
    lines.push(c.dim(wrap('Not answered: the question keeps its score.', width, `${INDENT}  `)));
    return lines;
  }
  lines.push(wrap(f.answer.trim() || '(empty)', width, `${INDENT}  > `, { hanging: `${INDENT}    ` }));
  return [...lines, ...renderFollowUpOutcome(f, style)];
}

/** How a follow-up answer went: its score, what it lifted the question to, flags, points now made. */
export function renderFollowUpOutcome(f: FollowUp, style: TextStyle): string[] {
  const { colour: c, width } = style;
  const lines: string[] = [];
  const lift = f.final_score !== null && f.main_score !== null && f.final_score !== f.main_score ? `; the question goes from ${f.main_score.toFixed(1)} to ${f.final_score.toFixed(1)}` : '; the question keeps its score';
  lines.push(wrap(`Follow-up answer ${f.score === null ? 'not scored' : scoreBadge(f.score, c)}${lift}`, width, `${INDENT}  `));
  const flags = flagItems(f);
  if (flags.length) lines.push(bullets(flags.map((x) => flagText(x)), width, c.red('!'), `${INDENT}  `));
  if (f.fact_errors?.length) lines.push(bullets(f.fact_errors.map((x) => factText(x)), width, c.red('!'), `${INDENT}  `));
  if (f.recovered_points.length) lines.push(bullets(f.recovered_points.map((p) => `now made: ${p}`), width, c.green('✓'), `${INDENT}  `));
  // A low follow-up score says why: the point it asked about, still not made in words the grader recognises (a new user saw 1.0 and no reason).
  const still = stillMissing(f);
  if (still.length) lines.push(bullets(still.map((p) => `still missing: ${p}`), width, c.red('✗'), `${INDENT}  `));
  return lines;
}

function stageLabel(r: InterviewResult): string {
  return r.stage === 'main' ? '' : r.stage === 'stretch' ? 'stretch (the level above)' : r.stage;
}

export function renderVerdictText(v: Verdict, style: TextStyle): string {
  const { colour: c, width } = style;
  const tint = v.outcome === 'ready' ? c.green : v.outcome === 'borderline' ? c.yellow : c.red;
  // The command goes on a line of its own, continued with " \\" when long, so that it pastes whole.
  const reasons = v.reasons.filter((r) => !(v.next_command && r === `Practise next: ${v.next_command}`));
  const lines = [c.bold(`Verdict: ${tint(OUTCOME[v.outcome])}`), bullets(reasons, width, '-', '  ')];
  if (v.next_command) lines.push(hintLine('Practise next:', v.next_command, width, c));
  return lines.join('\n');
}

export function renderInterviewText(report: InterviewReport, style: TextStyle = PLAIN): string {
  const s = report.session;
  const c = style.colour;
  style = { ...style, skillNames: { ...s.skill_names, ...style.skillNames } };
  const head = [`Mock interview ${s.id}`, s.title ?? '', s.role ? `role ${s.role}` : '', s.levels.length ? `level ${s.levels.join(', ')}` : '', s.jurisdiction ? `${s.jurisdiction.toUpperCase()} rules` : '', `grader ${s.grader}${s.model ? ` (${s.model})` : ''}`, s.seed !== null ? `seed ${s.seed}` : ''];
  const parts = [c.bold(wrapItems(head, style.width))];
  if (s.interrupted) parts.push(c.yellow(wrap('Interrupted: the answers given so far are kept below; questions not reached count as unanswered.', style.width)));
  report.results.forEach((r, i) => {
    // The grade shown is the main answer's; the follow-up's lines say what it lifted the score to.
    const lines = [renderResult({ ...r, score: r.follow_up?.main_score ?? r.score }, i, report.results.length, style)];
    const stage = stageLabel(r);
    if (stage) lines[0] = lines[0]!.replace(/\n/, `\n${INDENT}${c.dim(`(${stage})`)}\n`);
    if (r.follow_up) lines.push(...renderFollowUpLines(r.follow_up, style));
    parts.push(lines.join('\n'));
  });
  parts.push(renderVerdictText(report.verdict, style));
  parts.push(renderScoreList(report.results, style));
  return `${parts.join('\n\n')}\n`;
}

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const quote = (s: string) => s.split(/\r?\n/).map((l) => `> ${l}`).join('\n');

export function renderInterviewMarkdown(report: InterviewReport): string {
  const s = report.session;
  const name = (id: string) => skillName(id, { ...s.skill_names, ...report.summary.skill_names });
  const v = report.verdict;
  const out = [`# Mock interview ${s.id}`, ''];
  out.push(`- Started: ${s.started_at}`);
  if (s.title) out.push(`- Job: ${s.title}`);
  if (s.role) out.push(`- Role: ${s.role}`);
  if (s.levels.length) out.push(`- Level: ${s.levels.join(', ')}`);
  if (s.jurisdiction) out.push(`- Jurisdiction: ${s.jurisdiction}`);
  out.push(`- Grader: ${s.grader}${s.model ? ` (${s.model})` : ''}`);
  if (s.seed !== null) out.push(`- Seed: ${s.seed}`);
  if (s.interrupted) out.push('- Interrupted: the answers given so far are kept; questions not reached count as unanswered.');
  out.push('', `## Verdict: ${OUTCOME[v.outcome]}`, '', ...v.reasons.map((r) => `- ${r}`));
  out.push('', '| # | Question | Stage | Score | Follow-up |', '|---|---|---|---|---|');
  report.results.forEach((r, i) => {
    const f = r.follow_up;
    const fu = !f ? '-' : f.answer === null ? 'asked, not answered' : `${fmt(f.score)}${f.final_score !== f.main_score ? ` (lifted from ${fmt(f.main_score)})` : ''}`;
    out.push(`| ${i + 1} | ${esc(r.id)} | ${r.stage} | ${r.skipped ? 'skipped' : fmt(r.score)} | ${esc(fu)} |`);
  });
  report.results.forEach((r, i) => {
    out.push('', `## ${i + 1}. ${r.id}`, '', `**Question** (${r.stage}, ${r.type}; ${r.skills.map(name).join(', ')}): ${r.question}`, '');
    if (r.skipped) {
      out.push('_Skipped._');
      return;
    }
    out.push(r.answer.trim() ? quote(r.answer.trim()) : '> _(empty)_', '', `**Score:** ${fmt(r.score)} (${r.grader})`);
    const flags = flagItems(r);
    if (flags.length || r.fact_errors?.length) out.push('', ...flags.map((x) => `- ! ${oneLine(flagText(x))}`), ...(r.fact_errors ?? []).map((x) => `- ! ${oneLine(factText(x))}`));
    if (r.matched_points.length) out.push('', ...r.matched_points.map((p) => `- ✓ ${p}`));
    if (r.missing_points.length) out.push('', ...r.missing_points.map((p) => `- ✗ missing: ${p}`));
    if (r.feedback) out.push('', r.feedback);
    const f = r.follow_up;
    if (f) {
      out.push('', `**Follow-up${f.source === 'llm' ? ' (written by the model)' : ''}:** ${f.question}`, '', `_${f.reason}_`);
      if (f.notice) out.push('', `_Note: ${f.notice}_`);
      if (f.answer === null) out.push('', '_Not answered: the question keeps its score._');
      else {
        out.push('', quote(f.answer.trim() || '(empty)'), '', `**Follow-up score:** ${fmt(f.score)}; the question: ${fmt(f.main_score)} -> ${fmt(f.final_score)}`);
        const flags = flagItems(f);
        if (flags.length || f.fact_errors?.length) out.push('', ...flags.map((x) => `- ! ${oneLine(flagText(x))}`), ...(f.fact_errors ?? []).map((x) => `- ! ${oneLine(factText(x))}`));
        if (f.recovered_points.length) out.push('', ...f.recovered_points.map((p) => `- ✓ now made: ${p}`));
        const still = stillMissing(f);
        if (still.length) out.push('', ...still.map((p) => `- ✗ still missing: ${p}`));
      }
    }
  });
  return `${out.join('\n')}\n`;
}

const HTML_CSS = `
.result { border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; margin: 14px 0; break-inside: avoid; }
.result h3 { margin: 0 0 4px; font-size: 1.05rem; overflow-wrap: anywhere; }
blockquote { margin: 8px 0; padding: 6px 12px; border-left: 3px solid var(--line); white-space: pre-wrap; overflow-wrap: anywhere; }
.followup { margin-left: 12px; padding-left: 10px; border-left: 3px solid var(--line); }
.flag { color: var(--weak); font-weight: 600; }
.verdict { font-size: 1.2rem; font-weight: 700; }
td, th, h1 { overflow-wrap: anywhere; }
`;

export function renderInterviewHtml(report: InterviewReport): string {
  const s = report.session;
  const e = escapeHtml;
  const v = report.verdict;
  const tint = v.outcome === 'ready' ? 'score-good' : v.outcome === 'borderline' ? 'score-mid' : 'score-weak';
  const meta = [s.title, s.role ? `role ${s.role}` : undefined, s.levels.length ? `level ${s.levels.join(', ')}` : undefined, s.jurisdiction ? `${s.jurisdiction.toUpperCase()} rules` : undefined, `grader ${s.grader}`, s.seed !== null ? `seed ${s.seed}` : undefined, s.started_at].filter((x): x is string => Boolean(x));
  const body = [`<header><h1>Mock interview ${e(s.id)}</h1><p class="meta">${e(meta.join(' · '))}</p></header>`];
  body.push(`<section><h2>Verdict</h2><p class="verdict ${tint}">${e(OUTCOME[v.outcome])}</p><ul>${v.reasons.map((r) => `<li>${e(r)}</li>`).join('')}</ul>`);
  body.push('<table><thead><tr><th>#</th><th>Question</th><th>Stage</th><th class="num">Score</th><th>Follow-up</th></tr></thead><tbody>');
  report.results.forEach((r, i) => {
    const f = r.follow_up;
    const fu = !f ? '–' : f.answer === null ? 'asked, not answered' : `${fmt(f.score)}${f.final_score !== f.main_score ? ` (lifted from ${fmt(f.main_score)})` : ''}`;
    body.push(`<tr><td class="num">${i + 1}</td><td>${e(r.id)}</td><td>${e(r.stage)}</td><td class="num ${scoreClass(r.score)}">${e(r.skipped ? 'skipped' : fmt(r.score))}</td><td>${e(fu)}</td></tr>`);
  });
  body.push('</tbody></table></section><section><h2>Questions</h2>');
  report.results.forEach((r, i) => {
    body.push(`<article class="result"><h3>${i + 1}. ${e(r.id)}</h3><p class="meta">${e([r.stage, r.type, ...r.seniority].join(' · '))}</p><p><strong>Question:</strong> ${e(r.question)}</p>`);
    if (r.skipped) {
      body.push('<p class="note">Skipped.</p></article>');
      return;
    }
    body.push(`<blockquote>${r.answer.trim() ? e(r.answer.trim()) : '<em>(empty)</em>'}</blockquote><p><strong>Score:</strong> <span class="${scoreClass(r.score)}">${e(fmt(r.score))}</span></p>`);
    const items = [...flagItems(r).map((f) => `<li><span class="flag">!</span> ${e(flagText(f, '“', '”'))}</li>`), ...(r.fact_errors ?? []).map((f) => `<li><span class="flag">!</span> ${e(factText(f, '→', '“', '”'))}</li>`), ...r.missing_points.map((p) => `<li>✗ missing: ${e(p)}</li>`)];
    if (items.length) body.push(`<ul>${items.join('')}</ul>`);
    if (r.feedback) body.push(`<p>${e(r.feedback)}</p>`);
    const f = r.follow_up;
    if (f) {
      body.push(`<div class="followup"><p><strong>Follow-up:</strong> ${e(f.question)}</p><p class="meta">${e(f.reason)}</p>`);
      if (f.answer === null) body.push('<p class="note">Not answered: the question keeps its score.</p>');
      else body.push(`<blockquote>${e(f.answer.trim() || '(empty)')}</blockquote><p>Follow-up score ${e(fmt(f.score))}; the question ${e(fmt(f.main_score))} → ${e(fmt(f.final_score))}</p>${flagItems(f).map((x) => `<p class="flag">! ${e(flagText(x, '“', '”'))}</p>`).join('')}${(f.fact_errors ?? []).map((x) => `<p class="flag">! ${e(factText(x, '→', '“', '”'))}</p>`).join('')}`);
      body.push('</div>');
    }
    body.push('</article>');
  });
  body.push('</section><footer>Made by collections-prep on this computer. This page loads nothing from the network.</footer>');
  return htmlPage('<!DOCTYPE html>', `Mock interview ${s.id}`, CSS + HTML_CSS, body);
}

export function renderInterviewReport(report: InterviewReport, format: SessionFormat, style?: TextStyle): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'markdown') return renderInterviewMarkdown(report);
  if (format === 'html') return renderInterviewHtml(report);
  return renderInterviewText(report, style);
}
