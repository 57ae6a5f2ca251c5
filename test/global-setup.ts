/**
 * End-to-end tests run the built CLI; `npm test` builds first. When vitest is run on its own
 * (e.g. `npx vitest`), build here so the tests never run against a stale or missing dist/.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHDB_INSTALL, chdbDir, haveChdb } from './sql/engines.js';

export default function setup(): void {
  // chdb is not in the lockfile (about 550 MB): say once that ClickHouse's conformance was left out, and how to run it.
  if (!haveChdb()) process.stderr.write(`ClickHouse SQL tests skipped: chdb is not installed in ${chdbDir()}; to run them: ${CHDB_INSTALL}\n`);
  if (process.env.CLIENTFIT_SKIP_BUILD === '1' && existsSync('dist/meta.json')) return;
  execSync('npm run build --silent', { stdio: 'inherit' });
}
