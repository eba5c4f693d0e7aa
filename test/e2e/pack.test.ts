// The package as users get it: `npm pack`, `npm install -g` of the tarball into a scratch prefix,
// then the installed command run from an unrelated folder, where only its own files can help it.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const exec = promisify(execFile);

/** The environment of a user's shell: npm's own lifecycle variables (set while `npm test` runs) are left out. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return { ...env, NO_COLOR: '1', NO_UPDATE_NOTIFIER: '1' };
}

let scratch: string;
let installed: string;

beforeAll(async () => {
  // `npm test` builds first. Packing must not build again: "prepare" would empty dist/ while other
  // test files are running the CLI from it, so scripts are skipped and the existing build is packed.
  expect(existsSync(join(ROOT, 'dist', 'main.js')), 'dist/ is missing: run "npm run build" (npm test does) first').toBe(true);
  expect(existsSync(join(ROOT, 'dist', 'bank.json')), 'dist/bank.json is missing: the built-in bank did not compile').toBe(true);
  scratch = mkdtempSync(join(tmpdir(), 'cprep-pack-'));
  const env = userEnv();
  await exec('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', scratch], { cwd: ROOT, env });
  const tarballs = readdirSync(scratch).filter((f) => f.endsWith('.tgz'));
  expect(tarballs).toHaveLength(1);
  const prefix = join(scratch, 'prefix');
  await exec(
    'npm',
    ['install', '-g', '--prefix', prefix, join(scratch, tarballs[0]!), '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel', 'error'],
    { cwd: scratch, env, timeout: 100_000 },
  );
  installed = join(prefix, 'bin', 'collections-prep');
}, 120_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function runInstalled(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(installed, args, { cwd: tmpdir(), env: userEnv() });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

describe('npm pack and npm install -g', () => {
  test('the tarball holds the build, the bank and the bin, and no sources or tests', async () => {
    const { stdout } = await exec('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, env: userEnv() });
    const [info] = JSON.parse(stdout) as [{ files: { path: string }[] }];
    const paths = info.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['bin/collections-prep.js', 'dist/main.js', 'dist/bank.json', 'questions/skills.yaml', 'questions/question-file.schema.json', 'package.json']));
    expect(paths.filter((p) => /^(src|test|scripts)\//.test(p) || p.endsWith('.ts'))).toEqual([]);
  }, 60_000);

  test('the installed command prints its version', async () => {
    const r = await runInstalled(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  }, 30_000);

  test('the installed command lists its built-in questions from another folder', async () => {
    const r = await runInstalled(['list', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const questions = JSON.parse(r.stdout) as { id: string; roles: string[]; file: string }[];
    expect(questions.length).toBeGreaterThan(0);
    const roles = new Set(questions.flatMap((q) => q.roles));
    expect(roles.has('agent') && roles.has('supervisor')).toBe(true);
    // The bank is the installed copy, not this checkout (file names are shown relative to the working folder).
    const prefix = join(installed, '..', '..');
    for (const q of questions) expect(resolve(tmpdir(), q.file).startsWith(join(prefix, 'lib', 'node_modules', 'collections-prep', 'questions'))).toBe(true);
  }, 30_000);

  test('the installed command validates its built-in bank', async () => {
    const r = await runInstalled(['validate']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✓ valid: \d+ files, \d+ questions/m);
  }, 30_000);
});
