import { compiledLoader } from '../bank/compiled.js';
import { filterQuestions, explainEmpty } from '../bank/filter.js';
import { makeBank, type Bank, type BankQuestion } from '../bank/model.js';
import type { BankOptions, ListOptions } from '../cli.js';
import { UserError } from '../errors.js';
import { BUILTIN_DIR, COMPILED_BANK } from '../paths.js';
import { colourFor } from '../ui/colour.js';
import { terminalWidth, truncate } from '../ui/text.js';
import type { CommandContext } from './context.js';

/**
 * The bank, like openBank, but when only the built-in bank is asked for and its pre-compiled copy
 * is current, the YAML parser and zod are not loaded at all: that copy was validated at build
 * time. (./bank.js imports the full loader, so it is imported only when it is needed.)
 */
export async function openBankQuick(options: BankOptions, ctx: CommandContext): Promise<Bank> {
  if (options.builtin && options.questions.length === 0) {
    const compiled = compiledLoader(COMPILED_BANK, ctx.cwd)(BUILTIN_DIR);
    if (compiled) return makeBank(compiled.skills, compiled.questions);
  }
  const { openBank } = await import('./bank.js');
  return openBank(options, ctx);
}

/** A question as files write it, plus where it came from: what `list --format json` and `show --format json` print. */
export function questionJson(q: BankQuestion): Record<string, unknown> {
  const { source, ...fields } = q;
  return { ...fields, file: source.file, line: source.line };
}

/**
 * The list as a table no wider than `width`. The question text gets whatever room is left (and is
 * left out on a narrow terminal); if even the other columns are too wide, ROLE, LEVELS and TYPE
 * are shortened (in that order of preference: LEVELS, ROLE, TYPE), with an ellipsis, and the ID last of all.
 */
export function listTable(questions: readonly BankQuestion[], width: number): string {
  const GAP = 2;
  const header = ['ID', 'ROLE', 'LEVELS', 'TYPE'];
  const rows = questions.map((q) => [q.id, q.roles.join(','), q.seniority.join(','), q.type]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const minimum = [12, 6, 6, 6];
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1);
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
  return [header, ...rows]
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
  const [head, ...body] = listTable(questions, width).split('\n');
  ctx.stdout.write(`${c.bold(head ?? '')}\n${body.join('\n')}\n`);
  const noun = questions.length === 1 ? 'question' : 'questions';
  ctx.stdout.write(c.dim(`\n${questions.length} ${noun}. Show one with: collections-prep show <id>\n`));
  return 0;
}
