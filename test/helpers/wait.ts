/**
 * Waits in UI tests (tmux, @inquirer/testing) and the test timeouts scale together: a wait
 * polls until a deadline in wall-clock time, not a number of tries, so a loaded machine gets
 * the same seconds as an idle one. CLIENTFIT_TEST_TIMEOUT_SCALE=N multiplies every one of
 * them (and vitest's test and hook timeouts, vitest.config.ts) for a slower machine.
 */

/** CLIENTFIT_TEST_TIMEOUT_SCALE, a positive number; 1 when unset or not a number. */
export function timeoutScale(env: Record<string, string | undefined> = process.env): number {
  const scale = Number(env.CLIENTFIT_TEST_TIMEOUT_SCALE);
  return Number.isFinite(scale) && scale > 0 ? scale : 1;
}

/**
 * How long a UI test waits for one thing to appear. Measured on the shared 2-core machine at a
 * load average of 15: the slowest single wait of terminal.e2e.test.ts and ask.test.ts took
 * 1.4 s, against the 2.5 s (500 polls of 5 ms) ask.test.ts used to allow. 20 s leaves room.
 */
export const UI_WAIT_MS = 20_000 * timeoutScale();

/**
 * Polls `check` every `interval` ms until it is true; after `timeout` ms, fails with `what()`
 * (the screen) so the failure shows what was there instead.
 */
export async function waitUntil(check: () => boolean, what: () => string, options: { timeout?: number; interval?: number } = {}): Promise<void> {
  const timeout = options.timeout ?? UI_WAIT_MS;
  const deadline = Date.now() + timeout;
  for (;;) {
    if (check()) return;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeout} ms waiting; the screen was:\n${what()}`);
    await new Promise((resolve) => setTimeout(resolve, options.interval ?? 10));
  }
}
