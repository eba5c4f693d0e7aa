/** Exit codes of the public contract. */
export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130, terminated: 143, hangup: 129 } as const;

/**
 * An error the user can act on: printed as one line by the entry point, never with a stack
 * (unless --debug), and mapped to an exit code.
 */
export class UserError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.failure) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}

/** A wrong flag value or combination: exit code 2. */
export function usageError(message: string): UserError {
  return new UserError(message, EXIT.usage);
}
