import { filterQuestions, explainEmpty } from '../bank/filter.js';
import type { BankQuestion } from '../bank/model.js';
import type { ListOptions } from '../cli.js';
import { UserError } from '../errors.js';
import { colourFor } from '../ui/colour.js';
import { terminalWidth, truncate } from '../ui/text.js';
import type { CommandContext } from './context.js';
import { openBankQuick } from './open-bank.js';

/** A question as files write it, plus where it came from: what `list --format json` and `show --format json` print. */
export function questionJson(q: BankQuestion): Record<string, unknown> {
  const { source, ...fields } = q;
  return { ...fields, file: source.file, line: source.line };
}

const SHORT_LEVEL: Record<string, string> = { junior: 'jr', mid: 'mid', senior: 'sr', lead: 'lead', manager: 'mgr', director: 'dir' };
export const LEVEL_LEGEND = 'levels: jr junior, sr senior, mgr manager, dir director';

/**
 * The list as a table no wider than `width`. The question text gets whatever room is left (and is
 * left out on a narrow terminal). When the columns are too wide, levels are abbreviated first
 * (the caller prints the legend); only then are LEVELS, ROLE and TYPE shortened with an ellipsis,
 * and the ID last of all.
 */
export function listTable(questions: readonly BankQuestion[], width: number): string {
  return listLayout(questions, width).table;
}

export function listLayout(questions: readonly BankQuestion[], width: number): { table: string; abbreviated: boolean } {
  const GAP = 2;
  const header = ['ID', 'ROLE', 'LEVELS', 'TYPE'];
  const levels = (q: BankQuestion, short: boolean) => q.seniority.map((l) => (short ? SHORT_LEVEL[l] ?? l : l)).join(',');
  const rowsFor = (short: boolean) => questions.map((q) => [q.id, q.roles.join(','), levels(q, short), q.type]);
  const widthsOf = (rows: string[][]) => header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const span = (w: number[]) => w.reduce((a, b) => a + b, 0) + GAP * (w.length - 1);
  let rows = rowsFor(false);
  let widths = widthsOf(rows);
  let abbreviated = false;
  if (span(widths) > width) {
    rows = rowsFor(true);
    widths = widthsOf(rows);
    abbreviated = true;
  }
  const minimum = [12, 6, 6, 6];
  const total = () => span(widths);
  for (const i of [2, 1, 3, 0]) {
    const excess = total() - width;
    if (excess <= 0) break;
    widths[i] = Math.max(minimum[i]!, widths[i]! - excess);
  }
  const room = width - total() - GAP;
  if (room >= 20) {
    header.push('QUESTION');
    widths.push(room);
    rows.forEach((r, i) => r.push(questions[i]!.text));
  }
  const last = widths.length - 1;
  const table = [header, ...rows]
    .map((row) =>
      row
        .map((cell, i) => {
          const text = truncate(cell, widths[i]!);
          return i === last ? text : text.padEnd(widths[i]! + GAP);
        })
        .join('')
        .trimEnd(),
    )
    .join('\n');
  return { table, abbreviated };
}

export async function listCommand(options: ListOptions, ctx: CommandContext): Promise<number> {
  const bank = await openBankQuick(options, ctx);
  const questions = filterQuestions(bank, options);
  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify(questions.map(questionJson), null, 2)}\n`);
    return 0;
  }
  if (questions.length === 0) throw new UserError(explainEmpty(bank, options));
  const c = colourFor(ctx.stdout, ctx.env);
  const width = terminalWidth(ctx.stdout.columns);
  const layout = listLayout(questions, width);
  const [head, ...body] = layout.table.split('\n');
  ctx.stdout.write(`${c.bold(head ?? '')}\n${body.join('\n')}\n`);
  const noun = questions.length === 1 ? 'question' : 'questions';
  const legend = layout.abbreviated ? `${LEVEL_LEGEND}\n` : '';
  ctx.stdout.write(c.dim(`\n${legend}${questions.length} ${noun}. Show one with: collections-prep show <id>\n`));
  return 0;
}
