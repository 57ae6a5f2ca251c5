/**
 * Replaying a failed property (vitest.config.ts loads this file for every test file).
 * fc.assert prints `{ seed: N, path: "P", endOnFailure: true }` with every failure; run the
 * test again with that seed and path to get the same counterexample straight away:
 *
 *   CLIENTFIT_FC_SEED=N CLIENTFIT_FC_PATH=P npx vitest run test/FILE -t 'TEST NAME'
 *
 * (The path belongs to one property: pick its test with -t.) The hostile corpus has its own
 * seed, HOSTILE_SEED (test/hostile/hostile.test.ts).
 */
import fc from 'fast-check';

const seed = process.env.CLIENTFIT_FC_SEED;
if (seed !== undefined && seed !== '') {
  const path = process.env.CLIENTFIT_FC_PATH;
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(seed), ...(path ? { path, endOnFailure: true } : {}) });
}
