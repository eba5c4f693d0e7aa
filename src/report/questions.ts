import type { ChalkInstance } from 'chalk';
import type { Bank, BankQuestion } from '../bank/model.js';
import { bullets, truncate, wrap } from '../text/layout.js';
import { plural } from '../text/plural.js';

// Questions as `list` and `show` print them.

/** A question as files write it, plus where it came from: what `list --format json` and `show --format json` print. */
export function questionJson(q: BankQuestion): Record<string, unknown> {
  const { source, ...fields } = q;
  return { ...fields, file: source.file, line: source.line };
}

const SHORT_LEVEL: Record<string, string> = { junior: 'jr', mid: 'mid', senior: 'sr', lead: 'lead', manager: 'mgr', director: 'dir' };
export const LEVEL_LEGEND = 'levels: jr junior, sr senior, mgr manager, dir director';

/**
 * The list as a table no wider than `width`, one group of rows per role (a card written for two
 * roles is in both groups). The question text gets whatever room is left (and is left out on a
 * narrow terminal). When the columns are too wide, levels are abbreviated first (the caller
 * prints the legend); only then are LEVELS and TYPE shortened with an ellipsis, and the ID last.
 */
export function listTable(questions: readonly BankQuestion[], width: number): string {
  return listLayout(questions, width).table;
}

export function listLayout(questions: readonly BankQuestion[], width: number): { table: string; abbreviated: boolean } {
  const GAP = 2;
  const header = ['ID', 'LEVELS', 'TYPE'];
  const roles = [...new Set(questions.flatMap((q) => q.roles))].sort();
  const groups = roles.map((role) => ({ role, members: questions.filter((q) => q.roles.includes(role)) }));
  const levels = (q: BankQuestion, short: boolean) => q.seniority.map((l) => (short ? SHORT_LEVEL[l] ?? l : l)).join(',');
  const cellsOf = (q: BankQuestion, short: boolean) => [q.id, levels(q, short), q.type];
  const widthsOf = (short: boolean) => header.map((h, i) => Math.max(h.length, ...questions.map((q) => cellsOf(q, short)[i]!.length)));
  const span = (w: number[]) => w.reduce((a, b) => a + b, 0) + GAP * (w.length - 1);
  let abbreviated = false;
  let widths = widthsOf(false);
  if (span(widths) > width) {
    abbreviated = true;
    widths = widthsOf(true);
  }
  const minimum = [12, 6, 6];
  for (const i of [1, 2, 0]) {
    const excess = span(widths) - width;
    if (excess <= 0) break;
    widths[i] = Math.max(minimum[i]!, widths[i]! - excess);
  }
  const room = width - span(widths) - GAP;
  const withText = room >= 20;
  if (withText) {
    header.push('QUESTION');
    widths.push(room);
  }
  const last = widths.length - 1;
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const text = truncate(cell, widths[i]!);
        return i === last ? text : text.padEnd(widths[i]! + GAP);
      })
      .join('')
      .trimEnd();
  const out = [line(header)];
  for (const { role, members } of groups) {
    out.push(truncate(`${role} (${plural(members.length, 'question')})`, width));
    for (const q of members) out.push(line([...cellsOf(q, abbreviated), ...(withText ? [q.text] : [])]));
  }
  return { table: out.join('\n'), abbreviated };
}

export function renderCard(q: BankQuestion, bank: Bank, c: ChalkInstance, width: number): string {
  const section = (title: string, body: string) => `${c.bold(title)}\n${body}\n`;
  const skillNames = q.skills.map((id) => bank.skills.get(id)?.name ?? id);
  const parts = [
    `${c.bold.cyan(q.id)}`,
    `${q.roles.join(', ')} · ${q.seniority.join(', ')} · ${q.type} · skills: ${skillNames.join(', ')}`,
    '',
    section('Question', wrap(q.text, width, '  ')),
    section('Why it is asked', wrap(q.why_asked, width, '  ')),
    section('How to answer', q.how_to_answer.map((s, i) => `  ${i + 1}. ${wrap(s, width, '     ').trimStart()}`).join('\n')),
    section('What not to say', bullets(q.what_not_to_say, width, '✗')),
    section('Example answer', wrap(q.example_answer, width, '  ')),
  ];
  if (q.key_points?.length) parts.push(section('Key points', bullets(q.key_points.map((k) => k.point), width, '✓')));
  if (q.red_flags?.length) parts.push(section('Red flags', bullets(q.red_flags.map((r) => r.flag), width, '!')));
  parts.push(c.dim(`Source: ${q.source.file}:${q.source.line}`));
  return `${parts.join('\n')}\n`;
}
