import { filterQuestions, explainEmpty, jobFilters } from '../bank/filter.js';
import { resolveJurisdiction } from '../config/resolve.js';
import { UserError } from '../errors.js';
import { plural } from '../text/plural.js';
import { colourFor } from '../ui/colour.js';
import { wrap } from '../text/layout.js';
import { ladderLine, LEVEL_LEGEND, listLayout, questionJson } from '../report/questions.js';
import { outputWidth, type CommandContext } from '../context.js';
import type { BankOptions, FilterOptions } from './bank-options.js';
import { openBankQuick } from './open-bank.js';
import type { DataFormat } from '../limits.js';

export interface ListOptions extends BankOptions, FilterOptions {
  format: DataFormat;
}

export async function listCommand(given: ListOptions, ctx: CommandContext): Promise<number> {
  const withConfig = await resolveJurisdiction(given, ctx.env);
  const bank = await openBankQuick(withConfig, ctx);
  // --job names a role and level: from here on they are the filters.
  const options = { ...withConfig, ...jobFilters(bank, withConfig) };
  const questions = filterQuestions(bank, options);
  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify(questions.map(questionJson), null, 2)}\n`);
    return 0;
  }
  if (questions.length === 0) throw new UserError(explainEmpty(bank, options));
  const c = colourFor(ctx.stdout, ctx.env);
  const width = outputWidth(ctx);
  // Each role's cards go up its own ladder (see listLayout).
  const layout = listLayout(questions, width, bank.ladders, options.role);
  const [head, ...body] = layout.table.split('\n');
  // Role lines are the ones that are not question rows: they carry no two-space column gap.
  const ids = new Set(questions.map((q) => q.id));
  const styled = body.map((l) => (l.startsWith(' ') ? c.dim(l) : ids.has(l.split(' ')[0] ?? '') ? l : c.cyan(l)));
  ctx.stdout.write(`${c.bold(head ?? '')}\n${styled.join('\n')}\n`);
  const legend = layout.abbreviated ? `${LEVEL_LEGEND}\n` : '';
  // The job titles of the levels listed: the ladder of each role shown, or the one job asked for.
  const shownRoles = options.role !== undefined ? [options.role] : [...new Set(questions.flatMap((q) => q.roles))].sort();
  const job = options.role !== undefined && options.seniority.length === 1 ? bank.ladders.get(options.role)?.levels.find((l) => l.id === options.seniority[0]) : undefined;
  const titles = job
    ? [`Job: ${job.title} (${options.role} ${job.id})`]
    : shownRoles.map((r) => ladderLine(bank.ladders, r)).filter((l): l is string => l !== undefined);
  const titleText = titles.length ? `${titles.map((t) => wrap(t, width, '  ').replace(/^  /, '')).join('\n')}\n` : '';
  // A card written for two roles is a row in each role's group: the count says so, so rows and count agree.
  const twice = options.role === undefined ? questions.filter((q) => new Set(q.roles).size > 1).length : 0;
  const count = `${plural(questions.length, 'question')}${twice ? ` (${twice} listed under two roles)` : ''}`;
  // Wrapped, so that at 60 columns the command is never cut mid-word ("sh / ow", a new user).
  ctx.stdout.write(c.dim(`\n${titleText}${legend}${wrap(`${count}. Show one with: ${ctx.program ?? 'collections-prep'} show <id>`, width)}\n`));
  return 0;
}
