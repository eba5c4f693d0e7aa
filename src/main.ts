import { EXIT, UserError } from './errors.js';

// The entry point: the one place that prints errors and sets the exit code.
const argv = process.argv.slice(2);
const debug = argv.includes('--debug') || /(^|,)\s*collections-prep\s*(,|$)/.test(process.env.DEBUG ?? '');

// A reader that stops early (`| head`) closes the pipe, and a closed terminal (SIGHUP) fails
// writes with EIO: neither is an error worth a stack trace, nor a reason to skip saving.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'EIO') throw e;
    stream.destroy();
  });
}

async function main(): Promise<void> {
  // --version is answered before anything else loads, so it costs little more than node itself.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    const { packageVersion } = await import('./package.js');
    process.stdout.write(`${packageVersion()}\n`);
    return;
  }
  const { runCli } = await import('./cli/program.js');
  process.exitCode = await runCli(argv);
}

// Loaded only when there is an error to print, so --version stays as lean as node itself.
let wrap: typeof import('./text/layout.js').wrap | undefined;

/** One line for a pipe or a log; on a terminal, wrapped between words to its width (a long path or hint is not cut mid-word). */
function errorLine(message: string): string {
  const line = `collections-prep: ${message}`;
  const columns = process.stderr.isTTY ? process.stderr.columns : 0;
  return columns > 20 && wrap ? wrap(line, columns - 1, '', { hanging: '  ' }) : line;
}

function report(error: unknown): void {
  if (error instanceof UserError) {
    process.stderr.write(`${errorLine(error.message)}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = error.exitCode;
    return;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  process.stderr.write(`${errorLine(`unexpected error: ${err.message}`)}\n`);
  process.stderr.write(debug ? `${err.stack ?? ''}\n` : 'Run again with --debug for details, and please report it.\n');
  process.exitCode = EXIT.failure;
}

main().catch(async (error: unknown) => {
  // (An error that is itself a broken install must still be printed, wrapped or not.)
  if (process.stderr.isTTY) wrap = await import('./text/layout.js').then((m) => m.wrap, () => undefined);
  report(error);
});
