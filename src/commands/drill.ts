import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkFilters, jobFilters } from '../bank/filter.js';
import { resolveJurisdiction, resolveOptions } from '../config/resolve.js';
import type { CommandContext } from '../context.js';
import { EXIT, UserError, usageError } from '../errors.js';
import { MAX_WAIT, SESSION_FORMATS, type AnswersFormat, type GraderKind, type SessionFormat } from '../limits.js';
import { dataPaths, historyFile, historyIndexFile } from '../paths.js';
import { fileFormat } from '../report/format.js';
import { PLAIN, renderReport } from '../report/render.js';
import { planSelection, type GivenAnswers } from '../selection/plan.js';
import { chooseGrader } from '../session/graders.js';
import { batchBody, runSession, sessionInfo } from '../session/run.js';
import type { HintPrefix } from '../session/summary.js';
import { withBatchWatch } from '../terminal/batch-watch.js';
import { terminalWidth, wrap } from '../text/layout.js';
import { colourFor } from '../ui/colour.js';
import { TERMINATION, watchTermination } from '../ui/termination.js';
import type { BankOptions, FilterOptions } from './bank-options.js';
import { openBankQuick } from './open-bank.js';

// drill: wiring only. The selection is selection/plan.ts, the session session/run.ts (with the
// terminal loop in terminal/drill-session.ts), the rendering report/.

export interface DrillOptions extends BankOptions, FilterOptions {
  count: number;
  countGiven: boolean;
  /** Whether --format was given (otherwise -o takes its format from the file name). */
  formatGiven: boolean;
  /** Print an answers file for the selected questions instead of running the session. */
  template: boolean;
  seed?: number;
  answers?: string;
  answersFormat?: AnswersFormat;
  grader: GraderKind;
  model?: string;
  baseUrl?: string;
  concurrency: number;
  timeout: number;
  /** --max-wait: the LLM's budget for the session in seconds; unset: MAX_WAIT.batchDefault in batch mode, none interactively. */
  maxWait?: number;
  /** --samples: replies per answer with --grader llm. */
  samples: number;
  format: SessionFormat;
  output?: string;
  history: boolean;
  cache: boolean;
  editor: boolean;
  review: boolean;
  /** --include-today (with --review): the questions failed today too. */
  includeToday?: boolean;
  focus?: 'weak';
  /** --id (repeatable): exactly these questions. */
  ids?: string[];
  timeLimit?: number;
  improve: boolean;
  /** Options that took commander's default (not given on the command line): the config file may set them. */
  fromDefault?: ReadonlyArray<'grader' | 'concurrency' | 'timeout' | 'cache'>;
}

/** How suggested commands start: the program as the user ran it, and this session's bank flags. */
export function hintPrefix(options: BankOptions, ctx: Pick<CommandContext, 'program'>): HintPrefix {
  return { program: ctx.program ?? 'collections-prep', bankFlags: bankFlags(options) };
}

/** --questions and --no-builtin as given, so that a suggested command drills the same bank. */
export function bankFlags(options: BankOptions): string[] {
  return [...(options.questions.length ? ['--questions', ...options.questions] : []), ...(options.builtin ? [] : ['--no-builtin'])];
}

/** The report format for -o: --format when given, else the file's extension (.json, .md), else text. */
export function outputFormat(options: Pick<DrillOptions, 'format' | 'formatGiven' | 'output'>): SessionFormat {
  if (options.formatGiven || !options.output) return options.format;
  const named = fileFormat(options.output);
  if (named === undefined || !(SESSION_FORMATS as readonly string[]).includes(named)) {
    const ext = /\.[^./\\]+$/.exec(options.output)?.[0] ?? '';
    throw usageError(`-o ${options.output}: no report format is named "${ext}": use .txt (or no extension), .json, .md or .html, or give --format`);
  }
  return named as SessionFormat;
}

export async function drillCommand(given: DrillOptions, ctx: CommandContext): Promise<number> {
  // On a terminal a note is wrapped at words like every other screen; in a log it stays one line.
  const note = (line: string) => ctx.stderr.write(`${ctx.stderr.isTTY ? wrap(line, terminalWidth(ctx.stderr.columns)) : line}\n`);
  // Flags > environment > config file > defaults.
  const resolved = await resolveJurisdiction(await resolveOptions(given, ctx.env), ctx.env);
  const bank = await openBankQuick(resolved, ctx);
  // --job names a role and level: from here on they are the filters.
  const options = { ...resolved, ...jobFilters(bank, resolved) };
  // Unknown filter values are usage errors whatever the mode, so check them first.
  checkFilters(bank, options);
  const now = ctx.now();
  const paths = dataPaths(ctx.env);
  if (options.template && options.answers !== undefined) throw usageError('--template prints an answers file; it does not take --answers');
  if (options.includeToday && !options.review) throw usageError('--include-today goes with --review: drill --review --include-today');
  // Before any question is asked: a session must not end on a file name it cannot write.
  const fileFormatOut = outputFormat(options);
  if (options.grader !== 'llm' && (given.model !== undefined || given.baseUrl !== undefined)) {
    note(`--model and --base-url apply to --grader llm only; grading with the ${options.grader} grader.`);
  }

  let answers: GivenAnswers | undefined;
  const answersName = options.answers === '-' ? 'standard input' : options.answers;
  if (options.answers !== undefined) {
    const { parseAnswers, guessFormat, readAnswersSource } = await import('../session/answers.js');
    const format = options.answersFormat ?? (options.answers === '-' ? 'text' : guessFormat(options.answers));
    const parsed = await parseAnswers(await readAnswersSource(options.answers, { cwd: ctx.cwd, stdin: ctx.stdin, onNote: note }), answersName!, format);
    answers = parsed;
    if (parsed.kind === 'ordered' && parsed.looksById && options.answersFormat === undefined) {
      note(`${answersName} looks like answers by question id: read as plain text; add --answers-format yaml to read it by id.`);
    }
  } else if (!ctx.stdin.isTTY && !options.template) {
    throw new UserError(
      'no terminal for an interactive session: give answers with --answers FILE, or pipe them with --answers - (answers separated by a line holding only ---)',
    );
  }

  const plan = await planSelection(bank, {
    filters: options,
    count: options.count,
    countGiven: options.countGiven,
    seed: options.seed,
    review: options.review,
    includeToday: options.includeToday,
    // In a terminal, a due question is shown with the last answer to it.
    recall: options.answers === undefined && !options.template,
    focus: options.focus,
    ids: options.ids,
    answers,
    answersName,
    history: { historyFile: historyFile(paths), indexFile: historyIndexFile(ctx.env), readOnly: !options.history },
    now,
    onNote: note,
  });
  if (options.template) {
    const { answersTemplate } = await import('../session/template.js');
    ctx.stdout.write(answersTemplate(plan.questions, bank));
    return EXIT.ok;
  }

  const maxWait = options.maxWait ?? (plan.answers ? MAX_WAIT.batchDefault : undefined);
  const grader = await chooseGrader({ ...options, maxWait, kind: options.grader }, bank, ctx.env, note);
  // With answers by id the filters were not applied: the session is described by its questions.
  const info = sessionInfo({
    now,
    questions: plan.questions,
    grader,
    role: plan.byId ? undefined : options.role,
    levels: plan.byId ? [] : options.seniority,
    seed: options.seed,
    mode: plan.answers ? 'batch' : 'interactive',
    ladders: bank.ladders,
    skillNames: bank.skills,
    ...(plan.byId || options.jurisdiction === undefined ? {} : { jurisdiction: options.jurisdiction }),
  });
  if (info.mode === 'interactive' && options.editor) {
    // Checked before the session starts: the editor prompt itself would only show the error again.
    const { editorProblem } = await import('../ui/editor-check.js');
    const problem = editorProblem(ctx.env);
    if (problem) throw new UserError(problem);
  }
  const hint = hintPrefix(options, ctx);
  const session = { info, questions: plan.questions, grader, historyFile: options.history ? historyFile(paths) : undefined, now: ctx.now, hint };
  let outcome;
  // SIGTERM and SIGHUP end the session as Ctrl-C does: what was typed is saved, the session
  // closed as interrupted, the terminal restored; then exit 143 or 129.
  const term = watchTermination((name) => note(`\n${name === 'SIGHUP' ? 'The terminal closed' : 'Terminated'}: stopping now; your answers are saved.`));
  try {
    if (plan.answers) {
      const body = batchBody(plan.answers, options.grader === 'llm' ? options.concurrency : 1);
      const watch = { spinner: options.format !== 'json', total: plan.answers.length };
      outcome = await withBatchWatch(ctx, watch, (signal, onProgress) =>
        runSession({ ...session, body, signal: AbortSignal.any([signal, term.signal]), cancel: term.signal, onProgress }),
      );
      ctx.stdout.write(renderReport(outcome.report, options.format, { colour: colourFor(ctx.stdout, ctx.env), width: terminalWidth(ctx.stdout.columns) }));
    } else {
      const { interactiveBody } = await import('../terminal/drill-session.js');
      outcome = await runSession({ ...session, body: interactiveBody(bank, { ...options, ...(plan.previous ? { previous: plan.previous } : {}) }, ctx), signal: term.signal, cancel: term.signal });
    }
  } finally {
    term.stop();
  }
  if (options.output) {
    try {
      writeFileSync(resolve(ctx.cwd, options.output), renderReport(outcome.report, fileFormatOut, PLAIN));
    } catch (e) {
      throw new UserError(`cannot write the report to ${options.output}: ${(e as Error).message}`);
    }
    if (options.format !== 'json' || info.mode === 'interactive') note(`Report written to ${options.output}`);
  }
  if (term.received) return TERMINATION[term.received];
  return outcome.interrupted ? EXIT.interrupted : EXIT.ok;
}
