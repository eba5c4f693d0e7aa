import { describe, expect, it } from 'vitest';
import { progressLine } from '../../../src/ui/progress-line.js';

function stream(isTTY: boolean) {
  const out: string[] = [];
  return { out, s: { isTTY, columns: 80, write: (c: string) => out.push(c) } };
}

describe('progressLine', () => {
  it('counts on a terminal for long runs and clears itself', () => {
    const { out, s } = stream(true);
    const p = progressLine(s, {}, 'Checking files');
    p.update(3, 100);
    p.clear();
    expect(out).toEqual(['\rChecking files 3/100\u001b[K', '\r\u001b[K']);
  });

  it('says nothing for short runs, off a terminal, or in CI', () => {
    for (const [tty, env, total] of [[true, {}, 5], [false, {}, 100], [true, { CI: 'true' }, 100]] as const) {
      const { out, s } = stream(tty);
      const p = progressLine(s, env, 'Checking files');
      p.update(1, total);
      p.clear();
      expect(out).toEqual([]);
    }
  });
});
