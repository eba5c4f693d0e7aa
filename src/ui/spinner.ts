import type { Output } from '../context.js';

export interface Spinner {
  update(text: string): void;
  stop(): void;
}

const silent: Spinner = { update() {}, stop() {} };

/**
 * A spinner on stderr, only where one can be drawn: ora 9 spins forever when a terminal reports
 * zero columns, and a pipe or CI log should get no control characters at all.
 */
export async function startSpinner(stream: Output, env: NodeJS.ProcessEnv, text: string): Promise<Spinner> {
  if (!stream.isTTY || !(stream.columns && stream.columns > 0) || env.CI || env.TERM === 'dumb') return silent;
  const { default: ora } = await import('ora');
  const spinner = ora({ text, stream: stream as NodeJS.WritableStream, discardStdin: false }).start();
  return {
    update(t: string) {
      spinner.text = t;
    },
    stop() {
      spinner.stop();
    },
  };
}
