import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, isolatedEnv, tempDir } from '../helpers/cli.js';

/** The modules a run loads, as paths relative to the repository. */
function loadedModules(args: string[]): string[] {
  const dir = tempDir();
  const trace = join(dir, 'trace.txt');
  execFileSync(process.execPath, ['--import', join(ROOT, 'test', 'helpers', 'trace-imports.mjs'), BIN, ...args], {
    cwd: dir,
    env: isolatedEnv(dir, { TRACE_IMPORTS_FILE: trace }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return readFileSync(trace, 'utf8').trim().split('\n').map((url) => url.replace(`file://${ROOT}`, ''));
}

const HEAVY = /node_modules\/(@inquirer|papaparse|udsv|csv-parse|fast-check)|dist\/csv\/|dist\/cli\/commands\/(score|batch|calibrate)\/run/u;

describe('start-up stays light', () => {
  it('--version loads no command, prompt or CSV code', () => {
    const modules = loadedModules(['--version']);
    expect(modules.filter((path) => HEAVY.test(path) || /yaml|zod|commander|chalk/u.test(path))).toEqual([]);
    expect(modules.some((path) => path.endsWith('dist/cli/main.js'))).toBe(true); // the trace works
  });

  it('check loads no prompt or CSV library', () => {
    const modules = loadedModules(['check']);
    expect(modules.filter((path) => HEAVY.test(path))).toEqual([]);
    expect(modules.some((path) => path.includes('dist/cli/commands/check/run.js'))).toBe(true);
  });
});
