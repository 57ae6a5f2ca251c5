/**
 * End-to-end tests run the built CLI; `npm test` builds first. When vitest is run on its own
 * (e.g. `npx vitest`), build here so the tests never run against a stale or missing dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (process.env.CLIENTFIT_SKIP_BUILD === '1' && existsSync('dist/cli/main.js')) return;
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
