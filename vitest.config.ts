import { defineConfig } from 'vitest/config';
import { timeoutScale } from './test/helpers/wait.js';

// CLIENTFIT_TEST_TIMEOUT_SCALE=N stretches these and the UI tests' waits (test/helpers/wait.ts) alike.
const scale = timeoutScale();

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two test files at a time. Vitest's default on a 2-core machine (CI's, and ours) is one:
    // the suite used to get its second core from the CLI processes it spawned; run in-process,
    // it needs a second worker instead.
    maxWorkers: 2,
    testTimeout: 30_000 * scale,
    hookTimeout: 60_000 * scale,
    globalSetup: ['test/global-setup.ts'],
    // CLIENTFIT_FC_SEED and CLIENTFIT_FC_PATH replay a failed property (test/helpers/fast-check.ts);
    // CLIENTFIT_COUNT_PROCESSES=FILE lists every process the tests start (test/helpers/count-processes.ts).
    setupFiles: ['test/helpers/fast-check.ts', ...(process.env.CLIENTFIT_COUNT_PROCESSES ? ['test/helpers/count-processes.ts'] : [])],
  },
});
