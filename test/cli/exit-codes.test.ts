/**
 * The error's class decides the exit code (issue 11): a usage error is a UserError (2) and bad
 * data a DataError (1), never a DataError carrying a usage code; commander's own errors speak
 * with the same `clientfit:` prefix and the same code 2.
 */
import { describe, expect, it } from 'vitest';
import { WhatIfError } from '../../src/core/what-if.js';
import { DataError, ExitCode, UserError } from '../../src/errors.js';
import { run } from '../helpers/main.js';

const LEADS = 'name,pays_upfront\nAnna,yes\n';

describe('the class decides the exit code', () => {
  it('UserError 2, DataError 1, whatever a caller spells out', () => {
    expect(new UserError('x').exitCode).toBe(ExitCode.usage);
    expect(new UserError('x', { exitCode: ExitCode.usage }).exitCode).toBe(ExitCode.usage);
    expect(new DataError('x').exitCode).toBe(ExitCode.data);
    expect(new DataError('x', { details: ['hint'], cause: new Error('io') }).exitCode).toBe(ExitCode.data);
    // core's problems carry no exit code: the command that words them decides it (issue 23)
    expect('exitCode' in new WhatIfError({ code: 'drop-all' })).toBe(false);
    // @ts-expect-error a DataError cannot carry a usage code: throw a UserError instead
    void new DataError('x', { exitCode: ExitCode.usage });
    // @ts-expect-error nor a UserError the data code
    void new UserError('x', { exitCode: ExitCode.data });
  });
});

describe('flag values that cannot be used are usage errors (exit 2), for every command that takes them', () => {
  it.each([
    [['batch', '-', '--delimiter', 'ab', '--allow-missing'], /^clientfit: invalid --delimiter "ab": use one character/u],
    [['calibrate', '-', '--delimiter', ';;', '--allow-missing'], /^clientfit: invalid --delimiter ";;"/u],
    [['batch', '-', '--encoding', 'klingon', '--allow-missing'], /^clientfit: unknown encoding "klingon"/u],
    [['calibrate', '-', '--encoding', 'klingon', '--allow-missing'], /^clientfit: unknown encoding "klingon"/u],
    [['batch', '-', '--output-encoding', 'klingon', '--format', 'csv', '--allow-missing'], /^clientfit: unknown encoding "klingon"/u],
    [['calibrate', '-', '--drop', 'nosuch', '--allow-missing'], /^clientfit: --drop nosuch: there is no criterion "nosuch"/u],
  ])('%j', async (args, message) => {
    const result = await run(args, { input: LEADS });
    expect(result.err).toMatch(message);
    expect(result.code).toBe(ExitCode.usage);
    expect(result.out).toBe('');
  });

  it('bad data in the same run is exit 1, for contrast', async () => {
    const result = await run(['batch', 'missing.csv', '--allow-missing']);
    expect(result.err).toMatch(/^clientfit: cannot read missing\.csv/u);
    expect(result.code).toBe(ExitCode.data);
  });
});

describe("commander's own errors use the clientfit: prefix and exit 2", () => {
  it.each([
    [['check', '--format', 'xml'], /^clientfit: option '--format <format>' argument 'xml' is invalid\. Allowed choices are text, json\.\n$/u],
    [['outcome', 'Acme', 'splendid'], /^clientfit: "splendid" is not an outcome: say good \(ok, yes\) or bad \(no\)\n$/u],
    [['history', 'a', 'b'], /^clientfit: too many arguments for 'history'\. Expected 1 argument but got 2\.\n$/u],
    [['batch', '--delimiter'], /^clientfit: option '--delimiter <char>' argument missing\n$/u],
  ])('%j', async (args, message) => {
    const result = await run(args);
    expect(result.err).toMatch(message);
    expect(result.code).toBe(ExitCode.usage);
    expect(result.out).toBe('');
  });
});

describe('calibration problems from the core: the command names the flag and picks the code', () => {
  it('a negative --cost-bad-accepted is a usage error (exit 2) naming the flag', async () => {
    const result = await run(['calibrate', '-', '--allow-missing', '--cost-bad-accepted', '-1'], { input: LEADS });
    expect(result.err).toMatch(/^clientfit: --cost-bad-accepted takes a number of 0 or more \(got "-1"\)/u);
    expect(result.code).toBe(ExitCode.usage);
    expect(result.out).toBe('');
  });

  it('a lead file with a header and no rows is a data error (exit 1)', async () => {
    const result = await run(['calibrate', '-', '--allow-missing'], { input: 'name,pays_upfront\n' });
    expect(result.err).toMatch(/^clientfit: nothing to calibrate on: no leads were read$/mu);
    expect(result.code).toBe(ExitCode.data);
    expect(result.out).toBe('');
  });
});
