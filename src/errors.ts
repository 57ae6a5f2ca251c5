/**
 * Exit codes and the error classes that carry them. The one place that maps
 * failures to exit codes (src/cli/main.ts) reads `exitCode` from these.
 */
export const ExitCode = {
  ok: 0,
  /** runtime or data error: unreadable input, bad CSV structure, I/O failure */
  data: 1,
  /** usage error or invalid criteria file */
  usage: 2,
  /** a --fail-on verdict was reached */
  failOn: 3,
  /** interrupted (Ctrl-C) */
  interrupted: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** An error the user can act on: printed as its message, no stack trace. */
export class UserError extends Error {
  readonly exitCode: ExitCodeValue;
  /** extra lines printed after the message (hints, excerpts) */
  readonly details: readonly string[];

  constructor(message: string, options: { exitCode?: ExitCodeValue; details?: readonly string[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    this.exitCode = options.exitCode ?? ExitCode.usage;
    this.details = options.details ?? [];
  }
}

/** Bad data in an input file (CSV, answers, journal): exit 1 unless told otherwise. */
export class DataError extends UserError {
  constructor(message: string, options: { exitCode?: ExitCodeValue; details?: readonly string[]; cause?: unknown } = {}) {
    super(message, { exitCode: ExitCode.data, ...options });
    this.name = 'DataError';
  }
}
