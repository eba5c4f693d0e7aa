import { filterQuestions, explainEmpty } from '../bank/filter.js';
import { SENIORITY_LEVELS } from '../bank/levels.js';
import type { BankQuestion } from '../bank/model.js';
import { UserError } from '../errors.js';
import { colourFor } from '../ui/colour.js';
import { terminalWidth, truncate } from '../text/layout.js';
import type { CommandContext } from '../context.js';
import type { BankOptions, FilterOptions } from './bank-options.js';
import { openBankQuick } from './open-bank.js';
import type { DataFormat } from '../limits.js';

export interface ListOptions extends BankOptions, FilterOptions {
  format: DataFormat;
}

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
    out.push(truncate(`${role} (${members.length} question${members.length === 1 ? '' : 's'})`, width));
    for (const q of members) out.push(line([...cellsOf(q, abbreviated), ...(withText ? [q.text] : [])]));
  }
  return { table: out.join('\n'), abbreviated };
}

export async function listCommand(options: ListOptions, ctx: CommandContext): Promise<number> {
  const bank = await openBankQuick(options, ctx);
  const matching = filterQuestions(bank, options);
  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify(matching.map(questionJson), null, 2)}\n`);
    return 0;
  }
  // The table goes up the ladder (a card counts at its lowest level); the bank's order otherwise.
  const rank = (q: BankQuestion) => (SENIORITY_LEVELS as readonly string[]).indexOf(q.seniority[0] ?? '');
  const questions = matching
    .map((q, i) => ({ q, i }))
    .sort((a, b) => rank(a.q) - rank(b.q) || a.i - b.i)
    .map(({ q }) => q);
  if (questions.length === 0) throw new UserError(explainEmpty(bank, options));
  const c = colourFor(ctx.stdout, ctx.env);
  const width = terminalWidth(ctx.stdout.columns);
  const layout = listLayout(questions, width);
  const [head, ...body] = layout.table.split('\n');
  // Role lines are the ones that are not question rows: they carry no two-space column gap.
  const ids = new Set(questions.map((q) => q.id));
  const styled = body.map((l) => (ids.has(l.split(' ')[0] ?? '') ? l : c.cyan(l)));
  ctx.stdout.write(`${c.bold(head ?? '')}\n${styled.join('\n')}\n`);
  const noun = questions.length === 1 ? 'question' : 'questions';
  const legend = layout.abbreviated ? `${LEVEL_LEGEND}\n` : '';
  ctx.stdout.write(c.dim(`\n${legend}${questions.length} ${noun}. Show one with: collections-prep show <id>\n`));
  return 0;
}
