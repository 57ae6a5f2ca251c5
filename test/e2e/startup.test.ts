import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, isolatedEnv, tempDir } from '../helpers/cli.js';

/** dist/ is a bundle: its metafile says which sources and packages each output file holds. */
const META = JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as {
  outputs: Record<string, { inputs: Record<string, unknown>; imports: { path: string; external?: boolean }[] }>;
};

/** The sources and packages a run loads: every input of every dist file it imports, plus external packages. */
function loadedSources(args: string[], files: Record<string, string> = {}): string[] {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const trace = join(dir, 'trace.txt');
  execFileSync(process.execPath, ['--import', join(ROOT, 'test', 'helpers', 'trace-imports.mjs'), BIN, ...args], {
    cwd: dir,
    env: isolatedEnv(dir, { TRACE_IMPORTS_FILE: trace }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const loaded = readFileSync(trace, 'utf8')
    .trim()
    .split('\n')
    .map((url) => relative(ROOT, fileURLToPath(url)));
  return loaded.flatMap((file) => {
    const output = META.outputs[file];
    return output === undefined ? [file] : [file, ...Object.keys(output.inputs), ...output.imports.filter((entry) => entry.external).map((entry) => entry.path)];
  });
}

const PROMPTS_OR_CSV = /node_modules\/@inquirer|^src\/csv\/|^src\/cli\/commands\/(score|batch|calibrate)\/run/u;

describe('start-up stays light', () => {
  it('--version loads no command, library, prompt or CSV code', () => {
    const sources = loadedSources(['--version']);
    expect(sources).toContain('src/cli/main.ts'); // the trace works
    expect(sources.filter((source) => PROMPTS_OR_CSV.test(source) || /node_modules\/(yaml|zod|commander|chalk)\//u.test(source))).toEqual([]);
  });

  it('check loads no prompt or CSV library', () => {
    const sources = loadedSources(['check']);
    expect(sources).toContain('src/cli/commands/check/run.ts');
    expect(sources.filter((source) => PROMPTS_OR_CSV.test(source))).toEqual([]);
  });

  it('the trace would see them: batch loads the CSV reader and its parser', () => {
    const sources = loadedSources(['batch', 'leads.csv', '--allow-missing', '-q'], { 'leads.csv': 'name,polite\nAnna,yes\n' });
    expect(sources).toContain('src/csv/read.ts');
    expect(sources).toContain('src/csv/parse.ts');
    // The workbook library is for workbooks only.
    expect(sources.filter((source) => /exceljs|^src\/workbook\/read/u.test(source))).toEqual([]);
  });
});
