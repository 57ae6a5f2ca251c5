/**
 * Nothing points the wrong way (issue 11): read every source file, take its import specifiers
 * and check them against the layering rules the README's Development section describes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

type Sources = Record<string, string>; // path relative to the repository (src/...) -> text

/** Import and export specifiers, static and dynamic, with comments left out. */
function specifiers(text: string): string[] {
  const code = withoutComments(text);
  const found: string[] = [];
  for (const match of code.matchAll(/\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/gu)) {
    found.push((match[1] ?? match[2] ?? match[3])!);
  }
  return found;
}

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/(^|[^:'"`\\])\/\/.*$/gmu, '$1');
}

/** A relative specifier as a repository path (src/cli/io.js), others (node:fs, commander) as they are. */
function target(file: string, specifier: string): string {
  return specifier.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), specifier)) : specifier;
}

const commandOf = (path: string): string | undefined => /^src\/cli\/commands\/([^/]+)\//u.exec(path)?.[1];

/** Every way a file breaks the layering, as "file: what". */
function layeringProblems(sources: Sources): string[] {
  const problems: string[] = [];
  for (const [file, text] of Object.entries(sources)) {
    const command = commandOf(file);
    for (const specifier of specifiers(text)) {
      const to = target(file, specifier);
      const other = commandOf(to);
      if (command !== undefined && other !== undefined && other !== command) problems.push(`${file}: imports the ${other} command (${specifier})`);
      if (command !== undefined && !file.endsWith('/index.ts') && to === `src/cli/commands/${command}/index.js`) {
        problems.push(`${file}: imports its command's index.ts (${specifier}); put shared types in types.ts`);
      }
      if (/^src\/(core|sql|mail)\//u.test(file)) {
        if (/^src\/(cli|render|i18n)\//u.test(to)) problems.push(`${file}: a pure module imports ${to}`);
        if (/^(node:)?(fs|fs\/promises|process|child_process|readline|tty)$/u.test(specifier)) problems.push(`${file}: a pure module imports ${specifier}`);
      }
      if (file.startsWith('src/render/') && to.startsWith('src/cli/')) problems.push(`${file}: a renderer imports ${to}`);
      // The lead pipeline is called by the edge, never the reverse (issue 23): opening a command's
      // input (IO, stdin, fs errors in words, did-you-mean) is src/cli/leads-input.ts's.
      if (file.startsWith('src/leads/') && to.startsWith('src/cli/')) problems.push(`${file}: the lead pipeline imports ${to}`);
      // csv/ is a format library: it reads and writes CSV and nothing else of clientfit.
      if (file.startsWith('src/csv/') && specifier.startsWith('.') && !to.startsWith('src/csv/')) problems.push(`${file}: the CSV library imports ${to}`);
      // Only the lead pipeline's driver (src/leads/) steps the byte scanner and owns the arena.
      if (command !== undefined && /^src\/leads\/(scanner|arena)\.js$/u.test(to)) problems.push(`${file}: a command imports ${to}; use the scan driver (src/leads/scan.ts)`);
      // The run's words are passed, never kept per async call (issue 23): an AsyncLocalStorage also
      // turns on Node's async hooks for every promise of the run (about 10 ms of `check`'s start-up).
      if (/^(node:)?async_hooks$/u.test(specifier)) problems.push(`${file}: imports ${specifier}; pass the words explicitly`);
    }
    if (/\bAsyncLocalStorage\b/u.test(withoutComments(text))) problems.push(`${file}: uses AsyncLocalStorage; pass the words explicitly`);
    if (file.startsWith('src/csv/')) {
      for (const global of withoutComments(text).match(/\bprocess\.\w+/gu) ?? []) problems.push(`${file}: the CSV library uses ${global}`);
    }
    if (/^src\/(core|sql|mail)\//u.test(file)) {
      for (const global of withoutComments(text).match(/\b(?:process|console)\.\w+/gu) ?? []) problems.push(`${file}: a pure module uses ${global}`);
    }
  }
  return problems;
}

function readSources(): Sources {
  const sources: Sources = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) sources[relative(ROOT, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(join(ROOT, 'src'));
  return sources;
}

describe('layering', () => {
  const sources = readSources();

  it('reads the real sources', () => {
    expect(Object.keys(sources)).toContain('src/cli/commands/batch/run.ts');
    expect(specifiers(sources['src/cli/commands/batch/index.ts']!)).toContain('../../define.js');
    expect(dirname(Object.keys(sources).find((file) => file.startsWith('src/core/'))!)).toBe('src/core');
  });

  it('holds in src/: no command imports another, run.ts never imports its index.ts, core and sql are pure (no cli, render, i18n, fs, process, console), render does not reach into cli, the lead pipeline does not reach into cli, csv/ imports only csv/, no command steps the byte scanner, no module keeps state per async call', () => {
    expect(layeringProblems(sources)).toEqual([]);
  });

  it('i18n holds no current language: it offers the words of a language (voiceOf) and ENGLISH, nothing that reads "the run\'s"', async () => {
    const i18n = await import('../../src/i18n/index.js');
    expect(Object.keys(i18n).sort()).toEqual(['ENGLISH', 'voiceOf']);
  });

  it('would catch each kind of break', () => {
    const broken: Sources = {
      'src/cli/commands/calibrate/index.ts': "import { leadOptions, type LeadFlags } from '../batch/index.js';",
      'src/cli/commands/outcome/run.ts': "const { shortTime } = await import('../history/run.js');",
      'src/cli/commands/batch/run.ts': "import type {\n  BatchOptions,\n} from './index.js';",
      'src/core/score.ts': "import { readFileSync } from 'node:fs';\nimport { IO } from '../cli/io.js';\nexport const x = process.env.X;\nconsole.log(x);",
      'src/core/words.ts': "export { style } from '../render/style.js';\nimport { words } from '../i18n/index.js';",
      'src/sql/compile.ts': "import 'node:process';",
      'src/render/table.ts': "import type { IO } from '../cli/io.js';",
      'src/csv/read.ts':
        "import { words } from '../i18n/index.js';\nimport { BatchSink } from '../render/batch/sink.js';\nimport { ByteScanner } from '../leads/scanner.js';\nconst tty = process.stdout.isTTY;",
      'src/cli/commands/batch/rows.ts': "import { ByteScanner } from '../../../leads/scanner.js';\nimport type { ByteArena } from '../../../leads/arena.js';",
      'src/leads/open.ts': "import { checkStdin, type IO } from '../cli/io.js';\nconst { didYouMean } = await import('../cli/suggest.js');",
      'src/i18n/index.ts': "import { AsyncLocalStorage } from 'node:async_hooks';",
      'src/render/result.ts': "const { AsyncLocalStorage } = await import('async_hooks');",
      // allowed: the words named in a comment
      'src/cli/main.ts': '// no AsyncLocalStorage: the voice is passed',
      // allowed: csv/ importing csv/ and node, a command importing the driver
      'src/csv/encode.ts': "import { resolveEncoding } from './decode.js';\nimport { TextDecoder } from 'node:util';",
      'src/cli/commands/calibrate/leads.ts': "import { scanLeads, type ScannedRow } from '../../../leads/scan.js';\nimport { openLeads } from '../../leads-input.js';",
      // allowed: the edge opening leads with the pipeline's pieces, the pipeline importing itself
      'src/cli/leads-input.ts': "import { csvFailure, leadsOf, type Leads } from '../leads/open.js';\nimport { checkStdin, type IO } from './io.js';",
      'src/leads/scan.ts': "import { csvFailure, type Leads } from './open.js';",
      // allowed: a command's own files, shared cli modules, its index importing its run lazily, comments
      'src/cli/commands/score/run.ts': "import { ask } from './ask.js';\nimport { createIO } from '../../io.js';\n// see ../history/run.js",
      'src/cli/commands/score/index.ts': "const { runScore } = await import('./run.js');",
      'src/core/load.ts': "/** never touches process.env or console.log */\nimport { parse } from 'yaml';",
    };
    expect(layeringProblems(broken)).toEqual([
      'src/cli/commands/calibrate/index.ts: imports the batch command (../batch/index.js)',
      'src/cli/commands/outcome/run.ts: imports the history command (../history/run.js)',
      "src/cli/commands/batch/run.ts: imports its command's index.ts (./index.js); put shared types in types.ts",
      'src/core/score.ts: a pure module imports node:fs',
      'src/core/score.ts: a pure module imports src/cli/io.js',
      'src/core/score.ts: a pure module uses process.env',
      'src/core/score.ts: a pure module uses console.log',
      'src/core/words.ts: a pure module imports src/render/style.js',
      'src/core/words.ts: a pure module imports src/i18n/index.js',
      'src/sql/compile.ts: a pure module imports node:process',
      'src/render/table.ts: a renderer imports src/cli/io.js',
      'src/csv/read.ts: the CSV library imports src/i18n/index.js',
      'src/csv/read.ts: the CSV library imports src/render/batch/sink.js',
      'src/csv/read.ts: the CSV library imports src/leads/scanner.js',
      'src/csv/read.ts: the CSV library uses process.stdout',
      'src/cli/commands/batch/rows.ts: a command imports src/leads/scanner.js; use the scan driver (src/leads/scan.ts)',
      'src/cli/commands/batch/rows.ts: a command imports src/leads/arena.js; use the scan driver (src/leads/scan.ts)',
      'src/leads/open.ts: the lead pipeline imports src/cli/io.js',
      'src/leads/open.ts: the lead pipeline imports src/cli/suggest.js',
      'src/i18n/index.ts: imports node:async_hooks; pass the words explicitly',
      'src/i18n/index.ts: uses AsyncLocalStorage; pass the words explicitly',
      'src/render/result.ts: imports async_hooks; pass the words explicitly',
      'src/render/result.ts: uses AsyncLocalStorage; pass the words explicitly',
    ]);
  });
});
