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

/*
 * The class decides the exit code: a usage error is a UserError (2), bad data a DataError (1).
 * `exitCode` in the options is accepted only as the class's own code (call sites that spell it
 * out still compile); a DataError with a usage code, or the reverse, does not compile.
 */

/** A usage or criteria error the user can act on (exit 2): printed as its message, no stack trace. */
export class UserError extends Error {
  readonly exitCode: ExitCodeValue = ExitCode.usage;
  /** extra lines printed after the message (hints, excerpts) */
  readonly details: readonly string[];

  constructor(message: string, options: { exitCode?: typeof ExitCode.usage; details?: readonly string[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    this.details = options.details ?? [];
  }
}

/** Bad data in an input file (CSV, answers, journal), or a failing read or write: exit 1. */
export class DataError extends UserError {
  override readonly exitCode: ExitCodeValue = ExitCode.data;

  constructor(message: string, options: { exitCode?: typeof ExitCode.data; details?: readonly string[]; cause?: unknown } = {}) {
    super(message, { details: options.details, cause: options.cause });
    this.name = 'DataError';
  }
}
