import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers/main.js';

describe('init', () => {
  it('writes the default template to ./clientfit.yaml, byte for byte, and it checks clean', async () => {
    const dir = tempDir();
    const result = await run(['init'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.out).toBe('');
    expect(result.err).toBe('Wrote clientfit.yaml from the freelancer template (7 criteria, 2 must-haves).\nEdit it into your own short list of minimum requirements, then run `clientfit check`.\n');
    expect(readFileSync(join(dir, 'clientfit.yaml'))).toEqual(readFileSync(join(ROOT, 'criteria', 'freelancer.yaml')));
    expect((await run(['check', '--strict'], { cwd: dir })).code).toBe(0);
  });

  it('refuses to overwrite (exit 2) unless --force, and leaves the file as it was', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mine.yaml'), 'my own\n');
    const refused = await run(['init', 'mine.yaml'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.err).toBe('clientfit: mine.yaml already exists: not overwriting it\nPass --force to replace it, or give another FILE.\n');
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe('my own\n');
    const forced = await run(['init', 'mine.yaml', '--force', '--template', 'tutor'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toContain('Private tutoring');
    expect(readdirSync(dir)).toEqual(['mine.yaml']); // no temporary file left behind
  });

  it('--list shows every template on stdout', async () => {
    const result = await run(['init', '--list']);
    expect(result.code).toBe(0);
    expect(result.out.split('\n').map((line) => line.split(/\s+/u)[0])).toEqual(['template', 'agency', 'freelancer', 'freelancer-bg', 'freelancer-bs', 'freelancer-el', 'freelancer-ru', 'tutor', '']);
  });

  it('an unknown template is exit 2 with a suggestion', async () => {
    const result = await run(['init', '--template', 'tutr']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('unknown template "tutr" (did you mean "tutor"?)');
  });

  it('--global writes to $XDG_CONFIG_HOME/clientfit/clientfit.yaml, creating the directory', async () => {
    const home = tempDir();
    const config = tempDir();
    const result = await run(['init', '--global'], { env: { HOME: home, XDG_CONFIG_HOME: config } });
    expect(result.code).toBe(0);
    expect(existsSync(join(config, 'clientfit', 'clientfit.yaml'))).toBe(true);
  });

  it('FILE and --global together are a usage error', async () => {
    const result = await run(['init', 'x.yaml', '--global']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('give either a FILE or --global, not both');
  });
});

describe('global behaviour', () => {
  it('--version prints the package version', async () => {
    const result = await run(['--version']);
    expect(result.out).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
    expect(result.code).toBe(0);
  });

  it('--help lists the exit codes', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('130  interrupted (Ctrl-C)');
  });

  it('an unknown option or command is a usage error (exit 2) with a suggestion', async () => {
    const option = await run(['check', '--stirct']);
    expect(option.code).toBe(2);
    expect(option.err).toContain("unknown option '--stirct'");
    expect(option.err).toContain('--strict');
    const command = await run(['chek']);
    expect(command.code).toBe(2);
    expect(command.err).toBe(
      'clientfit: unknown command "chek" (did you mean "check"?)\nCommands: score, form, batch, calibrate, compare, sql, history, outcome, read, init, check, completion (clientfit --help).\n',
    );
    const file = await run(['leads.csv']);
    expect(file.code).toBe(2);
    expect(file.err).toBe('clientfit: unknown command "leads.csv"\nTo score a lead file: clientfit batch leads.csv\n');
  });

  it('colour only when asked: FORCE_COLOR colours a pipe, NO_COLOR and --no-color win', async () => {
    const forced = await run(['check'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[/u);
    expect((await run(['check'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/u);
    expect((await run(['check', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/u);
    expect((await run(['check'])).stdout).not.toMatch(/\u001b\[/u);
  });
});
