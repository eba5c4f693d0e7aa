import { checkFilters, jobFilters } from '../bank/filter.js';
import type { Bank, BankScenario } from '../bank/model.js';
import { renderCall } from '../call/render.js';
import { scriptedCustomer, type Customer, type NextTurn } from '../call/run.js';
import { filterScenarios, findScenario, listing, type ScenarioFilter } from '../call/scenarios.js';
import { outputWidth, type CommandContext } from '../context.js';
import { EXIT, UserError, usageError } from '../errors.js';
import { wrap } from '../text/layout.js';
import type { CallReport, CallSession } from '../history/call-records.js';
import type { CallGraderKind, SessionFormat } from '../limits.js';
import { historyFile, dataPaths } from '../paths.js';
import { sessionId } from '../session/model.js';
import { colourFor } from '../ui/colour.js';
import type { BankOptions } from './bank-options.js';
import { checkReportPath, outputFormat, stderrNote, withTermination, writeReportFile } from './session-io.js';
import { openBankQuick } from './open-bank.js';

// call: wiring only. The call itself is src/call (engine, score, QA, render); the terminal's
// side is terminal/call-session.ts.

export interface CallOptions extends BankOptions {
  scenario?: string;
  qa?: string;
  turns?: string;
  findings?: string;
  list: boolean;
  role?: string;
  seniority: string[];
  jurisdiction?: 'us' | 'uk';
  job?: string;
  grader: CallGraderKind;
  model?: string;
  baseUrl?: string;
  timeout: number;
  format: SessionFormat;
  formatGiven: boolean;
  output?: string;
  history: boolean;
}

export async function callCommand(options: CallOptions, ctx: CommandContext): Promise<number> {
  const note = stderrNote(ctx);
  const bank = await openBankQuick(options, ctx);
  const job = options.job ? jobFilters(bank, { role: options.role, seniority: options.seniority, job: options.job }) : {};
  const filter: ScenarioFilter = {
    ...(job.role ?? options.role ? { role: job.role ?? options.role } : {}),
    seniority: job.seniority ?? options.seniority,
    ...(options.jurisdiction ? { jurisdiction: options.jurisdiction } : {}),
  };
  checkFilters(bank, filter);

  if (options.list) {
    if (options.scenario || options.qa || options.turns || options.findings) throw usageError('--list prints the scenarios; it takes no --scenario, --qa, --turns or --findings');
    const shown = filterScenarios(bank, filter).map(listing);
    if (options.format === 'json') ctx.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
    else ctx.stdout.write(listText(shown, outputWidth(ctx)));
    return EXIT.ok;
  }
  if (options.format !== 'text' && options.format !== 'json' && options.format !== 'markdown' && options.format !== 'html') throw usageError(`--format ${String(options.format)}: use text, json, markdown or html`);
  if (options.scenario && options.qa) throw usageError('--scenario practises a call and --qa reviews one: give one of them');
  if (options.qa && options.turns) throw usageError('--qa takes the review\'s findings with --findings FILE, not --turns');
  if (!options.qa && options.findings) throw usageError('--findings goes with --qa ID (a call to review)');
  if (options.grader !== 'llm' && (options.model !== undefined || options.baseUrl !== undefined)) {
    note('--model and --base-url apply to --grader llm only; the customer speaks the script.');
  }
  const fileFormat = outputFormat(options);
  checkReportPath(ctx.cwd, options.output);
  const started = ctx.now();
  const batch = options.turns !== undefined || options.findings !== undefined;
  // A mistyped id is the mistake to report, with or without a terminal (a new user got "no terminal" for a typo).
  const chosen = options.scenario ? findScenario(bank, options.scenario, 'call', ctx.program) : undefined;
  const review = options.qa ? findScenario(bank, options.qa, 'qa', ctx.program) : undefined;
  if (!batch && !ctx.stdin.isTTY) {
    throw new UserError(
      options.qa
        ? 'no terminal for an interactive review: give your findings with --findings FILE, or pipe them with --findings - (one finding a line)'
        : 'no terminal for an interactive call: give your turns with --turns FILE, or pipe them with --turns - (turns separated by a line holding only ---)',
    );
  }
  // Before the first turn, not after it is typed: is the LLM server there at all?
  if (!batch) await (await import('./llm-reach.js')).ensureLlmReachable(options, ctx);
  const session: CallSession = { id: sessionId(started, Math.random), started_at: started.toISOString(), grader: options.grader, mode: batch ? 'batch' : 'interactive' };

  // The notice on SIGTERM says only that the call stops (with --no-history nothing is kept).
  const { outcome, exit } = await withTermination(
    note,
    async (term) => {
      const report = review ? await runQa(bank, review, options, ctx, session, term) : await runPractice(bank, filter, chosen, options, ctx, session, term, note);
      return { report, interrupted: report.ended === 'interrupted' };
    },
    null,
  );
  const { report } = outcome;
  if (options.history) {
    const { HistoryWriter } = await import('../history/writer.js');
    const writer = new HistoryWriter(historyFile(dataPaths(ctx.env)));
    try {
      writer.append({ v: 1, kind: 'call', at: ctx.now().toISOString(), report });
    } finally {
      writer.close();
    }
  }
  if (batch || options.qa || options.format !== 'text') {
    ctx.stdout.write(renderCall(report, options.format, { colour: colourFor(ctx.stdout, ctx.env), width: outputWidth(ctx) }));
  }
  // As a drill says it: what an interrupted call kept (a new user's Ctrl-C left the half-typed turn unexplained).
  if (report.ended === 'interrupted' || report.session.interrupted) {
    const kept = review ? 'the findings given so far are saved' : 'the turns sent so far are saved; a turn still being typed is not';
    note(options.history ? `${review ? 'Review' : 'Call'} interrupted: ${kept}.` : `${review ? 'Review' : 'Call'} interrupted (--no-history: nothing was saved).`);
  }
  if (options.output) {
    writeReportFile(ctx.cwd, options.output, renderCall(report, fileFormat));
    if (options.format !== 'json') note(`Report written to ${options.output}`);
  }
  return exit;
}

async function runPractice(bank: Bank, filter: ScenarioFilter, chosen: BankScenario | undefined, options: CallOptions, ctx: CommandContext, session: CallSession, signal: AbortSignal, note: (l: string) => void): Promise<CallReport> {
  const { runCall } = await import('../call/run.js');
  const customer = await customerFor(options, ctx, note);
  const live: CallSession = { ...session, grader: customer.kind, ...(customer.model ? { model: customer.model } : {}) };
  if (options.turns !== undefined) {
    if (!chosen) throw usageError(`--turns needs --scenario ID (see "${ctx.program ?? 'collections-prep'} call --list")`);
    const scenario = chosen;
    const { readTextSource, splitTurns } = await import('../call/turns.js');
    const name = options.turns === '-' ? 'standard input' : options.turns;
    const turns = splitTurns(await readTextSource(options.turns, 'turns', { cwd: ctx.cwd, stdin: ctx.stdin, onNote: note }), name);
    const most = scenario.script!.length;
    if (turns.length > most) {
      throw new UserError(`${name}: ${turns.length} turns, but scenario ${scenario.id} has ${most} customer lines, so a call has at most ${most} candidate turns`);
    }
    let used = 0;
    const nextTurn: NextTurn = async () => (signal.aborted ? 'interrupted' : used < turns.length ? { text: turns[used++]! } : 'end');
    const report = await runCall({ scenario, customer, nextTurn, session: live, skillNames: bank.skills, now: ctx.now, signal });
    if (report.ended === 'hung-up' && used < turns.length) note(`The customer hung up after turn ${used}: ${turns.length - used} of your turns were not used.`);
    return report;
  }
  const { chooseScenario, interactiveCall } = await import('../terminal/call-session.js');
  const scenario: BankScenario = chosen ?? await chooseScenario(filterScenarios(bank, { ...filter, mode: 'call' }), ctx, signal);
  return interactiveCall({ scenario, customer, session: live, skillNames: bank.skills, ctx, signal });
}

async function runQa(bank: Bank, scenario: BankScenario, options: CallOptions, ctx: CommandContext, session: CallSession, signal: AbortSignal): Promise<CallReport> {
  const { qaReport, parseFindings } = await import('../call/qa.js');
  const done = (findings: string[], interrupted = false): CallReport => {
    const report = qaReport({ scenario, findings, session: { ...session, grader: 'offline', finished_at: ctx.now().toISOString(), ...(interrupted ? { interrupted } : {}) }, skillNames: bank.skills });
    return interrupted ? { ...report, ended: 'interrupted' } : report;
  };
  if (options.findings !== undefined) {
    const { readTextSource } = await import('../call/turns.js');
    const name = options.findings === '-' ? 'standard input' : options.findings;
    const findings = parseFindings(await readTextSource(options.findings, 'findings', { cwd: ctx.cwd, stdin: ctx.stdin }));
    if (findings.length === 0) throw new UserError(`${name}: no findings: write one finding a line, e.g. "line 3: discussed the debt before verifying identity"`);
    return done(findings);
  }
  const { interactiveQa } = await import('../terminal/call-session.js');
  const typed = await interactiveQa(scenario, ctx, signal);
  return done(typed.findings, typed.interrupted);
}

async function customerFor(options: CallOptions, ctx: CommandContext, note: (l: string) => void): Promise<Customer> {
  if (options.grader !== 'llm') return scriptedCustomer;
  const { llmCustomer } = await import('../call/llm-customer.js');
  return llmCustomer({ model: options.model, baseUrl: options.baseUrl, timeout: options.timeout }, ctx.env, note);
}

function listText(rows: ReturnType<typeof listing>[], width: number): string {
  if (rows.length === 0) return 'No scenarios match.\n';
  const out: string[] = [];
  // The details line up after the longest id, when that leaves room for them (non-breaking spaces: the id and its padding stay together).
  const longest = Math.max(...rows.map((r) => r.id.length));
  const pad = longest <= width / 2 ? longest : 0;
  for (const r of rows) {
    const what = [r.turns !== null ? `${r.turns}\u00a0turns` : '', r.modes.includes('qa') ? '--qa' : ''].filter(Boolean).join(' · ');
    out.push(wrap(`${r.id.padEnd(pad, '\u00a0')}\u00a0\u00a0${r.jurisdiction.toUpperCase()} · ${r.roles.join(', ')} ${r.seniority.join(', ')} · ${what}`, width, '', { hanging: '    ' }));
    out.push(wrap(r.title, width, '    '));
  }
  return `${out.join('\n')}\n`;
}
