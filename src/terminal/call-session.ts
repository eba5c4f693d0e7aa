import type { BankScenario } from '../bank/model.js';
import { flagLine, renderCallText } from '../call/render.js';
import { runCall, type Customer } from '../call/run.js';
import { outputWidth, type CommandContext } from '../context.js';
import { UserError } from '../errors.js';
import type { CallReport, CallSession } from '../history/call-records.js';
import { printable } from '../text/control.js';
import { wrap } from '../text/layout.js';
import { colourFor } from '../ui/colour.js';

// The terminal side of a call: the brief, each line of the other side as it comes, a prompt for
// each turn, and every breach shown the moment the turn is sent, with its rule.

function isExit(e: unknown): boolean {
  return e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');
}

const HANG_UP = new Set([':hangup', ':hang-up', ':end', ':bye', ':q', ':quit']);

/** A scenario chosen from a list (those that fit -r, -s, -j, --job). */
export async function chooseScenario(scenarios: readonly BankScenario[], ctx: CommandContext, signal?: AbortSignal): Promise<BankScenario> {
  if (scenarios.length === 0) throw new UserError(`no scenario fits these filters: "${ctx.program ?? 'collections-prep'} call --list" shows them all`);
  const { select } = await import('../ui/prompts.js');
  // The prompt breaks a line too long for the terminal wherever it reaches the edge, mid-word: each
  // choice is one line that fits, and the one highlighted shows its details, wrapped, beneath.
  const width = outputWidth(ctx);
  try {
    return await select(
      {
        // More than one page: say so, or the last ones (the supervisors' coaching calls) go unseen (a new user).
        message: scenarios.length > 12 ? `Which call? (${scenarios.length}, ↑↓ to see them all)` : 'Which call?',
        choices: scenarios.map((s) => ({
          name: fitWords(`${s.jurisdiction.toUpperCase()}  ${s.title}`, width - 2),
          short: s.id,
          description: wrap(`${s.title}\n${s.jurisdiction.toUpperCase()} rules · ${s.roles.join(', ')} · ${s.seniority.join(', ')}\n${s.brief}`, width),
          value: s,
        })),
        pageSize: 12,
      },
      { input: ctx.stdin, output: ctx.stdout as NodeJS.WritableStream, ...(signal ? { signal } : {}) },
    );
  } catch (e) {
    if (isExit(e)) throw new UserError('No call chosen.', 130);
    throw e;
  }
}

/** The text cut at a word to fit the width, with an ellipsis when anything is left out. */
function fitWords(text: string, width: number): string {
  if (text.length <= width) return text;
  const cut = text.slice(0, width - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > width / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * What the prompt shows after its label once the turn is sent: the text word-wrapped to the
 * terminal, continuation lines under its first word (the prompt itself would break it mid-word at
 * the edge). While typing, the line runs on at the edge as the terminal draws it.
 */
function sentAs(label: string, width: number): (value: string, state: { isFinal: boolean }) => string {
  return (value, { isFinal }) => {
    if (!isFinal) return value;
    // The prompt draws " LABEL VALUE": one space before the label (its empty prefix), one after;
    // the first line gains that space, so all are wrapped one short.
    const full = wrap(`${label} ${value}`, width - 1, '', { hanging: ' '.repeat(label.length + 2) });
    return full.slice(label.length + 1);
  };
}

export interface InteractiveCallInput {
  scenario: BankScenario;
  customer: Customer;
  session: CallSession;
  skillNames: ReadonlyMap<string, { name: string }>;
  ctx: CommandContext;
  signal?: AbortSignal;
}

export async function interactiveCall({ scenario, customer, session, skillNames, ctx, signal }: InteractiveCallInput): Promise<CallReport> {
  const { input } = await import('../ui/prompts.js');
  const c = colourFor(ctx.stdout, ctx.env);
  const width = outputWidth(ctx);
  const out = (s = '') => ctx.stdout.write(`${s}\n`);
  const who = scenario.persona.name.replace(/\s*\(.*\)$/, '');
  out(c.bold(wrap(`Call: ${scenario.title}`, width)));
  out(c.dim(wrap(`${scenario.jurisdiction.toUpperCase()} rules · ${scenario.facts.balance} · ${scenario.facts.days_past_due} days past due`, width)));
  out(wrap(scenario.brief, width));
  out(c.dim(wrap('Type what you say and press Enter. :hangup ends the call; Ctrl-C stops it.', width)));
  out();
  const promptContext = { input: ctx.stdin, output: ctx.stdout as NodeJS.WritableStream, ...(signal ? { signal } : {}) };
  const report = await runCall({
    scenario,
    customer,
    session,
    skillNames,
    now: ctx.now,
    ...(signal ? { signal } : {}),
    nextTurn: async () => {
      for (;;) {
        let text: string;
        try {
          text = await input({ message: 'You:', theme: { prefix: '' }, transformer: sentAs('You:', width) }, promptContext);
        } catch (e) {
          if (isExit(e)) return 'interrupted';
          throw e;
        }
        const said = printable(text).trim();
        if (HANG_UP.has(said.toLowerCase())) return 'end';
        if (said) return { text: said };
      }
    },
    events: {
      onCustomer: (text, notice) => {
        out(wrap(`${c.cyan(`${who}:`)} ${text}`, width, '', { hanging: '  ' }));
        if (notice) out(c.dim(wrap(`(${notice})`, width, '  ')));
      },
      onTurn: (r) => {
        // Continuation lines under the text, not under the ⚠ (a new user at 60 columns).
        for (const f of r.flags) out(c.red(wrap(`⚠ That breaks a rule: ${flagLine(f)}`, width, '  ', { hanging: '    ' })));
        const goals = scenario.goals ?? [];
        for (const id of r.met) out(c.green(wrap(`✓ ${goals.find((g) => g.id === id)?.goal ?? id}`, width, '  ')));
        for (const id of r.withheld) out(c.yellow(wrap(`✗ Not counted, the turn broke a rule: ${goals.find((g) => g.id === id)?.goal ?? id}`, width, '  ')));
      },
    },
  });
  out();
  if (report.ended === 'hung-up') out(c.yellow(`${who} hung up.`));
  out(renderCallText(report, { colour: c, width, transcript: false }));
  return report;
}

/** A QA review on a terminal: the call, numbered, then the findings typed one a line. */
export async function interactiveQa(scenario: BankScenario, ctx: CommandContext, signal?: AbortSignal): Promise<{ findings: string[]; interrupted: boolean }> {
  const { input } = await import('../ui/prompts.js');
  const c = colourFor(ctx.stdout, ctx.env);
  const width = outputWidth(ctx);
  const out = (s = '') => ctx.stdout.write(`${s}\n`);
  out(c.bold(wrap(`QA review: ${scenario.title}`, width)));
  out(wrap(scenario.brief, width));
  out();
  const digits = String(scenario.qa!.transcript.length).length;
  scenario.qa!.transcript.forEach((l, i) => {
    const n = `${i + 1}.`;
    out(wrap(`${n} ${l.speaker === 'agent' ? c.bold('Agent:') : c.cyan('Customer:')} ${l.text}`, width, ' '.repeat(digits + 1 - n.length), { hanging: ' '.repeat(digits + 2) }));
  });
  out();
  out(c.dim(wrap('List the breaches, one a line, with the line number ("line 3: no identity check"). An empty line finishes.', width)));
  const findings: string[] = [];
  const promptContext = { input: ctx.stdin, output: ctx.stdout as NodeJS.WritableStream, ...(signal ? { signal } : {}) };
  for (;;) {
    let text: string;
    try {
      const label = `Finding ${findings.length + 1}:`;
      text = await input({ message: label, theme: { prefix: '' }, transformer: sentAs(label, width) }, promptContext);
    } catch (e) {
      if (isExit(e)) return { findings, interrupted: true };
      throw e;
    }
    const said = printable(text).trim();
    if (!said) break;
    findings.push(said);
  }
  return { findings, interrupted: false };
}
