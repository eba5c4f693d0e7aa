import type { BankScenario } from '../bank/model.js';
import { citationFor, conductRule } from '../conduct/rules.js';
import type { CallReport, CallSession, CallTurn, QaResult } from '../history/call-records.js';
import { findSignal } from './match.js';
import { scenarioInfo } from './run.js';

// A QA review: the candidate lists the breaches of a scripted call and is scored against the
// scenario's answer key on what they found, what they missed and what they invented.

/** Findings as a reviewer writes them: one per line (bullets and numbering aside), or blocks separated by `---`. */
export function parseFindings(text: string): string[] {
  const blocks = /^\s*---\s*$/m.test(text) ? text.split(/^\s*---\s*$/m) : text.split('\n');
  return blocks.map((b) => b.trim().replace(/^(?:[-*•]\s+|\d+[.)]\s+)/, '').replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The line a finding names ("line 5", "turn 5", "#5", "L5", or a leading "5:"), if any. */
export function namedLine(finding: string): number | undefined {
  const m = /\b(?:line|turn|l)\s*#?\s*(\d+)\b|#(\d+)\b|^\s*(\d+)\s*[:.)-]/i.exec(finding);
  const n = m ? Number(m[1] ?? m[2] ?? m[3]) : undefined;
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

export function gradeQa(scenario: BankScenario, findings: readonly string[]): QaResult {
  const qa = scenario.qa!;
  const found = new Map<number, string>();
  const out: QaResult['findings'] = [];
  const invented: string[] = [];
  for (const text of findings) {
    const line = namedLine(text);
    // A line named must be the breach's, or next to it (a reviewer may count from the reply).
    const near = (b: { line: number }) => line === undefined || Math.abs(line - b.line) <= 1;
    const matches = qa.breaches.map((b, i) => ({ b, i })).filter(({ b }) => near(b) && findSignal(text, b.signals));
    const fresh = matches.filter(({ i }) => !found.has(i));
    // Named line: every breach there that the finding describes; otherwise the first it describes.
    const exact = line === undefined ? fresh.slice(0, 1) : fresh.filter(({ b }) => b.line === line).length ? fresh.filter(({ b }) => b.line === line) : fresh.slice(0, 1);
    for (const { i } of exact) found.set(i, text);
    if (exact.length) out.push({ text, line: exact[0]!.b.line });
    else if (matches.length) out.push({ text, line: matches[0]!.b.line }); // the same breach again: not invented
    else {
      out.push({ text, line: null });
      invented.push(text);
    }
  }
  return {
    findings: out,
    found: [...found].sort(([a], [b]) => a - b).map(([i, finding]) => ({ line: qa.breaches[i]!.line, rule: qa.breaches[i]!.rule, what: qa.breaches[i]!.what, finding })),
    missed: qa.breaches.filter((_, i) => !found.has(i)).map((b) => ({ line: b.line, rule: b.rule, what: b.what })),
    invented,
  };
}

export interface QaReportInput {
  scenario: BankScenario;
  findings: readonly string[];
  session: CallSession;
  skillNames: ReadonlyMap<string, { name: string }>;
}

/** Score: the share of breaches found, less half a breach for each invented one; 1 to 5. */
export function qaReport({ scenario, findings, session, skillNames }: QaReportInput): CallReport {
  const qa = scenario.qa!;
  const result = gradeQa(scenario, findings);
  const total = qa.breaches.length;
  const share = Math.max(0, (result.found.length - 0.5 * result.invented.length) / total);
  const score = Math.round((1 + 4 * Math.min(1, share)) * 10) / 10;
  const jurisdiction = scenario.jurisdiction;
  const sector = scenario.sector;
  const transcript: CallTurn[] = qa.transcript.map((l, i) => ({
    speaker: l.speaker,
    text: l.text,
    turn: i + 1,
    flags: qa.breaches
      .filter((b) => b.line === i + 1)
      .map((b) => {
        const rule = conductRule(b.rule);
        return { rule: b.rule, citation: rule ? citationFor(rule, jurisdiction, sector) : '', words: b.what, source: 'key' as const };
      }),
  }));
  const parts = [`You found ${result.found.length} of ${total} breaches${result.invented.length ? `, and listed ${result.invented.length} that the call does not have` : ''}.`];
  if (result.missed.length) parts.push(`Missed: ${result.missed.map((m) => `line ${m.line} (${m.what.replace(/\.$/, '')})`).join('; ')}.`);
  if (!result.missed.length && !result.invented.length) parts.push('A complete, accurate review.');
  const first = result.missed[0];
  return {
    version: 1,
    kind: 'qa',
    session,
    scenario: scenarioInfo(scenario),
    transcript,
    goals: [],
    score,
    criteria: [
      {
        name: 'compliance',
        skill_name: skillNames.get('compliance')?.name ?? 'compliance',
        score,
        comment: `Found ${result.found.length} of ${total}; missed ${result.missed.length}; invented ${result.invented.length}.`,
      },
    ],
    red_flags: [],
    conduct: [],
    feedback: {
      text: parts.join(' '),
      worst_turn: first ? first.line : null,
      said: first ? qa.transcript[first.line - 1]!.text : null,
      better: first ? `Line ${first.line}: ${first.what}` : null,
    },
    ended: 'script',
    notices: [],
    qa: result,
  };
}
