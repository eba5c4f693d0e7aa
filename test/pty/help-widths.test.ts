import { describe, expect, it } from 'vitest';
import { spawnPty } from '../helpers/pty.js';

// Every --help on a real terminal at the widths people use: commander leaves an option's description
// unwrapped when under 40 columns are left beside it, and a new user at 60 columns saw words cut at
// the terminal's edge; there the description goes under its option (cli/help.ts narrowHelp).

const COMMANDS = [[], ['drill'], ['interview'], ['call'], ['list'], ['show'], ['validate'], ['schema'], ['rules'], ['doctor'], ['stats'], ['plan'], ['history']];

describe.each([60, 80])('--help at %i columns', (cols) => {
  it('fits every line of every command\'s help, and keeps each option with its description', async () => {
    for (const command of COMMANDS) {
      const pty = spawnPty([...command, '--help'], { NO_COLOR: '1', PTY_COLS: String(cols) });
      expect(await pty.exit).toBe(0);
      const lines = pty.output().split('\n');
      for (const line of lines) expect(line.length, `${command.join(' ') || '(root)'}: ${line}`).toBeLessThanOrEqual(cols);
      if (command[0] === 'drill') {
        const text = pty.output().replace(/\s+/g, ' ');
        expect(text).toContain('--questions <path...> extra question files or folders, added to the built-in bank');
      }
    }
  });
});
