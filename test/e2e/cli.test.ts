// `the package` end to end: the built CLI, spawned as a user's shell would.
import { describe, expect, test } from 'vitest';
import { run } from '../helpers/cli.js';
import { COMMANDS, json, lines, pkg } from '../helpers/user-banks.js';

describe.concurrent('the package', () => {
  test('--version and -V print the package version', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await run([flag]);
      expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    }
  });

  test('--help lists every command and has examples', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${cmd}\\b`, 'm'));
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toMatch(/^ +\$ collections-prep validate /m);
  });

  test.each(COMMANDS)('%s --help has usage, options and examples', async (cmd) => {
    const r = await run([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: collections-prep ${cmd} `));
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toMatch(new RegExp(`^ +\\$ collections-prep ${cmd}\\b`, 'm'));
  });

  const EVERY_HELP = [[], ...['drill', 'list', 'show', 'validate', 'schema', 'doctor', 'stats', 'history'].map((c) => [c]), ...['list', 'show', 'export', 'clear'].map((c) => ['history', c])];
  test.each(EVERY_HELP.map((args) => [args.join(' ') || '(top)', args] as const))('%s --help fits 80 columns', async (_name, args) => {
    const r = await run([...args, '--help']);
    expect(r.code).toBe(0);
    const wide = r.stdout.split('\n').filter((l) => l.length > 80);
    expect(wide).toEqual([]);
  });

  test.each(EVERY_HELP.map((args) => [args.join(' ') || '(top)', args] as const))('%s --help piped with COLUMNS=60 fits 60 columns', async (_name, args) => {
    const r = await run([...args, '--help'], { env: { COLUMNS: '60' } });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.length > 60)).toEqual([]);
  });

  test('an unknown flag or command is a usage error (exit 2) without a stack trace', async () => {
    const flag = await run(['list', '--colour']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe("collections-prep: unknown option '--colour'\n");
    const command = await run(['lsit']);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/^collections-prep: unknown command 'lsit'\n\(Did you mean list\?\)\n$/);
    const value = await run(['validate', '--format', 'xml']);
    expect(value.code).toBe(2);
    expect(value.stderr).toContain("argument 'xml' is invalid. Allowed choices are text, json, github.");
    expect(lines(value.stderr)).toHaveLength(1);
  });
});
