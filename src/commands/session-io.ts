import { accessSync, constants, existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { EXIT, UserError, usageError } from '../errors.js';
import { SESSION_FORMATS, type SessionFormat } from '../limits.js';
import { formatFromName } from '../report/format.js';
import { TERMINATION, watchTermination } from '../ui/termination.js';
import { terminalWidth, wrap } from '../text/layout.js';
import type { CommandContext } from '../context.js';

// The command's side of running a session, the same for every command that runs one (drill;
// interview and call reuse it): the -o report file, and SIGTERM/SIGHUP ending a session as
// Ctrl-C does.

/** The report format for -o: --format when given, else the file's extension (.json, .md), else text. */
export function outputFormat(options: { format: SessionFormat; formatGiven: boolean; output?: string }): SessionFormat {
  if (options.formatGiven || !options.output) return options.format;
  const named = formatFromName(options.output, SESSION_FORMATS, 'text');
  if (named === undefined) {
    const ext = /\.[^./\\]+$/.exec(options.output)?.[0] ?? '';
    throw usageError(`-o ${options.output}: no report format is named "${ext}": use .txt (or no extension), .json, .md or .html, or give --format`);
  }
  return named;
}

/** A session command's notes on standard error: wrapped at words in a terminal (unwrapped, a line went on with a space). */
export function stderrNote(ctx: CommandContext): (line: string) => void {
  return (line) => ctx.stderr.write(`${ctx.stderr.isTTY ? wrap(line, terminalWidth(ctx.stderr.columns)) : line}\n`);
}

/**
 * Checks, before the first question, that the -o report can be written there: a new user's
 * `-o /nodir/x.md` failed only after the whole session had been answered and graded.
 */
export function checkReportPath(cwd: string, file: string | undefined): void {
  if (!file) return;
  const path = resolve(cwd, file);
  const dir = dirname(path);
  if (existsSync(path) && statSync(path).isDirectory()) throw new UserError(`cannot write the report to ${file}: it is a folder`);
  if (!existsSync(dir)) throw new UserError(`cannot write the report to ${file}: the folder ${dirname(file)} does not exist`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new UserError(`cannot write the report to ${file}: the folder ${dirname(file)} cannot be written to`);
  }
}

/** Writes the -o report (relative to `cwd`); a file that cannot be written is one line. */
export function writeReportFile(cwd: string, file: string, text: string): void {
  try {
    writeFileSync(resolve(cwd, file), text);
  } catch (e) {
    throw new UserError(`cannot write the report to ${file}: ${(e as Error).message}`);
  }
}

/**
 * Runs a session during which SIGTERM and SIGHUP end it as Ctrl-C does: what was typed is saved,
 * the session closed as interrupted, the terminal restored. `run` gets the signal that says so.
 * The exit code: 143 or 129 after one of them, 130 for a session cut short, else 0.
 * `saved`: what the notice on a signal says is kept (null: it says only that the session stops).
 */
export async function withTermination<T extends { interrupted: boolean }>(
  note: (line: string) => void,
  run: (signal: AbortSignal) => Promise<T>,
  saved: string | null = 'your answers are saved',
): Promise<{ outcome: T; exit: number }> {
  const term = watchTermination((name) => note(`\n${name === 'SIGHUP' ? 'The terminal closed' : 'Terminated'}: stopping now${saved ? `; ${saved}` : ''}.`));
  let outcome: T;
  try {
    outcome = await run(term.signal);
  } finally {
    term.stop();
  }
  const exit = term.received ? TERMINATION[term.received] : outcome.interrupted ? EXIT.interrupted : EXIT.ok;
  return { outcome, exit };
}
