import { checkFilters, jobFilters } from '../bank/filter.js';
import { resolveJurisdiction, resolveOptions, type GradingSettings } from '../config/resolve.js';
import { outputWidth, type CommandContext } from '../context.js';
import { EXIT, UserError, usageError } from '../errors.js';
import { MAX_WAIT, type AnswersFormat, type SessionFormat } from '../limits.js';
import { dataPaths, historyFile, historyIndexFile } from '../paths.js';
import { PLAIN, renderReport } from '../report/render.js';
import { planSelection } from '../selection/plan.js';
import { chooseGrader } from '../session/graders.js';
import { batchBody, runSession, sessionInfo } from '../session/run.js';
import { withBatchWatch } from '../terminal/batch-watch.js';
import { drillLevel } from '../terminal/level-choice.js';
import { colourFor } from '../ui/colour.js';
import { hintPrefix, type BankOptions, type FilterOptions } from './bank-options.js';
import { openBankQuick } from './open-bank.js';
import { checkReportPath, outputFormat, stderrNote, withTermination, writeReportFile } from './session-io.js';

// drill: wiring only. The selection is selection/plan.ts, the session session/run.ts (with the
// terminal loop in terminal/drill-session.ts), the rendering report/, the -o file and signals
// session-io.ts.

/** The grading flags (--grader, --model, ... and which took commander's default) are config's GradingSettings. */
export interface DrillOptions extends BankOptions, FilterOptions, GradingSettings {
  count: number;
  countGiven: boolean;
  /** Whether --format was given (otherwise -o takes its format from the file name). */
  formatGiven: boolean;
  /** Print an answers file for the selected questions instead of running the session. */
  template: boolean;
  seed?: number;
  answers?: string;
  answersFormat?: AnswersFormat;
  /** --max-wait: the LLM's budget for the session in seconds; unset: MAX_WAIT.batchDefault in batch mode, none interactively. */
  maxWait?: number;
  /** --samples: replies per answer with --grader llm. */
  samples: number;
  format: SessionFormat;
  output?: string;
  history: boolean;
  editor: boolean;
  review: boolean;
  /** --include-today (with --review): the questions failed today too. */
  includeToday?: boolean;
  focus?: 'weak';
  /** --id (repeatable): exactly these questions. */
  ids?: string[];
  timeLimit?: number;
  improve: boolean;
  /** --posting: a job advertisement (plain text) that sets the job and weights the selection. */
  posting?: string;
}

export async function drillCommand(given: DrillOptions, ctx: CommandContext): Promise<number> {
  // On a terminal a note is wrapped at words like every other screen; in a log it stays one line.
  const note = stderrNote(ctx);
  // Flags > environment > config file > defaults.
  const resolved = await resolveJurisdiction(await resolveOptions(given, ctx.env), ctx.env);
  const bank = await openBankQuick(resolved, ctx);
  // --job (or --posting, a job ad: see commands/posting.ts) names a role and level: from here on they are the filters.
  const posted = given.posting === undefined ? undefined : (await import('./posting.js')).choosePosting(bank, given, ctx, note);
  const options = { ...resolved, ...(posted ? posted.filters : jobFilters(bank, resolved)) };
  // Unknown filter values are usage errors whatever the mode, so check them first.
  checkFilters(bank, options);
  const now = ctx.now();
  const paths = dataPaths(ctx.env);
  if (options.template && options.answers !== undefined) throw usageError('--template prints an answers file; it does not take --answers');
  if (options.includeToday && !options.review) throw usageError('--include-today goes with --review: drill --review --include-today');
  // Before any question is asked: a session must not end on a file name it cannot write.
  const fileFormatOut = outputFormat(options);
  checkReportPath(ctx.cwd, options.output);
  if (options.grader !== 'llm' && (given.model !== undefined || given.baseUrl !== undefined)) {
    note(`--model and --base-url apply to --grader llm only; grading with the ${options.grader} grader.`);
  }

  if (options.answers === undefined && !ctx.stdin.isTTY && !options.template) {
    throw new UserError('no terminal for an interactive session: give answers with --answers FILE, or pipe them with --answers - (answers separated by a line holding only ---)');
  }
  if (options.answers === undefined && !options.template) await (await import('./llm-reach.js')).ensureLlmReachable(options, ctx);
  // In a terminal with no level: the one remembered, else asked (never in batch mode or with --seed).
  Object.assign(options, await drillLevel(bank, options, ctx, note));
  const supplied = options.answers === undefined ? {} : await (await import('../session/answers.js')).readGivenAnswers(options.answers, options.answersFormat, { cwd: ctx.cwd, stdin: ctx.stdin, onNote: note });
  // With --review, an interview date (plan) brings weak questions back before the day.
  const history = { historyFile: historyFile(paths), indexFile: historyIndexFile(ctx.env), readOnly: !options.history, ...(options.review ? await (await import('./interview-plan.js')).reviewCap(ctx.env) : {}) };
  const { count, countGiven, seed, review, includeToday, focus, ids } = options;
  // In a terminal, a due question is shown with the last answer to it.
  const recall = options.answers === undefined && !options.template;
  const plan = await planSelection(bank, { filters: options, count, countGiven, seed, review, includeToday, recall, focus, ids, ...supplied, history, now, onNote: note, ...(ctx.program ? { program: ctx.program } : {}), ...(posted?.preference ? { preference: posted.preference } : {}) });
  if (options.template) {
    const { answersTemplate } = await import('../session/template.js');
    ctx.stdout.write(answersTemplate(plan.questions, bank, ctx.program));
    return EXIT.ok;
  }

  const maxWait = options.maxWait ?? (plan.answers ? MAX_WAIT.batchDefault : undefined);
  const grader = await chooseGrader({ ...options, maxWait, kind: options.grader }, bank, ctx.env, note);
  // With answers by id the filters were not applied: the session is described by its questions.
  const { role, seniority: levels, jurisdiction } = plan.byId ? { seniority: [] } : options;
  const mode = plan.answers ? 'batch' : 'interactive';
  const info = sessionInfo({ now, questions: plan.questions, grader, role, levels, seed, mode, ladders: bank.ladders, skillNames: bank.skills, ...(jurisdiction ? { jurisdiction } : {}) });
  // Checked before the session starts: the editor prompt itself would only show the error again.
  const editorProblem = mode === 'interactive' && options.editor ? (await import('../ui/editor-check.js')).editorProblem(ctx.env) : undefined;
  if (editorProblem) throw new UserError(editorProblem);
  const session = { info, questions: plan.questions, grader, historyFile: options.history ? historyFile(paths) : undefined, now: ctx.now, hint: hintPrefix(options, ctx) };
  const { outcome, exit } = await withTermination(note, async (term) => {
    if (!plan.answers) {
      const { interactiveBody } = await import('../terminal/drill-session.js');
      return runSession({ ...session, body: interactiveBody(bank, { ...options, ...(plan.previous ? { previous: plan.previous } : {}) }, ctx), signal: term, cancel: term });
    }
    const body = batchBody(plan.answers, options.grader === 'llm' ? options.concurrency : 1);
    const watch = { spinner: options.format !== 'json', total: plan.answers.length };
    const done = await withBatchWatch(ctx, watch, (signal, onProgress) => runSession({ ...session, body, signal: AbortSignal.any([signal, term]), cancel: term, onProgress }));
    ctx.stdout.write(renderReport(done.report, options.format, { colour: colourFor(ctx.stdout, ctx.env), width: outputWidth(ctx) }));
    return done;
  });
  if (options.output) {
    writeReportFile(ctx.cwd, options.output, renderReport(outcome.report, fileFormatOut, PLAIN));
    if (options.format !== 'json' || info.mode === 'interactive') note(`Report written to ${options.output}`);
  }
  return exit;
}
