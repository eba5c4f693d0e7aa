import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'collections-prep.js');

export interface RunResult {
  code: number | null;
  /** The signal that ended the process, if one did. */
  signal?: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when the test's bound (`boundMs`) had to kill the process: the tool did not end by itself. */
  bounded?: boolean;
}

export interface RunOptions {
  input?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
  home?: string;
  /** Kill the process after this long (a test that could hang asserts `bounded` is false). */
  boundMs?: number;
}

/** Spawns the built CLI the way a user's shell would, with its own data folder and no colour. */
export function run(args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // npm_command: under `npx vitest` it says exec, and the CLI would take itself to be run by npx.
    // COLUMNS is left out unless a test sets it: piped output follows it, and the developer's shell may export one.
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, npm_command: undefined, COLUMNS: undefined, ...options.env };
    if (options.home) env.COLLECTIONS_PREP_HOME = options.home;
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: env as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let bounded = false;
    const bound = options.boundMs
      ? setTimeout(() => {
          bounded = true;
          child.kill('SIGKILL');
        }, options.boundMs)
      : undefined;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (bound) clearTimeout(bound);
      resolve({ code, stdout, stderr, ...(signal ? { signal } : {}), ...(options.boundMs ? { bounded } : {}) });
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}

/** A temporary folder that a test fills with files; `cleanup` removes it. */
export function tempDir(files: Record<string, string | Uint8Array> = {}): { dir: string; path: (p: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'cprep-'));
  for (const [name, content] of Object.entries(files)) {
    const full = join(dir, name);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return { dir, path: (p) => join(dir, p), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Temporary folders made by a test (with files, as tempDir takes them) and removed after it: for
 * tests that run the CLI with a data folder of their own. Call at the top level of a test file.
 */
export function useTempDirs(): (files?: Record<string, string | Uint8Array>) => ReturnType<typeof tempDir> {
  const made: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of made.splice(0)) cleanup();
  });
  return (files = {}) => {
    const t = tempDir(files);
    made.push(t.cleanup);
    return t;
  };
}
