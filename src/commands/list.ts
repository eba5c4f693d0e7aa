import { filterQuestions, explainEmpty } from '../bank/filter.js';
import type { BankQuestion } from '../bank/model.js';
import type { ListOptions } from '../cli.js';
import { UserError } from '../errors.js';
import { colourFor } from '../ui/colour.js';
import { table, terminalWidth, truncate } from '../ui/text.js';
import { openBank } from './bank.js';
import type { CommandContext } from './context.js';

/** A question as files write it, plus where it came from: what `list --format json` and `show --format json` print. */
export function questionJson(q: BankQuestion): Record<string, unknown> {
  const { source, ...fields } = q;
  return { ...fields, file: source.file, line: source.line };
}

export function listTable(questions: readonly BankQuestion[], width: number): string {
  const header = ['ID', 'ROLE', 'LEVELS', 'TYPE'];
  const rows = questions.map((q) => [q.id, q.roles.join(','), q.seniority.join(','), q.type]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const used = widths.reduce((a, b) => a + b + 2, 0);
  // The question text gets whatever room is left; on a narrow terminal it is left out.
  if (width - used >= 20) {
    header.push('QUESTION');
    rows.forEach((r, i) => r.push(truncate(questions[i]!.text, width - used)));
  }
  return table([header, ...rows], width);
}

export async function listCommand(options: ListOptions, ctx: CommandContext): Promise<number> {
  const bank = openBank(options, ctx);
  const questions = filterQuestions(bank, options);
  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify(questions.map(questionJson), null, 2)}\n`);
    return 0;
  }
  if (questions.length === 0) throw new UserError(explainEmpty(bank, options));
  const c = colourFor(ctx.stdout, ctx.env);
  const width = terminalWidth(ctx.stdout.columns);
  const [head, ...body] = listTable(questions, width).split('\n');
  ctx.stdout.write(`${c.bold(head ?? '')}\n${body.join('\n')}\n`);
  const noun = questions.length === 1 ? 'question' : 'questions';
  ctx.stdout.write(c.dim(`\n${questions.length} ${noun}. Show one with: collections-prep show <id>\n`));
  return 0;
}
