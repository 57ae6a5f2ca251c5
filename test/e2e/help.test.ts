/** Help that shows how: every command's --help ends with real examples; -v is the version too. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCalibrate } from '../../src/cli/commands/calibrate/run.js';
import type { CalibrateOptions } from '../../src/cli/commands/calibrate/types.js';
import { ROOT, run, tempDir } from '../helpers/main.js';
import { memoryIO } from '../helpers/memory-io.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('--help', () => {
  it.each([[], ['score'], ['batch'], ['calibrate'], ['history'], ['outcome'], ['init'], ['check'], ['completion']])('clientfit %s --help ends with two or three examples', async (...command) => {
    const result = await run([...command, '--help']);
    expect(result.code).toBe(0);
    const lines = result.out.trimEnd().split('\n');
    const start = lines.lastIndexOf('Examples:');
    expect(start).toBeGreaterThan(0);
    // an example's description wraps under itself when the line is wider than the terminal (80 here)
    const examples = lines.slice(start + 1).filter((line) => !/^ {3}/u.test(line));
    expect(examples.length).toBeGreaterThanOrEqual(2);
    expect(examples.length).toBeLessThanOrEqual(3);
    for (const example of examples) expect(example).toMatch(/^ {2}(clientfit|eval "\$\(clientfit) /u);
  });
});

describe('-v', () => {
  it('prints the version, as --version and -V do', async () => {
    for (const flag of ['-v', '-V', '--version']) {
      const result = await run([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${VERSION}\n`);
    }
  });
});

describe('calibrate with no input', () => {
  it('on a terminal with no file and no --journal: says how, mentioning --journal and a calibrate example', async () => {
    const memory = memoryIO({ cwd: tempDir() });
    Object.assign(memory.io.stdin, { isTTY: true });
    const options = { costBadAccepted: '3', format: 'text' } as CalibrateOptions;
    const error = await runCalibrate(memory.io, undefined, options).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ exitCode: 2, message: expect.stringContaining('--journal') });
    expect((error as { details: string[] }).details.join('\n')).toContain('clientfit calibrate leads.csv');
    expect((error as { details: string[] }).details.join('\n')).not.toContain('clientfit batch');
  });
});
