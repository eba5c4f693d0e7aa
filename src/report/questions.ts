import type { ChalkInstance } from 'chalk';
import { compareLevels } from '../bank/levels.js';
import type { Bank, BankQuestion } from '../bank/model.js';
import { ladderOf, type Ladders } from '../bank/roles.js';
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
export function listTable(questions: readonly BankQuestion[], width: number, ladders: Ladders = new Map()): string {
  return listLayout(questions, width, ladders).table;
}

/**
 * Within a role's group, cards go up that role's ladder (a card counts at its lowest level on
 * it), in the given order otherwise; a role's line carries its declared name.
 */
export function listLayout(questions: readonly BankQuestion[], width: number, ladders: Ladders = new Map(), onlyRole?: string): { table: string; abbreviated: boolean } {
  const GAP = 2;
  const header = ['ID', 'LEVELS', 'TYPE'];
  // With --role, only that role's group: a card for both tracks is not shown under the other one (a new user saw 71 rows for 70 questions).
  const roles = onlyRole !== undefined ? [onlyRole] : [...new Set(questions.flatMap((q) => q.roles))].sort();
  const lowest = (q: BankQuestion, ladder: readonly string[]) => [...q.seniority].sort((a, b) => compareLevels(a, b, ladder))[0] ?? '';
  const groups = roles.map((role) => {
    const ladder = ladderOf(ladders, role);
    const members = questions
      .map((q, i) => ({ q, i }))
      .filter(({ q }) => q.roles.includes(role))
      .sort((a, b) => compareLevels(lowest(a.q, ladder), lowest(b.q, ladder), ladder) || a.i - b.i)
      .map(({ q }) => q);
    return { role, name: ladders.get(role)?.name, members };
  });
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
  for (const { role, name, members } of groups) {
    out.push(truncate(`${role}${name ? ` · ${name}` : ''} (${plural(members.length, 'question')})`, width));
    for (const q of members) {
      out.push(line([...cellsOf(q, abbreviated), ...(withText ? [q.text] : [])]));
      // Too narrow for a text column: the question's opening words go on a line of their own.
      if (!withText) out.push(`    ${firstWords(q.text, width - 4)}`);
    }
  }
  return { table: out.join('\n'), abbreviated };
}

/** As much of the text as fits on one line, ending at a word, with … when some is left out. */
function firstWords(text: string, width: number): string {
  const [first = '', ...rest] = wrap(text, width - 1).split('\n');
  return rest.length ? `${first}…` : first;
}

const JURISDICTION_NAMES: Record<string, string> = { us: 'US', uk: 'UK', any: 'any (no one jurisdiction\'s rule)' };

/** "agent: junior Junior Collections Agent < mid Collections Agent < ...": a declared ladder with its titles. */
export function ladderLine(ladders: Ladders, role: string): string | undefined {
  const declared = ladders.get(role);
  if (!declared) return undefined;
  return `${role}: ${declared.levels.map((l) => `${l.id} ${l.title}${l.aliases?.length ? ` (also ${l.aliases.join(', ')})` : ''}`).join(' < ')}`;
}

export function renderCard(q: BankQuestion, bank: Bank, c: ChalkInstance, width: number): string {
  const section = (title: string, body: string) => `${c.bold(title)}\n${body}\n`;
  const skillNames = q.skills.map((id) => bank.skills.get(id)?.name ?? id);
  // The job titles of the card's role and level pairs, where the role declares them.
  const titles = q.roles.flatMap((role) =>
    q.seniority.flatMap((level) => {
      const title = bank.ladders.get(role)?.levels.find((l) => l.id === level)?.title;
      return title ? [`${title} (${role} ${level})`] : [];
    }),
  );
  const where = [
    q.jurisdiction ? `jurisdiction: ${JURISDICTION_NAMES[q.jurisdiction]}` : undefined,
    q.sector ? `sector: ${q.sector}` : undefined,
    q.stage ? `stage: ${q.stage}` : undefined,
  ].filter(Boolean);
  const parts = [
    `${c.bold.cyan(q.id)}`,
    wrap(`${q.roles.join(', ')} · ${q.seniority.join(', ')} · ${q.type} · skills: ${skillNames.join(', ')}`, width),
    ...(titles.length ? [wrap(`Job titles: ${titles.join(', ')}`, width)] : []),
    ...(where.length ? [wrap(where.join(' · '), width)] : []),
    '',
    section('Question', wrap(q.text, width, '  ')),
    section('Why it is asked', wrap(q.why_asked, width, '  ')),
    section('How to answer', q.how_to_answer.map((s, i) => `  ${i + 1}. ${wrap(s, width, '     ').trimStart()}`).join('\n')),
    section('What not to say', bullets(q.what_not_to_say, width, '✗')),
    section('Example answer', wrap(q.example_answer, width, '  ')),
  ];
  // A bullet: ✓ is what the grader puts beside a point the answer made.
  if (q.key_points?.length) parts.push(section('Key points', bullets(q.key_points.map((k) => k.point), width, '•')));
  if (q.red_flags?.length) parts.push(section('Red flags', bullets(q.red_flags.map((r) => r.flag), width, '!')));
  if (q.wrong_claims?.length) {
    parts.push(section('Common wrong claims', bullets(q.wrong_claims.map((w) => `${w.claim}. In fact: ${w.correct}`), width, '✗')));
  }
  if (q.follow_ups?.length) parts.push(section('Follow-up questions', bullets(q.follow_ups.map((f) => f.question), width, '?')));
  if (q.references?.length) parts.push(section('References', bullets(q.references, width, '§')));
  parts.push(c.dim(`Source: ${q.source.file}:${q.source.line}`));
  return `${parts.join('\n')}\n`;
}
