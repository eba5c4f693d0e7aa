import type { ChalkInstance } from 'chalk';
import { Chalk } from 'chalk';
import { conductRule } from '../conduct/rules.js';
import type { CallFlag, CallReport } from '../history/call-records.js';
import type { CallStats } from '../history/call-stats.js';
import type { SessionFormat } from '../limits.js';
import { CSS, escapeHtml, htmlPage, scoreClass } from '../report/progress-html.js';
import { scoreBadge } from '../report/text.js';
import { wrap, wrapItems } from '../text/layout.js';
import { plural } from '../text/plural.js';

// A call's report as text, Markdown, HTML or JSON strings: never a stream.

export interface CallStyle {
  colour: ChalkInstance;
  width: number;
  /** Leave the transcript out (a terminal has just shown it, line by line). */
  transcript?: boolean;
}

const PLAIN: CallStyle = { colour: new Chalk({ level: 0 }), width: 80 };
const HANG = { hanging: '  ' };

/** One flag as a screen shows it: "That is a threat of arrest: FDCPA §1692e(4), §1692e(7)". */
export function flagLine(f: CallFlag): string {
  const words = conductRule(f.rule)?.words ?? f.rule;
  // A QA key's own finding (no-disclosure) has no rule to cite: its words say what it was.
  return f.citation && f.citation !== f.rule ? `${words}: ${f.citation}` : words;
}

/** A flag and the words that raised it; a QA key's own finding (no rule of the 16) is its description alone, not its id (a new user saw "no-disclosure (...)"). */
function flagWithWords(f: CallFlag, quote: (words: string) => string): string {
  return conductRule(f.rule) ? `${flagLine(f)} ${quote(f.words)}` : f.words;
}

// In a QA review the worst "turn" is a line of the recorded call, said by its agent, and the
// better line is the finding that would have caught it.
function saidLabel(report: CallReport): string {
  return report.kind === 'qa' ? `The agent said (line ${report.feedback.worst_turn})` : `You said (turn ${report.feedback.worst_turn})`;
}

function betterLabel(report: CallReport): string {
  return report.kind === 'qa' ? 'A finding that catches it' : 'Better';
}

function heading(report: CallReport): string {
  return `${report.kind === 'qa' ? 'QA review' : 'Call'}: ${report.scenario.title}`;
}

function speakerName(report: CallReport, speaker: string): string {
  if (speaker === 'candidate') return 'You';
  if (speaker === 'agent') return 'Agent';
  // A recorded call's other side may be more than one person (a sister picks up, then the customer).
  if (report.kind === 'qa') return 'Customer';
  return report.scenario.persona.replace(/\s*\(.*\)$/, '');
}

const ENDED: Record<CallReport['ended'], string> = {
  script: 'The call ran to its end.',
  'hung-up': 'The customer hung up.',
  turns: 'You ended the call.',
  interrupted: 'The call was interrupted.',
};

export function renderCallText(report: CallReport, style: CallStyle = PLAIN): string {
  const { colour: c, width } = style;
  const out: string[] = [];
  out.push(c.bold(wrap(heading(report), width)));
  // Broken between its parts at a narrow width, never inside "offline" (a new user at 60 columns).
  out.push(c.dim(wrapItems([report.scenario.id, `${report.scenario.jurisdiction.toUpperCase()} rules`, `grader ${report.session.grader}${report.session.model ? ` (${report.session.model})` : ''}`], width)));
  out.push('');
  if (style.transcript !== false) out.push(c.bold('Transcript'));
  if (style.transcript !== false) report.transcript.forEach((t, i) => {
    const who = speakerName(report, t.speaker);
    const label = report.kind === 'qa' ? `${i + 1}. ${who}: ` : `${who}: `;
    out.push(wrap(`${label}${t.text}`, width, '', { hanging: '   ' }));
    if (t.notice) out.push(c.dim(wrap(`(note: ${t.notice})`, width, '   ')));
    for (const f of t.flags) out.push(c.red(wrap(`! ${flagWithWords(f, (w) => `("${w}")`)}`, width, '   ')));
  });
  if (report.kind === 'call' && style.transcript !== false) out.push(c.dim(ENDED[report.ended]), '');
  if (report.qa) {
    if (style.transcript !== false) out.push('');
    out.push(c.bold('Findings'));
    for (const f of report.qa.found) out.push(wrap(`${c.green('✓')} line ${f.line}: ${f.what}`, width, '', HANG));
    for (const m of report.qa.missed) out.push(wrap(`${c.red('✗')} missed, line ${m.line}: ${m.what}`, width, '', HANG));
    for (const x of report.qa.invented) out.push(wrap(`${c.yellow('?')} not in the call: ${x}`, width, '', HANG));
    out.push('');
  } else {
    out.push(c.bold('Goals'));
    for (const g of report.goals) {
      const mark = g.met ? c.green('✓') : c.red('✗');
      out.push(wrap(`${mark} ${g.goal}${g.evidence ? c.dim(` — "${g.evidence}"${g.why ? ` (${g.why})` : g.turn && g.met ? ` (turn ${g.turn})` : ''}`) : ''}`, width, '', HANG));
    }
    out.push('');
  }
  out.push(`${c.bold('Score')} ${scoreBadge(report.score, c)}`);
  for (const k of report.criteria) out.push(`  ${k.skill_name.padEnd(24)} ${scoreBadge(k.score, c)}`);
  if (report.red_flags.length) {
    out.push('');
    out.push(c.bold('Red flags'));
    for (const f of report.red_flags) out.push(c.red(wrap(`! ${f}`, width, '', HANG)));
  }
  out.push('');
  out.push(c.bold('Feedback'));
  out.push(wrap(report.feedback.text, width));
  if (report.feedback.better) {
    if (report.feedback.said) out.push(wrap(`${saidLabel(report)}: "${report.feedback.said}"`, width, '  '));
    out.push(c.green(wrap(`${betterLabel(report)}: "${report.feedback.better}"`, width, '  ')));
  }
  for (const n of report.notices) out.push(c.dim(wrap(`Note: ${n}`, width)));
  return `${out.join('\n')}\n`;
}

export function renderCallMarkdown(report: CallReport): string {
  const md = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');
  const out: string[] = [];
  out.push(`# ${md(heading(report))}`, '');
  out.push(`${md(report.scenario.id)} · ${report.scenario.jurisdiction.toUpperCase()} rules · grader ${report.session.grader} · ${report.session.started_at}`, '');
  out.push('## Transcript', '');
  report.transcript.forEach((t, i) => {
    out.push(`${report.kind === 'qa' ? `${i + 1}. ` : '- '}**${md(speakerName(report, t.speaker))}:** ${md(t.text)}`);
    if (t.notice) out.push(`   - _note: ${md(t.notice)}_`);
    for (const f of t.flags) out.push(`   - ⚠ ${conductRule(f.rule) ? `${md(flagLine(f))} (“${md(f.words)}”)` : md(f.words)}`);
  });
  out.push('');
  if (report.qa) {
    out.push('## Findings', '');
    for (const f of report.qa.found) out.push(`- ✓ line ${f.line}: ${md(f.what)}`);
    for (const m of report.qa.missed) out.push(`- ✗ missed, line ${m.line}: ${md(m.what)}`);
    for (const x of report.qa.invented) out.push(`- ? not in the call: ${md(x)}`);
  } else {
    out.push('## Goals', '');
    for (const g of report.goals) out.push(`- ${g.met ? '✓' : '✗'} ${md(g.goal)}${g.evidence ? ` — “${md(g.evidence)}”${g.why ? ` (${md(g.why)})` : ''}` : ''}`);
  }
  out.push('', `## Score: ${report.score.toFixed(1)}/5`, '', '| Skill | Score | Comment |', '| --- | --- | --- |');
  for (const k of report.criteria) out.push(`| ${md(k.skill_name)} | ${k.score.toFixed(1)} | ${md(k.comment)} |`);
  if (report.red_flags.length) out.push('', '## Red flags', '', ...report.red_flags.map((f) => `- ${md(f)}`));
  out.push('', '## Feedback', '', md(report.feedback.text));
  if (report.feedback.better) {
    if (report.feedback.said) out.push('', `${saidLabel(report)}: “${md(report.feedback.said)}”`);
    out.push('', `${betterLabel(report)}: “${md(report.feedback.better)}”`);
  }
  for (const n of report.notices) out.push('', `_Note: ${md(n)}_`);
  return `${out.join('\n')}\n`;
}

const CALL_CSS = `
.turn { margin: 8px 0; padding: 6px 12px; border-left: 3px solid var(--line); white-space: pre-wrap; overflow-wrap: anywhere; }
.turn.candidate { border-left-color: var(--accent, #3b6ea5); }
.flag { color: var(--weak); font-weight: 600; }
ul.points { list-style: none; padding-left: 0; }
td, th, h1 { overflow-wrap: anywhere; }
`;

export function renderCallHtml(report: CallReport): string {
  const e = escapeHtml;
  const b: string[] = [];
  const title = heading(report);
  b.push(`<header><h1>${e(title)}</h1><p class="meta">${e(`${report.scenario.id} · ${report.scenario.jurisdiction.toUpperCase()} rules · grader ${report.session.grader} · ${report.session.started_at}`)}</p></header>`);
  b.push('<section><h2>Transcript</h2>');
  report.transcript.forEach((t, i) => {
    b.push(`<div class="turn ${t.speaker}"><strong>${report.kind === 'qa' ? `${i + 1}. ` : ''}${e(speakerName(report, t.speaker))}:</strong> ${e(t.text)}`);
    if (t.notice) b.push(`<p class="note">Note: ${e(t.notice)}</p>`);
    for (const f of t.flags) b.push(`<p class="flag">! ${conductRule(f.rule) ? `${e(flagLine(f))} (“${e(f.words)}”)` : e(f.words)}</p>`);
    b.push('</div>');
  });
  b.push('</section>');
  if (report.qa) {
    b.push('<section><h2>Findings</h2><ul class="points">');
    for (const f of report.qa.found) b.push(`<li><span class="score-good">✓</span> line ${f.line}: ${e(f.what)}</li>`);
    for (const m of report.qa.missed) b.push(`<li><span class="score-weak">✗</span> missed, line ${m.line}: ${e(m.what)}</li>`);
    for (const x of report.qa.invented) b.push(`<li><span class="score-mid">?</span> not in the call: ${e(x)}</li>`);
    b.push('</ul></section>');
  } else {
    b.push('<section><h2>Goals</h2><ul class="points">');
    for (const g of report.goals) b.push(`<li><span class="${g.met ? 'score-good' : 'score-weak'}">${g.met ? '✓' : '✗'}</span> ${e(g.goal)}${g.evidence ? ` <span class="meta">“${e(g.evidence)}”${g.why ? ` (${e(g.why)})` : ''}</span>` : ''}</li>`);
    b.push('</ul></section>');
  }
  b.push(`<section><h2>Score: <span class="${scoreClass(report.score)}">${report.score.toFixed(1)}/5</span></h2>`);
  b.push('<table><thead><tr><th>Skill</th><th class="num">Score</th><th>Comment</th></tr></thead><tbody>');
  for (const k of report.criteria) b.push(`<tr><td>${e(k.skill_name)}</td><td class="num ${scoreClass(k.score)}">${k.score.toFixed(1)}</td><td>${e(k.comment)}</td></tr>`);
  b.push('</tbody></table>');
  if (report.red_flags.length) b.push(`<ul class="points">${report.red_flags.map((f) => `<li><span class="flag">!</span> ${e(f)}</li>`).join('')}</ul>`);
  b.push('</section><section><h2>Feedback</h2>');
  b.push(`<p>${e(report.feedback.text)}</p>`);
  if (report.feedback.said) b.push(`<p>${e(saidLabel(report))}:</p><blockquote>${e(report.feedback.said)}</blockquote>`);
  if (report.feedback.better) b.push(`<p>${e(betterLabel(report))}:</p><blockquote>${e(report.feedback.better)}</blockquote>`);
  for (const n of report.notices) b.push(`<p class="note">Note: ${e(n)}</p>`);
  b.push('</section><footer>Made by collections-prep on this computer. This page loads nothing from the network.</footer>');
  return htmlPage('<!DOCTYPE html>', title, CSS + CALL_CSS, b);
}

export function renderCall(report: CallReport, format: SessionFormat, style?: CallStyle): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'markdown') return renderCallMarkdown(report);
  if (format === 'html') return renderCallHtml(report);
  return renderCallText(report, style);
}

/** A rule's plain words without their examples in brackets: "Threatens arrest, jail, the police or criminal charges". */
function ruleWords(id: string): string {
  return (conductRule(id)?.words ?? id).replace(/\s*\([^)]*\)/g, '');
}

/** The calls section of `stats`: how many calls and reviews, their averages, the rules broken, the latest. */
export function renderCallStatsText(s: CallStats, style: CallStyle = PLAIN, names: ReadonlyMap<string, string> = new Map()): string {
  if (s.calls === 0 && s.reviews === 0) return '';
  const { colour: c, width } = style;
  const out: string[] = ['', c.bold('Calls')];
  const avg = (n: number | null) => (n === null ? '–' : `${n.toFixed(1)}/5`);
  // Items break between them, not inside: a skill keeps its score, a count its average.
  out.push(wrapItems([`${plural(s.calls, 'call')} (average ${avg(s.average)}, ${s.with_breaches} with a breach${s.interrupted ? `, ${s.interrupted} interrupted and not averaged` : ''})`, `${plural(s.reviews, 'QA review')} (average ${avg(s.review_average)})`], width, '  '));
  const skills = Object.entries(s.by_skill);
  if (skills.length) out.push(wrapItems(skills.map(([k, v], i) => `${i === 0 ? 'By skill: ' : ''}${names.get(k) ?? k} ${v.toFixed(1)}`), width, '  ', { hanging: '    ' }));
  // In plain words, as a flag shows it (a new user saw "skipping-id-checks (2)" here and the words everywhere else).
  if (s.rules.length) out.push(c.red(wrap(`Rules broken: ${s.rules.map((r) => `${ruleWords(r.rule)} (${r.count})`).join('; ')}`, width, '  ', { hanging: '    ' })));
  for (const r of s.recent.slice(0, 5)) out.push(wrap(`${r.at.slice(0, 10)}  ${r.score.toFixed(1)}  ${r.kind === 'qa' ? 'QA: ' : ''}${r.title}${r.breaches ? c.red(` (${plural(r.breaches, 'breach', 'breaches')})`) : ''}`, width, '  ', { hanging: '    ' }));
  return `${out.join('\n')}\n`;
}

/** The calls section of the HTML progress export. */
export function renderCallStatsHtml(s: CallStats, names: ReadonlyMap<string, string> = new Map()): string {
  if (s.calls === 0 && s.reviews === 0) return '';
  const e = escapeHtml;
  const avg = (n: number | null) => (n === null ? '–' : `${n.toFixed(1)}/5`);
  const b: string[] = ['<section aria-label="Calls"><h2>Calls</h2>'];
  b.push(`<p>${e(`${plural(s.calls, 'call')} (average ${avg(s.average)}, ${s.with_breaches} with a breach${s.interrupted ? `, ${s.interrupted} interrupted and not averaged` : ''}); ${plural(s.reviews, 'QA review')} (average ${avg(s.review_average)}).`)}</p>`);
  const skills = Object.entries(s.by_skill);
  if (skills.length) b.push(`<p>By skill: ${skills.map(([k, v]) => `${e(names.get(k) ?? k)} <span class="${scoreClass(v)}">${v.toFixed(1)}</span>`).join(' · ')}</p>`);
  if (s.rules.length) b.push(`<p class="flag">Rules broken: ${e(s.rules.map((r) => `${ruleWords(r.rule)} (${r.count})`).join('; '))}</p>`);
  b.push('<table><thead><tr><th>Date</th><th>Call</th><th class="num">Score</th><th class="num">Breaches</th></tr></thead><tbody>');
  for (const r of s.recent) b.push(`<tr><td>${e(r.at.slice(0, 10))}</td><td>${e(`${r.kind === 'qa' ? 'QA: ' : ''}${r.title}`)}</td><td class="num ${scoreClass(r.score)}">${r.score.toFixed(1)}</td><td class="num">${r.breaches}</td></tr>`);
  b.push('</tbody></table></section>');
  return b.join('\n');
}
