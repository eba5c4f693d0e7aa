import type { Output } from '../context.js';

/**
 * A one-line counter on a terminal ("Checking files 37/100"), for synchronous work where a
 * spinner could not animate. Shown only for long runs; cleared when done. Silent off a terminal.
 */
export function progressLine(stream: Output, env: NodeJS.ProcessEnv, label: string, minTotal = 20) {
  const live = Boolean(stream.isTTY) && !env.CI && env.TERM !== 'dumb';
  let shown = false;
  return {
    update(done: number, total: number): void {
      if (!live || total < minTotal) return;
      shown = true;
      stream.write(`\r${label} ${done}/${total}\u001b[K`);
    },
    clear(): void {
      if (shown) stream.write('\r\u001b[K');
      shown = false;
    },
  };
}
