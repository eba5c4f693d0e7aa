import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { errnoMessage } from '../bank/files.js';
import { MAX_FILE_BYTES, sizeProblem } from '../bank/text-file.js';
import { resolve } from 'node:path';
import { checkFilters, explainEmpty, filterQuestions } from '../bank/filter.js';
import type { Bank, BankQuestion } from '../bank/model.js';
import { seededRandom, selectQuestions } from '../bank/select.js';
import { SENIORITY_LEVELS } from '../bank/levels.js';
import { didYouMean } from '../bank/suggest.js';
import type { DrillOptions } from '../cli.js';
import { EXIT, UserError, usageError } from '../errors.js';
import { noneGrader, offlineGrader, type Grader } from '../grading/grader.js';
import { dataPaths, historyFile } from '../history/paths.js';
import { HistoryWriter } from '../history/writer.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { summarise } from '../report/summary.js';
import { renderText, type TextStyle } from '../report/text.js';
import { sessionId, type ResultEntry, type SessionInfo, type SessionReport } from '../session/model.js';
import { SessionRecorder } from '../session/recorder.js';
import { colourFor } from '../ui/colour.js';
import { watchInterrupt } from '../ui/interrupt.js';
import { startSpinner } from '../ui/spinner.js';
import { terminalWidth } from '../ui/text.js';
import { openBankQuick } from './open-bank.js';
import type { CommandContext } from './context.js';
import { Chalk } from 'chalk';
import { resolveDrillOptions } from '../config/resolve.js';

export function renderReport(report: SessionReport, format: DrillOptions['format'], style?: TextStyle): string {
  if (format === 'json') return renderJson(report);
  if (format === 'markdown') return renderMarkdown(report);
  return renderText(report, style);
}

async function readAnswersSource(source: string, ctx: CommandContext): Promise<Uint8Array> {
  if (source === '-') {
    if (ctx.stdin.isTTY) {
      ctx.stderr.write('Reading answers from the terminal: separate answers with a line holding only ---, then press Ctrl-D.\n');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of ctx.stdin) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      chunks.push(buf);
      // Stop reading early: past the limit the content is refused anyway.
      if (size > 1024 * 1024) break;
    }
    return Buffer.concat(chunks);
  }
  try {
    // Checked before reading: a device (/dev/zero) or a huge file must not be read whole.
    const full = resolve(ctx.cwd, source);
    const stat = statSync(full);
    if (stat.isDirectory()) throw new UserError(`cannot read answers from ${source}: ${errnoMessage({ code: 'EISDIR' }, '')}`);
    if (!stat.isFile()) throw new UserError(`cannot read answers from ${source}: not a regular file`);
    if (stat.size > MAX_FILE_BYTES) throw new UserError(`cannot read answers from ${source}: ${sizeProblem(stat.size)}`);
    return readFileSync(full);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`cannot read answers from ${source}: ${errnoMessage(e, (e as Error).message)}`);
  }
}

async function makeGrader(options: DrillOptions, bank: Bank, ctx: CommandContext): Promise<Grader> {
  if (options.grader === 'none') return noneGrader();
  if (options.grader === 'offline') return offlineGrader(bank.skills);
  const { createLlmGrader } = await import('../grading/llm/setup.js');
  return createLlmGrader(options, bank, ctx);
}

/** The report format for -o: --format when given, else the file's extension (.json, .md), else text. */
export function outputFormat(options: Pick<DrillOptions, 'format' | 'formatGiven' | 'output'>): DrillOptions['format'] {
  if (options.formatGiven || !options.output) return options.format;
  if (/\.json$/i.test(options.output)) return 'json';
  if (/\.(md|markdown)$/i.test(options.output)) return 'markdown';
  return options.format;
}

function note(ctx: CommandContext, message: string): void {
  ctx.stderr.write(`${message}\n`);
}

export async function drillCommand(given: DrillOptions, ctx: CommandContext): Promise<number> {
  // Flags > environment > config file > defaults.
  const options = await resolveDrillOptions(given, ctx);
  const bank = await openBankQuick(options, ctx);
  // Unknown filter values are usage errors whatever the mode, so check them first.
  checkFilters(bank, options);
  const now = ctx.now();
  const paths = dataPaths(ctx.env);
  if (options.template && options.answers !== undefined) throw usageError('--template prints an answers file; it does not take --answers');
  if (options.grader !== 'llm' && (given.model !== undefined || given.baseUrl !== undefined)) {
    note(ctx, `--model and --base-url apply to --grader llm only; grading with the ${options.grader} grader.`);
  }

  let answersById: { id: string; answer: string }[] | undefined;
  let ordered: string[] | undefined;
  if (options.answers !== undefined) {
    const { parseAnswers, guessFormat } = await import('../session/answers.js');
    const format = options.answersFormat ?? (options.answers === '-' ? 'text' : guessFormat(options.answers));
    const name = options.answers === '-' ? 'standard input' : options.answers;
    const parsed = await parseAnswers(await readAnswersSource(options.answers, ctx), name, format);
    if (parsed.kind === 'by-id') answersById = parsed.answers;
    else {
      ordered = parsed.answers;
      if (parsed.looksById && options.answersFormat === undefined) {
        note(ctx, `${name} looks like answers by question id: read as plain text; add --answers-format yaml to read it by id.`);
      }
    }
  } else if (!ctx.stdin.isTTY && !options.template) {
    throw new UserError(
      'no terminal for an interactive session: give answers with --answers FILE, or pipe them with --answers - (answers separated by a line holding only ---)',
    );
  }

  let questions: BankQuestion[];
  if (answersById) {
    // The answers name their questions: the session is exactly those, in file order.
    if (answersById.length === 0) throw new UserError(`${options.answers}: no answers in the file`);
    const ignored = [
      options.role !== undefined && '--role',
      options.seniority.length > 0 && '--seniority',
      options.skill.length > 0 && '--skill',
      options.type.length > 0 && '--type',
      options.countGiven && '--count',
      options.seed !== undefined && '--seed',
    ].filter(Boolean);
    if (ignored.length > 0) note(ctx, `Answers by question id set the session, so ${ignored.join(', ')} ${ignored.length === 1 ? 'is' : 'are'} not applied.`);
    const ids = bank.questions.map((q) => q.id);
    questions = answersById.map(({ id }) => {
      const q = bank.questions.find((x) => x.id === id);
      if (!q) throw new UserError(`${options.answers}: unknown question id "${id}"${didYouMean(id, ids)}`);
      return q;
    });
  } else {
    const pool = filterQuestions(bank, options);
    if (pool.length === 0) throw new UserError(explainEmpty(bank, options));
    let count = options.count;
    if (ordered && !options.countGiven) count = ordered.length;
    if (ordered && ordered.length === 0) throw new UserError(`${options.answers === '-' ? 'standard input' : options.answers}: no answers found`);
    const random = options.seed !== undefined ? seededRandom(options.seed) : seededRandom(Math.floor(Math.random() * 2 ** 32));
    let penalty: ((q: BankQuestion) => number) | undefined;
    let preference: ((q: BankQuestion) => number) | undefined;
    let first: string[] | undefined;
    if (options.seed === undefined || options.review || options.focus) {
      const { selectionBias } = await import('./drill-history.js');
      const bias = await selectionBias(options, pool, ctx, now);
      ({ penalty, preference, first } = bias);
      for (const line of bias.notes) note(ctx, line);
    }
    const selection = selectQuestions(pool, { count, random, penalty, preference, first });
    questions = selection.questions;
    if (ordered && ordered.length !== questions.length) {
      const asked = options.countGiven ? `--count ${options.count}` : `${ordered.length} answers`;
      throw new UserError(
        `got ${ordered.length} answer${ordered.length === 1 ? '' : 's'} for ${questions.length} question${questions.length === 1 ? '' : 's'} (${asked}; ${pool.length} match the filters): give one answer per question, separated by lines holding only ---`,
      );
    }
    if (ordered && options.seed === undefined && !options.review && pool.length > questions.length) {
      note(ctx, 'Plain-text answers without --seed go to questions picked at random; for answers prepared in advance, use --seed or --template.');
    }
    if (selection.shortBy > 0) {
      note(ctx, `Only ${pool.length} question${pool.length === 1 ? '' : 's'} match${pool.length === 1 ? 'es' : ''} the filters; drilling all of them.`);
    }
  }

  if (options.template) {
    const { answersTemplate } = await import('../session/template.js');
    ctx.stdout.write(answersTemplate(questions, bank));
    return EXIT.ok;
  }

  const grader = await makeGrader(options, bank, ctx);
  const levels = SENIORITY_LEVELS.filter((l) => questions.some((q) => q.seniority.includes(l)));
  const info: SessionInfo = {
    id: sessionId(now, Math.random),
    started_at: now.toISOString(),
    // With answers by id the filters were not applied: the session is described by its questions.
    role: (answersById ? undefined : options.role) ?? (new Set(questions.flatMap((q) => q.roles)).size === 1 ? questions[0]!.roles[0]! : null),
    levels: options.seniority.length && !answersById ? options.seniority : levels,
    grader: options.grader,
    seed: options.seed ?? null,
    mode: answersById || ordered ? 'batch' : 'interactive',
    ...(grader.model ? { model: grader.model } : {}),
  };
  if (info.mode === 'interactive' && options.editor) {
    // Checked before the session starts: the editor prompt itself would only show the error again.
    const { editorProblem } = await import('../ui/editor-check.js');
    const problem = editorProblem(ctx.env);
    if (problem) throw new UserError(problem);
  }
  const writer = options.history ? new HistoryWriter(historyFile(paths)) : undefined;
  const recorder = new SessionRecorder(info, writer, ctx.now);
  recorder.start(questions.length);

  let results: ResultEntry[];
  let interrupted = false;
  try {
    if (info.mode === 'batch') {
      const items = answersById
        ? questions.map((question, i) => ({ question, answer: answersById![i]!.answer }))
        : questions.map((question, i) => ({ question, answer: ordered![i]! }));
      const { runBatch } = await import('../session/batch.js');
      const spinner = options.format === 'json' ? undefined : await startSpinner(ctx.stderr, ctx.env, `Grading ${items.length} answers`);
      // Ctrl-C: no new grade starts, the report shows what was graded, exit 130; a second Ctrl-C ends at once.
      const stop = new AbortController();
      const sigint = watchInterrupt(() => {
        stop.abort();
        spinner?.stop();
        note(ctx, 'Interrupted: finishing the grades under way (Ctrl-C again to stop at once); your answers are saved.');
      });
      try {
        results = await runBatch({
          items,
          grader,
          recorder,
          concurrency: options.grader === 'llm' ? options.concurrency : 1,
          onProgress: (p) => spinner?.update(`Graded ${p.done}/${p.total}`),
          signal: stop.signal,
        });
      } finally {
        sigint.stop();
        spinner?.stop();
      }
      interrupted = stop.signal.aborted;
    } else {
      const { runInteractive } = await import('../session/interactive.js');
      const outcome = await runInteractive({ questions, bank, grader, recorder, options, ctx, info });
      results = outcome.results;
      interrupted = outcome.interrupted;
    }
  } catch (e) {
    // A session stopped by an error (a refused API key, say) is closed in history too: its
    // answers are already there, and it is marked as cut short rather than left open. If even
    // that write fails, the first error is the one to report.
    try {
      recorder.end(true);
    } catch {
      // reported below
    }
    throw e;
  }
  recorder.end(interrupted);
  info.finished_at = ctx.now().toISOString();
  if (interrupted) info.interrupted = true;
  const report: SessionReport = { version: 1, session: info, results, summary: summarise(results, info) };

  if (info.mode === 'batch') {
    const style = { colour: colourFor(ctx.stdout, ctx.env), width: terminalWidth(ctx.stdout.columns) };
    ctx.stdout.write(renderReport(report, options.format, style));
  }
  if (options.output) {
    try {
      writeFileSync(resolve(ctx.cwd, options.output), renderReport(report, outputFormat(options), { colour: new Chalk({ level: 0 }), width: 80 }));
    } catch (e) {
      throw new UserError(`cannot write the report to ${options.output}: ${(e as Error).message}`);
    }
    if (options.format !== 'json' || info.mode === 'interactive') note(ctx, `Report written to ${options.output}`);
  }
  return interrupted ? EXIT.interrupted : EXIT.ok;
}

