import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['test/global-setup.ts'],
    // CLIENTFIT_COUNT_PROCESSES=FILE lists every process the tests start (test/helpers/count-processes.ts).
    setupFiles: process.env.CLIENTFIT_COUNT_PROCESSES ? ['test/helpers/count-processes.ts'] : [],
  },
});
