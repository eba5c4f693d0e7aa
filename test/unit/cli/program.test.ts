// The CLI layer of `stats` and `history`: each argv becomes the expected options object.
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../../src/cli/program.js';
import type { Invocation } from '../../../src/commands/index.js';

async function parse(argv: string[]): Promise<Invocation> {
  let got: Invocation | undefined;
  const program = createProgram(async (invocation) => {
    got = invocation;
  });
  const quiet = (cmd: typeof program) => {
    cmd.configureOutput({ writeErr: () => {}, writeOut: () => {} });
    cmd.commands.forEach(quiet);
  };
  quiet(program);
  await program.parseAsync(argv, { from: 'user' });
  if (!got) throw new Error(`nothing dispatched for ${argv.join(' ')}`);
  return got;
}

const history = (options: Record<string, unknown>) => ({
  command: 'history',
  options: { id: undefined, output: undefined, yes: false, limit: undefined, role: undefined, since: undefined, ...options },
});

describe('argv -> options', () => {
  const cases: [string[], unknown][] = [
    [['stats'], { command: 'stats', options: { role: undefined, since: undefined, format: 'text' } }],
    [['stats', '-r', 'agent', '--since', '2026-11-01', '--format', 'json'], { command: 'stats', options: { role: 'agent', since: '2026-11-01', format: 'json' } }],
    [['history'], history({ action: 'list', format: 'text' })],
    [['history', '--limit', '3'], history({ action: 'list', format: 'text', limit: 3 })],
    [['history', 'list', '--format', 'json'], history({ action: 'list', format: 'json' })],
    [['history', 'show', '20261123'], history({ action: 'show', id: '20261123', format: 'text' })],
    [['history', 'show', '20261123', '--format', 'markdown'], history({ action: 'show', id: '20261123', format: 'markdown' })],
    [['history', 'export'], history({ action: 'export', format: 'markdown' })],
    [['history', 'export', '-o', 'p.HTML'], history({ action: 'export', format: 'html', output: 'p.HTML' })],
    [['history', 'export', '-o', 'p.html', '--format', 'markdown'], history({ action: 'export', format: 'markdown', output: 'p.html' })],
    [['history', 'export', '--format', 'html', '--role', 'supervisor', '--since', '2026-11-01'], history({ action: 'export', format: 'html', role: 'supervisor', since: '2026-11-01' })],
    [['history', 'clear'], history({ action: 'clear', format: undefined })],
    [['history', 'clear', '--yes'], history({ action: 'clear', format: undefined, yes: true })],
    [['history', 'clear', '-y'], history({ action: 'clear', format: undefined, yes: true })],
  ];
  for (const [argv, expected] of cases) {
    it(argv.join(' '), async () => {
      expect(await parse(argv)).toEqual(expected);
    });
  }

  it('refuses bad values as usage errors', async () => {
    for (const argv of [['stats', '--format', 'html'], ['history', '--limit', '0'], ['history', 'show'], ['history', 'export', '--format', 'pdf'], ['history', 'clear', '--force']]) {
      await expect(parse(argv), argv.join(' ')).rejects.toMatchObject({ exitCode: expect.any(Number) });
    }
  });
});
