import { isAbsolute, relative } from 'node:path';
import { terminalWidth } from './text/layout.js';

/** What a command needs from the outside world; tests pass their own. */
export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CommandContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: Output;
  stderr: Output;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  now: () => Date;
  /** How the user ran the program, for the commands that hints suggest ("npx collections-prep"). */
  program?: string;
}

/**
 * The width to lay this command's text out at: the terminal's, else the COLUMNS set for piped output, else the width of
 * the terminal that standard error still shows (`list | head` in a 60-column window came out 80 wide, a new user), else 80
 * (terminalWidth).
 */
export function outputWidth(ctx: Pick<CommandContext, 'stdout' | 'env'> & { stderr?: Output }): number {
  const set = ctx.env.COLUMNS !== undefined && /^\d+$/.test(ctx.env.COLUMNS.trim());
  return terminalWidth(ctx.stdout.columns ?? (set || !ctx.stderr?.isTTY ? undefined : ctx.stderr.columns), ctx.env.COLUMNS);
}

/**
 * The name to put in a suggested command: `npx collections-prep` under npx (the README's quick
 * start puts nothing on the PATH), `collections-prep` when run by that name, else the script.
 */
export function invokedAs(script: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  if (env.npm_command === 'exec' || /[\\/]_npx[\\/]/.test(script ?? '')) return 'npx collections-prep';
  if (!script || /(^|[\\/])collections-prep$/.test(script)) return 'collections-prep';
  const rel = relative(cwd, script);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : script;
  return `node ${/^[\w@%+=:,./-]+$/.test(shown) ? shown : `'${shown.replace(/'/g, `'\\''`)}'`}`;
}

export function processContext(): CommandContext {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    now: () => new Date(),
    program: invokedAs(process.argv[1], process.env, process.cwd()),
  };
}
