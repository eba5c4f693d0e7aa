import type { CommandContext } from '../context.js';
import type { BatchProgress } from '../session/batch.js';
import { watchInterrupt } from '../ui/interrupt.js';
import { startSpinner } from '../ui/spinner.js';

/**
 * A batch session on the terminal's side: a spinner counting grades (unless turned off), and
 * Ctrl-C: no new grade starts, the report shows what was graded (exit 130); a second Ctrl-C ends
 * at once.
 */
export async function withBatchWatch<T>(
  ctx: Pick<CommandContext, 'stderr' | 'env'>,
  watch: { spinner: boolean; total: number },
  run: (signal: AbortSignal, onProgress: (p: BatchProgress) => void) => Promise<T>,
): Promise<T> {
  const spinner = watch.spinner ? await startSpinner(ctx.stderr, ctx.env, `Grading ${watch.total} answers`) : undefined;
  const stop = new AbortController();
  const sigint = watchInterrupt(() => {
    stop.abort();
    spinner?.stop();
    ctx.stderr.write('Interrupted: finishing the grades under way (Ctrl-C again to stop at once); your answers are saved.\n');
  });
  try {
    return await run(stop.signal, (p) => spinner?.update(`Graded ${p.done}/${p.total}`));
  } finally {
    sigint.stop();
    spinner?.stop();
  }
}
