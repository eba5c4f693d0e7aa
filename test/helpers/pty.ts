import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN } from './cli.js';

const DRIVER = fileURLToPath(new URL('./pty_driver.py', import.meta.url));
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007|\u001b[()][A-Z0-9]|\r/g;

export interface PtySession {
  /** Everything the program has written, with escape codes removed. */
  output(): string;
  /** Raw bytes as written, escape codes included. */
  raw(): string;
  write(keys: string): void;
  /** Sends a signal to the program (through the driver, as a shell or a closing terminal would). */
  kill(signal: NodeJS.Signals): void;
  /** Resizes the terminal, as dragging its window does (the program gets SIGWINCH). */
  resize(cols: number, rows?: number): void;
  /** Resolves once the text appears in the output after `from` (a previous output length). */
  waitFor(text: string | RegExp, from?: number, timeoutMs?: number): Promise<void>;
  exit: Promise<number | null>;
}

export const KEY = { enter: '\r', ctrlC: '\u0003', ctrlD: '\u0004', down: '\u001b[B', up: '\u001b[A' };

/** Starts the built CLI inside a real pseudo-terminal (python's pty module). */
let sessions = 0;

export function spawnPty(args: string[], env: Record<string, string | undefined> = {}): PtySession {
  const resizeFile = join(tmpdir(), `collections-prep-pty-${process.pid}-${++sessions}`);
  const fullEnv: Record<string, string | undefined> = { ...process.env, TERM: 'xterm-256color', npm_command: undefined, PTY_RESIZE_FILE: resizeFile, ...env };
  for (const k of Object.keys(fullEnv)) if (fullEnv[k] === undefined) delete fullEnv[k];
  const child = spawn('python3', [DRIVER, process.execPath, BIN, ...args], { env: fullEnv as NodeJS.ProcessEnv });
  let raw = '';
  let exited = false;
  child.stdout.setEncoding('utf8').on('data', (d: string) => (raw += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (raw += d));
  const exit = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      exited = true;
      resolve(code);
    }),
  );
  const output = () => raw.replace(ANSI, '');
  return {
    output,
    raw: () => raw,
    write: (keys) => child.stdin.write(keys),
    kill: (signal) => child.kill(signal),
    resize: (cols, rows = 40) => {
      writeFileSync(resizeFile, `${cols} ${rows}`);
      child.kill('SIGUSR1');
    },
    waitFor(text, from = 0, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const found = () => {
          const out = output().slice(from);
          return typeof text === 'string' ? out.includes(text) : text.test(out);
        };
        if (found()) return resolve();
        const timer = setInterval(() => {
          if (found()) {
            clearInterval(timer);
            clearTimeout(limit);
            resolve();
          } else if (exited) {
            clearInterval(timer);
            clearTimeout(limit);
            reject(new Error(`the program ended before showing ${String(text)}; screen:\n${output().slice(-2000)}`));
          }
        }, 20);
        const limit = setTimeout(() => {
          clearInterval(timer);
          reject(new Error(`timed out waiting for ${String(text)}; screen so far:\n${output().slice(-2000)}`));
        }, timeoutMs);
      });
    },
    exit,
  };
}

/** The exit code, or 'bound' when the test had to kill the program after `ms`: the tool must end by itself. */
export async function ended(pty: PtySession, ms = 20_000): Promise<number | null | 'bound'> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<'bound'>((resolve) => (timer = setTimeout(() => resolve('bound'), ms)));
  const result = await Promise.race([pty.exit, bound]);
  clearTimeout(timer);
  if (result === 'bound') pty.kill('SIGKILL');
  return result;
}
