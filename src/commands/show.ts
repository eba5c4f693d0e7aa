import { findQuestion, type Bank, type BankQuestion } from '../bank/model.js';
import { didYouMean } from '../text/suggest.js';
import { UserError } from '../errors.js';
import { colourFor } from '../ui/colour.js';
import { outputWidth, type CommandContext } from '../context.js';
import { questionJson, renderCard } from '../report/questions.js';
import type { BankOptions } from './bank-options.js';
import { openBankQuick } from './open-bank.js';
import type { DataFormat } from '../limits.js';

export interface ShowOptions extends BankOptions {
  id: string;
  format: DataFormat;
}

export function requireQuestion(bank: Bank, id: string, program = 'collections-prep'): BankQuestion {
  const q = findQuestion(bank, id);
  if (!q) {
    throw new UserError(`no question with id "${id}"${didYouMean(id, bank.questions.map((x) => x.id))}; see "${program} list"`);
  }
  return q;
}

export async function showCommand(options: ShowOptions, ctx: CommandContext): Promise<number> {
  const bank = await openBankQuick(options, ctx);
  const q = requireQuestion(bank, options.id, ctx.program);
  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify(questionJson(q), null, 2)}\n`);
    return 0;
  }
  ctx.stdout.write(renderCard(q, bank, colourFor(ctx.stdout, ctx.env), outputWidth(ctx)));
  return 0;
}
