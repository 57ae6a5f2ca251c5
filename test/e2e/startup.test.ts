import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, isolatedEnv, tempDir } from '../helpers/cli.js';

/** dist/ is a bundle: its metafile says which sources and packages each output file holds. */
const META = JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as {
  outputs: Record<string, { inputs: Record<string, unknown>; imports: { path: string; external?: boolean }[] }>;
};

/**
 * The sources and packages a run loads: every input of every dist file it imports, plus external
 * packages. `stdout`: where standard output goes (a file descriptor), `status`: the exit code the run must end with.
 */
function loadedSources(args: string[], files: Record<string, string> = {}, stdout: 'ignore' | number = 'ignore', status = 0): string[] {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const trace = join(dir, 'trace.txt');
  const result = spawnSync(process.execPath, ['--import', join(ROOT, 'test', 'helpers', 'trace-imports.mjs'), BIN, ...args], {
    cwd: dir,
    env: isolatedEnv(dir, { TRACE_IMPORTS_FILE: trace }),
    stdio: ['ignore', stdout, 'pipe'],
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(status);
  if (!existsSync(trace)) return [];
  const loaded = readFileSync(trace, 'utf8')
    .trim()
    .split('\n')
    .map((url) => relative(ROOT, fileURLToPath(url)));
  return loaded.flatMap((file) => {
    const output = META.outputs[file];
    return output === undefined ? [file] : [file, ...Object.keys(output.inputs), ...output.imports.filter((entry) => entry.external).map((entry) => entry.path)];
  });
}

/**
 * The Node built-in modules a run loaded (process.moduleLoadList at exit), standard streams on
 * files as under a benchmark: some built-ins cost as much as a library to load.
 */
function loadedBuiltins(args: string[], files: Record<string, string> = {}, input?: string): string[] {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const list = join(dir, 'builtins.txt');
  const hook = `data:text/javascript,process.on('exit', () => process.getBuiltinModule('node:fs').writeFileSync(process.env.BUILTINS_FILE, process.moduleLoadList.join('\\n')));`;
  execFileSync(process.execPath, ['--import', hook, BIN, ...args], {
    cwd: dir,
    env: isolatedEnv(dir, { BUILTINS_FILE: list }),
    // With `input`, standard input and error on pipes: a pipe's stream is a socket (net), made when first asked for.
    ...(input === undefined ? {} : { input }),
    stdio: input === undefined ? 'ignore' : ['pipe', 'ignore', 'pipe'],
  });
  return readFileSync(list, 'utf8')
    .split('\n')
    .filter((entry) => entry.startsWith('NativeModule '))
    .map((entry) => entry.slice('NativeModule '.length));
}

/** Built-ins `--version` and `check` never need: child processes, sockets, terminals, crypto. */
const HEAVY_BUILTINS = /^(child_process|net|dgram|tty|crypto|internal\/crypto\/.*|internal\/process\/report)$/u;

const PROMPTS_OR_CSV = /node_modules\/@inquirer|^src\/(csv|leads)\/|^src\/cli\/commands\/(score|batch|calibrate)\/run/u;

describe('start-up stays light', () => {
  it('--version is answered by the bin before the ES module loader starts: no file of the program loads', () => {
    expect(loadedSources(['--version']).filter((source) => /^(dist|src|node_modules)\//u.test(source))).toEqual([]);
    expect(loadedSources(['-v']).filter((source) => /^(dist|src|node_modules)\//u.test(source))).toEqual([]);
  });

  it('a --version the bin cannot write goes to the program, which loads no command, library, prompt, CSV code or terminal handling', () => {
    const full = openSync('/dev/full', 'w');
    let sources: string[];
    try {
      // exit 1: standard output failed, and the program said so
      sources = loadedSources(['--version'], {}, full, 1);
    } finally {
      closeSync(full);
    }
    expect(sources).toContain('src/cli/main.ts'); // the trace works
    expect(sources.filter((source) => PROMPTS_OR_CSV.test(source) || /node_modules\/(yaml|zod|commander|chalk)\//u.test(source))).toEqual([]);
    expect(sources.filter((source) => /^src\/cli\/io\.ts$|^src\/render\//u.test(source) && source !== 'src/render/sanitize.ts')).toEqual([]);
  });

  it('check loads no prompt or CSV library', () => {
    const sources = loadedSources(['check']);
    expect(sources).toContain('src/cli/commands/check/run.ts');
    expect(sources.filter((source) => PROMPTS_OR_CSV.test(source))).toEqual([]);
  });

  it('check loads zod/mini only, not the classic API', () => {
    const sources = loadedSources(['check']);
    expect(sources.some((source) => source.startsWith('node_modules/zod/v4/mini/'))).toBe(true);
    expect(sources.filter((source) => source.startsWith('node_modules/zod/v4/classic/'))).toEqual([]);
  });

  it('check reads the criteria with yaml (one YAML reader); --version does not load it', () => {
    const yaml = (sources: string[]): string[] => sources.filter((source) => /node_modules\/yaml\//u.test(source));
    expect(yaml(loadedSources(['check']))).not.toEqual([]);
    expect(yaml(loadedSources(['--version']))).toEqual([]);
  });

  it('--version and check load no child process, socket, terminal or crypto built-in (check --format json reads the hash)', () => {
    const criteria = { 'clientfit.yaml': readFileSync(join(ROOT, 'criteria', 'freelancer.yaml'), 'utf8') };
    expect(loadedBuiltins(['--version']).filter((name) => HEAVY_BUILTINS.test(name))).toEqual([]);
    expect(loadedBuiltins(['check'], criteria).filter((name) => HEAVY_BUILTINS.test(name))).toEqual([]);
    // The list would show them: the JSON summary carries the file's sha256.
    expect(loadedBuiltins(['check', '--format', 'json'], criteria)).toContain('crypto');
  });

  it('--version and a clean check make no stream for standard input or error (Node makes each when first asked for)', () => {
    const criteria = { 'clientfit.yaml': readFileSync(join(ROOT, 'criteria', 'freelancer.yaml'), 'utf8') };
    expect(loadedBuiltins(['--version'], {}, '')).not.toContain('net');
    expect(loadedBuiltins(['check'], criteria, '')).not.toContain('net');
    // The list would show it: batch reading its leads from standard input.
    expect(loadedBuiltins(['batch', '-', '--allow-missing', '-q'], criteria, 'name,polite\nAnna,yes\n')).toContain('net');
  });

  it('the trace would see them: batch loads the CSV reader and its parser', () => {
    const sources = loadedSources(['batch', 'leads.csv', '--allow-missing', '-q'], { 'leads.csv': 'name,polite\nAnna,yes\n' });
    expect(sources).toContain('src/csv/read.ts');
    expect(sources).toContain('src/csv/parse.ts');
    // The workbook library is for workbooks only.
    expect(sources.filter((source) => /exceljs|^src\/workbook\/read/u.test(source))).toEqual([]);
  });

  it('batch to stdout loads no crypto built-in (a file written with -o names its temporary file with it)', () => {
    const files = { 'clientfit.yaml': readFileSync(join(ROOT, 'criteria', 'freelancer.yaml'), 'utf8'), 'leads.csv': 'name,polite\nAnna,yes\n' };
    expect(loadedBuiltins(['batch', 'leads.csv', '--allow-missing', '-q'], files).filter((name) => HEAVY_BUILTINS.test(name))).toEqual([]);
    expect(loadedBuiltins(['batch', 'leads.csv', '--allow-missing', '-q', '-o', 'out.csv'], files)).toContain('crypto');
  });
});
