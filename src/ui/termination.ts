import { EXIT } from '../errors.js';

/** The signals that end a session the way Ctrl-C does, with their exit codes (128 + the signal's number). */
export const TERMINATION = { SIGTERM: EXIT.terminated, SIGHUP: EXIT.hangup } as const;
export type TerminationSignal = keyof typeof TERMINATION;

export interface Termination {
  /** The signal that arrived, if one did. */
  readonly received: TerminationSignal | undefined;
  /** Aborted when one arrives: prompts, grades and the batch stop on it. */
  readonly signal: AbortSignal;
  stop(): void;
}

/**
 * SIGTERM and SIGHUP during a session: instead of dying with the answer half typed, the terminal
 * in raw mode and the session open, the session winds down as after Ctrl-C (the prompt is
 * cancelled, which restores the terminal; grades under way stop waiting; what was typed is saved
 * and the session closed as interrupted). A second one ends the process at once.
 */
export function watchTermination(onSignal?: (signal: TerminationSignal) => void): Termination {
  const controller = new AbortController();
  let received: TerminationSignal | undefined;
  const handlers = new Map<TerminationSignal, () => void>();
  const stop = () => {
    for (const [name, handler] of handlers) process.off(name, handler);
    handlers.clear();
  };
  for (const name of Object.keys(TERMINATION) as TerminationSignal[]) {
    const handler = () => {
      if (received) {
        stop();
        process.kill(process.pid, name);
        return;
      }
      received = name;
      onSignal?.(name);
      controller.abort();
    };
    handlers.set(name, handler);
    process.on(name, handler);
  }
  return {
    get received() {
      return received;
    },
    signal: controller.signal,
    stop,
  };
}
