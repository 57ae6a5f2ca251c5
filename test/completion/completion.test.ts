/**
 * Shell completion: the candidates for a command line (in-process, against the real commander
 * program), the scripts each shell gets, and bash loading its script and completing through
 * COMP_WORDS/COMP_LINE the way bash's own completion machinery would call it.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { complete, formatCompletion, quoteWord, splitLine, type Sources } from '../../src/cli/commands/completion/complete.js';
import { processStreams } from '../../src/cli/streams.js';
import type { Context } from '../../src/cli/define.js';
import { BIN, findCommand, FIXTURES, isolatedEnv, tempDir } from '../helpers/cli.js';
import { run } from '../helpers/main.js';
import { ENGLISH } from '../../src/i18n/index.js';

const context: Context = {
  streams: processStreams(),
  voice: ENGLISH,
  io: () => {
    throw new Error('not used');
  },
  recordExitCode: () => undefined,
};

const sources: Sources = {
  criteria: (file) => [
    { id: file === undefined ? 'pays_upfront' : 'from_file', question: 'Will they pay upfront?', values: [{ value: 'yes' }, { value: 'no' }, { value: '?' }] },
    { id: 'conflict_style', question: 'How did they react?', values: [{ value: 'negotiates', description: 'Proposed a fair compromise' }, { value: 'scandal' }] },
    { id: 'revisions', question: 'How many revisions?', values: [] },
  ],
  templates: () => [{ value: 'agency' }, { value: 'freelancer' }],
  prospects: () => [{ value: 'Acme Ltd', description: 'review, score 65' }],
};

function values(line: string): string[] {
  const words = splitLine(line).slice(1);
  return complete(ENGLISH, buildProgram(context, '0.0.0'), words, sources).candidates.map((candidate) => candidate.value);
}

describe('what Tab offers', () => {
  it.each([
    ['clientfit ', ['score', 'form', 'batch', 'calibrate', 'compare', 'sql', 'history', 'outcome', 'read', 'init', 'check', 'completion']],
    ['clientfit ca', ['calibrate']],
    ['clientfit batch --format ', ['csv', 'jsonl', 'json', 'table']],
    ['clientfit batch --format=j', ['--format=jsonl', '--format=json']],
    ['clientfit score --fail-on ', ['review', 'reject']],
    ['clientfit --fail-on r', ['review', 'reject']],
    ['clientfit init -t ', ['agency', 'freelancer']],
    ['clientfit init --template f', ['freelancer']],
    ['clientfit completion ', ['bash', 'zsh', 'fish']],
    ['clientfit score --set ', ['pays_upfront=', 'conflict_style=', 'revisions=']],
    ['clientfit --set conflict_style=', ['conflict_style=negotiates', 'conflict_style=scandal']],
    ['clientfit score -c mine.yaml --set f', ['from_file=']],
    ['clientfit batch leads.csv --map c', ['conflict_style=']],
    ['clientfit calibrate --drop ', ['pays_upfront', 'conflict_style', 'revisions']],
    ['clientfit calibrate --optional p', ['pays_upfront']],
    ['clientfit score --resume ', ['Acme Ltd']],
    ['clientfit history A', ['Acme Ltd']],
    ['clientfit outcome "Acme Ltd" ', ['good', 'bad']],
  ])('%s', (line, expected) => {
    expect(values(line)).toEqual(expected);
  });

  it('options of the command, with the global ones', () => {
    const options = values('clientfit history --');
    expect(options).toEqual(expect.arrayContaining(['--limit', '--since', '--format', '--journal', '--no-color', '--debug', '--help']));
    expect(options).not.toContain('--set');
    expect(values('clientfit --re')).toEqual(['--reply', '--resume', '--resume-id', '--resume-name']);
    // the hidden command the scripts call is never offered
    expect(values('clientfit __')).toEqual([]);
  });

  it('file options and file operands leave it to the shell', () => {
    const program = buildProgram(context, '0.0.0');
    expect(complete(ENGLISH, program, ['-c', ''], sources)).toMatchObject({ files: true, candidates: [] });
    expect(complete(ENGLISH, program, ['batch', ''], sources)).toMatchObject({ files: true });
    expect(complete(ENGLISH, program, ['score', '--set', 'pa'], sources)).toMatchObject({ noSpace: true });
  });

  it('formats for each shell: bash after the last = or :, zsh value<TAB>shown, fish value<TAB>description', () => {
    const completion = { candidates: [{ value: 'conflict_style=negotiates', description: 'Proposed a\nfair compromise' }], noSpace: false, files: false };
    expect(formatCompletion(completion, 'bash', 'conflict_style=ne')).toBe('negotiates\n:0\n');
    expect(formatCompletion(completion, 'zsh', 'conflict_style=ne')).toBe('conflict_style=negotiates\tconflict_style=negotiates  -- Proposed a fair compromise\n:0\n');
    expect(formatCompletion(completion, 'fish', 'conflict_style=ne')).toBe('conflict_style=negotiates\tProposed a fair compromise\n:0\n');
    expect(formatCompletion({ candidates: [{ value: 'a:b' }], noSpace: true, files: true }, 'zsh', '')).toBe('a:b\ta:b\n:3\n');
  });

  // Every completed word must read back as the name, with no expansion, and no line may hold a control character.
  it.each([
    ['ООО Вектор', 'ООО\\ Вектор', "'ООО Вектор'"],
    ["O'Brien & Sons", "O\\'Brien\\ \\&\\ Sons", "'O'\\''Brien & Sons'"],
    ['Zed $(touch MARK)', 'Zed\\ \\$\\(touch\\ MARK\\)', "'Zed $(touch MARK)'"],
    ['a`id`b', 'a\\`id\\`b', "'a`id`b'"],
    ['*', '\\*', "'*'"],
    ['~root', '\\~root', "'~root'"],
    ['=ls', '\\=ls', "'=ls'"],
    ['Line1\nLine2', "$'Line1\\nLine2'", "'Line1'$'\\n''Line2'"],
    ['Esc\u001b[31mRed', "$'Esc\\e[31mRed'", "'Esc'$'\\e''[31mRed'"],
    ["it's\u202e", "$'it\\'s\\u202e'", "'it'\\''s'$'\\u202e'''"],
  ])('quotes %j for the shell', (name, bare, quoted) => {
    expect(quoteWord(name)).toBe(bare);
    expect(`'${quoteWord(name, "'")}'`).toBe(quoted);
    const completion = { candidates: [{ value: name, description: 'x\u001b]0;title\u0007' }], noSpace: false, files: false };
    for (const shell of ['bash', 'zsh', 'fish'] as const) {
      const text = formatCompletion(completion, shell, '');
      expect(text.split('\n')).toHaveLength(3);
      for (const line of text.split('\n')) expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e]/u);
    }
    // what bash hands back on the next Tab reads as the name again
    expect(splitLine(`clientfit history ${bare}`)[2]).toBe(name);
    expect(splitLine(`clientfit history ${quoted}`)[2]).toBe(name);
  });

  it('splits a command line as the shell would', () => {
    expect(splitLine(`clientfit --name "Acme Ltd" --set 'notes=a b' x\\ y `)).toEqual(['clientfit', '--name', 'Acme Ltd', '--set', 'notes=a b', 'x y', '']);
    expect(splitLine('clientfit hist')).toEqual(['clientfit', 'hist']);
  });
});

describe('clientfit completion SHELL', () => {
  it.each([
    ['bash', 'complete -F _clientfit_complete clientfit'],
    ['zsh', 'compdef _clientfit clientfit'],
    ['fish', "complete -c clientfit -f -a '(__clientfit_complete | string split0)'"],
  ])('%s prints a script that registers itself and calls back into clientfit', async (shell, registration) => {
    const result = await run(['completion', shell]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(registration);
    expect(result.stdout).toContain(`clientfit __complete --shell ${shell}`);
    // the word being completed is passed even when empty, so "batch <Tab>" completes batch's operand
    if (shell === 'fish') expect(result.stdout).toContain('-- $words "$current"');
    if (shell === 'zsh') expect(result.stdout).toContain('"${(@Q)words[2,CURRENT]}"');
  });

  it('an unknown shell is a usage error naming the choices', async () => {
    const result = await run(['completion', 'tcsh']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Allowed choices are bash, zsh, fish');
  });

  it('__complete reads criterion ids from the criteria file in use (-c)', async () => {
    const result = await run(['__complete', '--shell', 'fish', '--', '-c', join(FIXTURES, 'score', 'criteria.yaml'), '--set', 'conflict_style=']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      "conflict_style=negotiates\tProposed a fair compromise\nconflict_style=silent\tWent quiet for a while\nconflict_style=scandal\tMade a scene\nconflict_style=?\tdon't know yet\n:0\n",
    );
  });
});

/** A folder with a `clientfit` on PATH that runs the built CLI, and the environment to use it. */
function shellHome(): { home: string; env: Record<string, string> } {
  const home = tempDir();
  const bin = join(home, 'bin');
  execFileSync('mkdir', ['-p', bin]);
  writeFileSync(join(bin, 'clientfit'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`);
  chmodSync(join(bin, 'clientfit'), 0o755);
  return { home, env: isolatedEnv(home, { PATH: `${bin}:${process.env.PATH ?? ''}` }) };
}

const BASH = findCommand('bash');

describe.skipIf(BASH === undefined)('the bash script in bash', () => {
  /** Loads the script in a fresh bash, sets COMP_* for the line as typed, runs the function, prints COMPREPLY. */
  function bashComplete(words: string[]): string[] {
    const { home, env } = shellHome();
    const line = words.join(' ');
    const script = [
      'set -u',
      'eval "$(clientfit completion bash)"',
      'complete -p clientfit >&2',
      `COMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')})`,
      `COMP_CWORD=${words.length - 1}`,
      `COMP_LINE='${line}'`,
      'COMP_POINT=${#COMP_LINE}',
      '_clientfit_complete',
      'printf "%s\\n" "${COMPREPLY[@]}"',
    ].join('\n');
    const out = execFileSync(BASH!, ['-c', script], { cwd: home, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return out.split('\n').filter((value) => value !== '');
  }

  it('loads without error and completes a command', () => {
    expect(bashComplete(['clientfit', 'hist'])).toEqual(['history']);
  });

  it('completes an option value and, across bash splitting at =, a criterion answer', () => {
    expect(bashComplete(['clientfit', 'batch', '--format', 'j'])).toEqual(['jsonl', 'json']);
    // bash splits "--set polite=" into --set, polite, =, ''; the candidates are what follows the =.
    const env = ['clientfit', '-c', join(FIXTURES, 'score', 'criteria.yaml'), '--set', 'polite='];
    expect(bashComplete(env)).toEqual(['yes', 'no', '\\?']);
  });
});

// .ci/run installs zsh and fish, so these run in CI; on a machine without them they are skipped.
const ZSH = findCommand('zsh');
const FISH = findCommand('fish');

describe.skipIf(ZSH === undefined)('the zsh script in zsh', () => {
  it('registers with compinit and offers what __complete gives, through compadd', () => {
    const { home, env } = shellHome();
    const script = [
      'autoload -U compinit && compinit -u -D',
      'eval "$(clientfit completion zsh)"',
      'print -r -- "registered: $_comps[clientfit]"',
      // compadd and _files only run inside a completion widget: stand-ins print what they get.
      'compadd() { print -rl -- "${(@)argv[${argv[(i)--]}+1,-1]}" }',
      '_files() { print -r -- "(files)" }',
      'words=(clientfit hist); CURRENT=2; _clientfit',
      'words=(clientfit batch --format j); CURRENT=4; _clientfit',
      'words=(clientfit batch ""); CURRENT=3; _clientfit',
    ].join('\n');
    const out = execFileSync(ZSH!, ['-f', '-c', script], { cwd: home, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = out.split('\n').filter((line) => line !== '');
    expect(lines[0]).toBe('registered: _clientfit');
    expect(lines[1]).toBe('history');
    expect(lines.slice(2, 4)).toEqual(['jsonl', 'json']);
    expect(lines.at(-1)).toBe('(files)');
  });
});

describe.skipIf(FISH === undefined)('the fish script in fish', () => {
  it('completes a command and an option value through `complete -C`', () => {
    const { home, env } = shellHome();
    const complete = (line: string): string[] =>
      execFileSync(FISH!, ['--no-config', '-c', `clientfit completion fish | source; complete -C '${line}'`], { cwd: home, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
        .split('\n')
        .filter((value) => value !== '')
        .map((value) => value.split('\t')[0]!);
    expect(complete('clientfit hist')).toEqual(['history']);
    expect(complete('clientfit batch --format j')).toEqual(['json', 'jsonl']);
  });
});
