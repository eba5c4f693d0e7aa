/**
 * Ctrl-C outside a prompt: the first press asks the work to wind down (`onFirst`), a second one
 * ends the process at once with the default SIGINT behaviour (exit 130).
 */
export function watchInterrupt(onFirst: () => void): { readonly interrupted: boolean; stop(): void } {
  let interrupted = false;
  const handler = () => {
    if (interrupted) {
      process.off('SIGINT', handler);
      process.kill(process.pid, 'SIGINT');
      return;
    }
    interrupted = true;
    onFirst();
  };
  process.on('SIGINT', handler);
  return {
    get interrupted() {
      return interrupted;
    },
    stop: () => process.off('SIGINT', handler),
  };
}
