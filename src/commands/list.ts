import { filterQuestions, explainEmpty } from '../bank/filter.js';
import { levelRank } from '../bank/levels.js';
import type { BankQuestion } from '../bank/model.js';
import { UserError } from '../errors.js';
import { colourFor } from '../ui/colour.js';
import { terminalWidth } from '../text/layout.js';
import { LEVEL_LEGEND, listLayout, questionJson } from '../report/questions.js';
import type { CommandContext } from '../context.js';
import type { BankOptions, FilterOptions } from './bank-options.js';
import { openBankQuick } from './open-bank.js';
import type { DataFormat } from '../limits.js';

export interface ListOptions extends BankOptions, FilterOptions {
  format: DataFormat;
}

export async function listCommand(options: ListOptions, ctx: CommandContext): Promise<number> {
  const bank = await openBankQuick(options, ctx);
  const matching = filterQuestions(bank, options);
  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify(matching.map(questionJson), null, 2)}\n`);
    return 0;
  }
  // The table goes up the ladder (a card counts at its lowest level); the bank's order otherwise.
  const rank = (q: BankQuestion) => levelRank(q.seniority[0] ?? '') ?? -1;
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
