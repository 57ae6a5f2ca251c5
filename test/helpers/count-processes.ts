/**
 * CLIENTFIT_COUNT_PROCESSES=FILE (vitest.config.ts loads this file only then): every child
 * process a test starts is appended to FILE as `function<TAB>test file<TAB>test<TAB>command`,
 * to measure which tests pay for a process (issue 11: the share of spawned tests).
 */
import childProcess from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { expect } from 'vitest';

const file = process.env.CLIENTFIT_COUNT_PROCESSES;
const patched = childProcess as unknown as Record<string, (...args: unknown[]) => unknown>;
if (file !== undefined && file !== '') {
  for (const name of ['spawn', 'spawnSync', 'execFile', 'execFileSync', 'exec', 'execSync']) {
    const original = patched[name]!;
    patched[name] = function (this: unknown, ...args: unknown[]): unknown {
      const { testPath, currentTestName } = expect.getState();
      const command = [args[0], ...(Array.isArray(args[1]) ? (args[1] as unknown[]) : [])].map(String).join(' ').replace(/\s+/gu, ' ').slice(0, 200);
      appendFileSync(file, `${name}\t${testPath ?? ''}\t${currentTestName ?? ''}\t${command}\n`);
      return original.apply(this, args);
    };
  }
  // ES modules that import { spawn } from 'node:child_process' see the wrapped functions too.
  syncBuiltinESMExports();
}
