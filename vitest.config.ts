import { defineConfig } from 'vitest/config';
import { timeoutScale } from './test/helpers/wait.js';
import { FORM_PAGE_MODULE, formPageScript } from './.esbuild-page.mjs';

// CLIENTFIT_TEST_TIMEOUT_SCALE=N stretches these and the UI tests' waits (test/helpers/wait.ts) alike.
const scale = timeoutScale();

export default defineConfig({
  // `clientfit form` inlines the page script the build bundles (.esbuild.mjs): the same here.
  plugins: [
    {
      name: 'form-page',
      resolveId: (id: string) => (id === FORM_PAGE_MODULE ? `\0${FORM_PAGE_MODULE}` : undefined),
      load: async (id: string) => (id === `\0${FORM_PAGE_MODULE}` ? `export default ${JSON.stringify(await formPageScript())};` : undefined),
    },
  ],
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
