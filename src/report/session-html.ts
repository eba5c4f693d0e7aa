import type { SessionReport } from '../session/model.js';
import { CSS, escapeHtml, htmlPage, scoreClass } from './progress-html.js';
import { verdictHead } from '../session/summary.js';
import { factText, flagItems, flagText } from './flags.js';
import { resultLabel, sampleLine, skillName } from './text.js';
import { plural } from '../text/plural.js';

// A session's report as one self-contained HTML page (`drill -o session.html`), in the same
// house style as the progress export: inline CSS, no script, nothing loaded from anywhere.

const SESSION_CSS = `
.result { border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; margin: 14px 0; break-inside: avoid; }
.result h3 { margin: 0 0 4px; font-size: 1.05rem; overflow-wrap: anywhere; }
blockquote { margin: 8px 0; padding: 6px 12px; border-left: 3px solid var(--line); white-space: pre-wrap; overflow-wrap: anywhere; }
ul.points { list-style: none; padding-left: 0; margin: 6px 0; }
ul.points li { padding-left: 1.4em; text-indent: -1.4em; }
.flag { color: var(--weak); font-weight: 600; }
.verdict { font-size: 1.1rem; font-weight: 600; }
td, th, h1 { overflow-wrap: anywhere; }
@media (max-width: 520px) { main { padding: 12px; } th, td { padding: 4px; } }
`;

const fmt = (n: number | null) => (n === null ? '–' : `${n.toFixed(1)}/5`);

export function renderSessionHtml(report: SessionReport): string {
  const s = report.session;
  const names = { ...s.skill_names, ...report.summary.skill_names };
  const name = (id: string) => skillName(id, names);
  const e = escapeHtml;
  const body: string[] = [];
  const meta = [
    s.title,
    s.role ? `role ${s.role}` : undefined,
    s.levels.length ? `levels ${s.levels.join(', ')}` : undefined,
    s.jurisdiction ? `${s.jurisdiction.toUpperCase()} rules` : undefined,
    `grader ${s.grader}${s.model ? ` (${s.model})` : ''}`,
    s.seed !== null ? `seed ${s.seed}` : undefined,
    s.started_at,
  ].filter((x): x is string => Boolean(x));
  body.push(`<header><h1>Practice session ${e(s.id)}</h1><p class="meta">${e(meta.join(' · '))}</p>`);
  if (s.interrupted) body.push('<p class="note">Interrupted: the answers given so far are kept.</p>');
  body.push('</header>');

  const sum = report.summary;
  body.push('<section><h2>Summary</h2>');
  body.push(`<p class="verdict ${sum.worrying.length ? 'score-weak' : 'score-good'}">${e(sum.worrying.length ? `${verdictHead(sum.worrying.length, sum.answered)}:` : sum.verdict)}</p>`);
  if (sum.worrying.length) {
    body.push('<ul class="points">');
    for (const w of sum.worrying) {
      const why = [...w.red_flags, ...w.fact_errors.map((f) => `wrong: ${f}`)].join('; ');
      body.push(`<li><span class="flag">!</span> ${w.index + 1}. ${e(w.id)}: ${e(why)}</li>`);
    }
    body.push('</ul>');
  }
  body.push('<table><thead><tr><th>#</th><th>Question</th><th class="num">Score</th></tr></thead><tbody>');
  report.results.forEach((r, i) => {
    const score = r.skipped ? (r.answer.trim() ? 'not submitted' : 'skipped') : fmt(r.score);
    body.push(`<tr><td class="num">${i + 1}</td><td>${e(resultLabel(r))}</td><td class="num ${r.skipped ? '' : scoreClass(r.score)}">${e(score)}</td></tr>`);
  });
  body.push('</tbody></table>');
  const extra = [sum.skipped - (sum.not_submitted ?? 0) ? `${sum.skipped - (sum.not_submitted ?? 0)} skipped` : '', sum.not_submitted ? `${sum.not_submitted} not submitted` : ''].filter(Boolean).join(', ');
  body.push(`<p>Average ${e(fmt(sum.average))} over ${plural(sum.answered, 'answer')}${extra ? `, ${e(extra)}` : ''}.</p>`);
  const skills = Object.entries(sum.by_skill);
  if (skills.length) body.push(`<p>By skill: ${skills.map(([k, v]) => `${e(name(k))} <span class="${scoreClass(v)}">${v.toFixed(1)}</span>`).join(' · ')}</p>`);
  if (sum.weakest.length) body.push(`<p>Weakest: ${sum.weakest.map((k) => `<strong>${e(name(k))}</strong>`).join(', ')}</p>`);
  if (sum.next_command) body.push(`<p>Drill them next: <code>${e(sum.next_command)}</code></p>`);
  body.push('</section>');

  body.push('<section><h2>Answers</h2>');
  report.results.forEach((r, i) => {
    body.push(`<article class="result"><h3>${i + 1}. ${e(resultLabel(r))}</h3>`);
    body.push(`<p class="meta">${e([r.seniority.join(', '), r.type, ...r.skills.map(name)].join(' · '))}</p>`);
    body.push(`<p><strong>Question:</strong> ${e(r.question)}</p>`);
    if (r.skipped) {
      body.push(r.answer.trim() ? `<p class="note">Not submitted (the session was interrupted):</p><blockquote>${e(r.answer.trim())}</blockquote>` : '<p class="note">Skipped.</p>');
      body.push('</article>');
      return;
    }
    body.push(`<blockquote>${r.answer.trim() ? e(r.answer.trim()) : '<em>(empty)</em>'}</blockquote>`);
    body.push(`<p><strong>Score:</strong> <span class="${scoreClass(r.score)}">${e(fmt(r.score))}</span> <span class="meta">(${e(r.grader)}${r.model ? `: ${e(r.model)}` : ''})</span></p>`);
    if (r.criteria.length) {
      body.push('<table><thead><tr><th>Skill</th><th class="num">Score</th><th>Comment</th></tr></thead><tbody>');
      for (const k of r.criteria) body.push(`<tr><td>${e(k.skill_name ?? name(k.name))}</td><td class="num">${k.score ?? '–'}</td><td>${e(k.comment)}</td></tr>`);
      body.push('</tbody></table>');
    }
    const items: string[] = [];
    for (const f of flagItems(r)) items.push(`<li><span class="flag">!</span> ${e(flagText(f, '“', '”'))}</li>`);
    for (const f of r.fact_errors ?? []) items.push(`<li><span class="flag">!</span> ${e(factText(f, '→', '“', '”'))}</li>`);
    for (const p of r.matched_points) items.push(`<li><span class="score-good">✓</span> ${e(p)}</li>`);
    for (const p of r.missing_points) items.push(`<li><span class="score-mid">✗</span> missing: ${e(p)}</li>`);
    if (items.length) body.push(`<ul class="points">${items.join('')}</ul>`);
    if (r.notice) body.push(`<p class="note">Note: ${e(r.notice)}</p>`);
    // Cautions about the grade (the LLM and the offline grader disagree, the samples wobble), as text and Markdown show them.
    if (r.warnings?.length) body.push(`<p class="caution"><strong>Cautions:</strong></p><ul class="points">${r.warnings.map((w) => `<li><span class="flag">!</span> ${e(w)}</li>`).join('')}</ul>`);
    if (r.samples) body.push(`<p class="samples"><strong>Samples:</strong> ${e(sampleLine(r.samples, names))}</p>`);
    if (r.feedback) body.push(`<p>${e(r.feedback)}</p>`);
    if (r.suggestions.length) body.push(`<ul>${r.suggestions.map((x) => `<li>Try: ${e(x)}</li>`).join('')}</ul>`);
    if (r.improved_answer) body.push(`<p><strong>A stronger version:</strong></p><blockquote>${e(r.improved_answer)}</blockquote>`);
    body.push('</article>');
  });
  body.push('</section>');
  body.push('<footer>Made by collections-prep on this computer. This page loads nothing from the network.</footer>');

  return htmlPage('<!DOCTYPE html>', `Practice session ${s.id}`, CSS + SESSION_CSS, body);
}
