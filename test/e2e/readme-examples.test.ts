/**
 * The README's examples that build on one another, run in order: each console block marked
 * `<!-- readme-test: CHAIN [NAME=VALUE ...] -->` (an HTML comment, invisible on the page) runs in
 * the sandbox of its chain, after the chain's earlier blocks, with the environment it names.
 * A chain starts in a folder holding the default list as `clientfit.yaml` and a home of its own
 * (shown as /home/anna). In a block: `$ cat FILE` followed by its lines writes FILE; `$ echo $?`
 * prints the exit code before it; `$ clientfit ARGS [> /dev/null]` runs the CLI in-process.
 * Every line the README shows must be in the output: standard output's lines in their order,
 * standard error's anywhere; a `...` line stands for lines left out. Decision ids and times
 * differ run to run and are compared by shape.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers/main.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const HOME = '/home/anna';

interface Block {
  readonly chain: string;
  readonly env: Readonly<Record<string, string>>;
  readonly line: number;
  readonly lines: readonly string[];
}

function markedBlocks(): Block[] {
  const lines = README.split('\n');
  const blocks: Block[] = [];
  lines.forEach((text, index) => {
    const marker = /^<!-- readme-test: (\S+)((?: [A-Z_]+=\S+)*) -->$/u.exec(text);
    if (marker === null) return;
    expect(lines[index + 1], `README.md:${index + 2}: a console block after the marker`).toBe('```console');
    const end = lines.indexOf('```', index + 2);
    const env = Object.fromEntries(
      marker[2]!
        .trim()
        .split(' ')
        .filter(Boolean)
        .map((pair) => pair.split('=') as [string, string]),
    );
    blocks.push({ chain: marker[1]!, env, line: index + 3, lines: lines.slice(index + 2, end) });
  });
  return blocks;
}

/** The words of a command line as a POSIX shell splits them: '...' and "..." quoting, no expansion. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let at = 0; at < line.length; at++) {
    const char = line[at]!;
    if (char === ' ') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (char === "'" || char === '"') {
      const close = line.indexOf(char, at + 1);
      word = (word ?? '') + line.slice(at + 1, close);
      at = close;
    } else word = (word ?? '') + char;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** What differs from run to run: decision ids, times, the sandbox's home. */
function normalize(text: string, home: string): string {
  return text
    .replaceAll(home, HOME)
    .replace(/\b[a-z0-9]{8}-[a-z0-9]{6}\b/gu, '<id>')
    .replace(/\d{4}-\d\d-\d\d \d\d:\d\d/gu, '<time>')
    .replace(/ +$/gmu, '');
}

interface Command {
  readonly text: string;
  readonly output: string[];
}

/** A block as its commands (a `\` line end continues the command) and the lines shown under each. */
function commands(block: Block): Command[] {
  const found: { text: string; output: string[] }[] = [];
  let continued = false;
  for (const line of block.lines) {
    if (continued) {
      found.at(-1)!.text += ` ${line.trim().replace(/\\$/u, '').trim()}`;
      continued = line.endsWith('\\');
    } else if (line.startsWith('$ ')) {
      found.push({ text: line.slice(2).replace(/\\$/u, '').trim(), output: [] });
      continued = line.endsWith('\\');
    } else found.at(-1)!.output.push(line);
  }
  return found;
}

/** `shown` (the README's lines, `...` for lines left out) are in the output: stdout's in order. */
function expectShown(shown: readonly string[], stdout: string, stderr: string, where: string): void {
  const errLines = new Set(stderr.split('\n'));
  const outLines = stdout.split('\n');
  let at = 0;
  for (const line of shown) {
    if (line === '...' || errLines.has(line)) continue;
    const found = outLines.indexOf(line, at);
    expect(found, `${where}: the README shows a line the run did not print (or not in this order):\n${line}\n--- the run printed:\n${stdout}${stderr}`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
}

const blocks = markedBlocks();
const chains = [...new Set(blocks.map((block) => block.chain))];

describe('the README examples that build on one another', () => {
  it('are marked (the chains this test runs)', () => {
    expect(chains).toEqual(expect.arrayContaining(['blue-fox', 'journal']));
  });

  it.each(chains)('%s: every command prints what the README shows, run in order', async (chain) => {
    const dir = tempDir();
    const home = tempDir();
    copyFileSync(join(ROOT, 'criteria', 'freelancer.yaml'), join(dir, 'clientfit.yaml'));
    let code: number | null = 0;
    for (const block of blocks.filter((candidate) => candidate.chain === chain)) {
      for (const command of commands(block)) {
        const where = `README.md:${block.line}: $ ${command.text}`;
        if (command.text.startsWith('cat ')) {
          writeFileSync(join(dir, command.text.slice(4)), `${command.output.join('\n')}\n`);
          continue;
        }
        if (command.text === 'echo $?') {
          expect(command.output, where).toEqual([String(code)]);
          continue;
        }
        const quiet = command.text.endsWith('> /dev/null');
        const words = shellWords(command.text.replace(/ > \/dev\/null$/u, ''));
        expect(words[0], `${where}: only clientfit, cat and echo $? run here`).toBe('clientfit');
        const result = await run(words.slice(1), { cwd: dir, env: { HOME: home, ...block.env } });
        code = result.code;
        expectShown(
          command.output.map((line) => normalize(line, HOME)),
          quiet ? '' : normalize(result.out, home),
          normalize(result.err, home),
          where,
        );
      }
    }
  });
});
