import { findQuestion, type Bank, type BankQuestion } from '../bank/model.js';
import { didYouMean } from '../text/suggest.js';
import { UserError } from '../errors.js';
import { colourFor } from '../ui/colour.js';
import { bullets, terminalWidth, wrap } from '../text/layout.js';
import type { CommandContext } from '../context.js';
import { questionJson } from './list.js';
import type { BankOptions } from './bank-options.js';
import { openBankQuick } from './open-bank.js';
import type { DataFormat } from '../limits.js';

export interface ShowOptions extends BankOptions {
  id: string;
  format: DataFormat;
}
import type { ChalkInstance } from 'chalk';

export function requireQuestion(bank: Bank, id: string): BankQuestion {
  const q = findQuestion(bank, id);
  if (!q) {
    throw new UserError(`no question with id "${id}"${didYouMean(id, bank.questions.map((x) => x.id))}; see "collections-prep list"`);
  }
  return q;
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

export async function showCommand(options: ShowOptions, ctx: CommandContext): Promise<number> {
  const bank = await openBankQuick(options, ctx);
  const q = requireQuestion(bank, options.id);
  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify(questionJson(q), null, 2)}\n`);
    return 0;
  }
  ctx.stdout.write(renderCard(q, bank, colourFor(ctx.stdout, ctx.env), terminalWidth(ctx.stdout.columns)));
  return 0;
}
