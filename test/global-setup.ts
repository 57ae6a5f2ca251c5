/**
 * End-to-end tests run the built CLI; `npm test` builds first. When vitest is run on its own
 * (e.g. `npx vitest`), build here so the tests never run against a stale or missing dist/.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (process.env.CLIENTFIT_SKIP_BUILD === '1' && existsSync('dist/meta.json')) return;
  execSync('npm run build --silent', { stdio: 'inherit' });
}
