/**
 * The core speaks in typed problems (src/core/problems.ts): no string in src/core names a CLI
 * flag, and no object carries a `message:` written as a literal. Comments may say anything.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = join(import.meta.dirname, '../../src/core');

/** The source with comments blanked out (strings kept, so a `//` inside a string is not a comment). */
function withoutComments(source: string): string {
  let out = '';
  let index = 0;
  while (index < source.length) {
    const rest = source.slice(index, index + 2);
    const character = source[index]!;
    if (rest === '//') {
      const end = source.indexOf('\n', index);
      index = end < 0 ? source.length : end;
    } else if (rest === '/*') {
      const end = source.indexOf('*/', index + 2);
      index = end < 0 ? source.length : end + 2;
      out += ' ';
    } else if (character === '"' || character === "'" || character === '`') {
      let end = index + 1;
      while (end < source.length && source[end] !== character) end += source[end] === '\\' ? 2 : 1;
      out += source.slice(index, end + 1);
      index = end + 1;
    } else if (character === '/' && /[=(,:!&|?;{}\n]\s*$/u.test(out)) {
      // A regular expression literal: kept out, its `--` or quotes are not words.
      let end = index + 1;
      let inClass = false;
      while (end < source.length && (inClass || source[end] !== '/')) {
        if (source[end] === '\\') end++;
        else if (source[end] === '[') inClass = true;
        else if (source[end] === ']') inClass = false;
        end++;
      }
      out += '/re/';
      index = end + 1;
    } else {
      out += character;
      index++;
    }
  }
  return out;
}

/** The string literals of a source without comments. */
function stringLiterals(code: string): string[] {
  return [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/gu)].map((match) => match[0]);
}

const files = readdirSync(CORE).filter((name) => name.endsWith('.ts'));

describe('the core returns data, never words or flags', () => {
  it('finds the core files', () => {
    expect(files).toContain('answers.ts');
    expect(files).toContain('problems.ts');
  });

  it.each(files)('%s names no CLI flag in a string', (name) => {
    const code = withoutComments(readFileSync(join(CORE, name), 'utf8'));
    const flags = stringLiterals(code).filter((literal) => /(?:^|[^-\w])--[a-z]/u.test(literal));
    expect(flags).toEqual([]);
  });

  it.each(files)('%s builds no message: from a literal', (name) => {
    const code = withoutComments(readFileSync(join(CORE, name), 'utf8'));
    const messages = [...code.matchAll(/(?<![.\w])message\s*:\s*(['"`])/gu)].map((match) => code.slice(match.index, match.index + 80));
    expect(messages).toEqual([]);
  });

  // One "did you mean": the core finds the candidate (suggest.ts closest), the edge words it in the run's language.
  it.each(files)('%s words no "did you mean"', (name) => {
    const code = withoutComments(readFileSync(join(CORE, name), 'utf8'));
    expect(stringLiterals(code).filter((literal) => /did you mean/iu.test(literal))).toEqual([]);
    expect(stringLiterals('const a = \' (did you mean "x"?)\';').filter((literal) => /did you mean/iu.test(literal))).toHaveLength(1);
  });

  it('the checks catch what they look for (so they can fail)', () => {
    const code = withoutComments('// a comment naming --drop is fine\nconst a = { message: `pass --decimal-comma` };\nconst re = /--x/u;');
    expect(stringLiterals(code).filter((literal) => /(?:^|[^-\w])--[a-z]/u.test(literal))).toEqual(['`pass --decimal-comma`']);
    expect(/(?<![.\w])message\s*:\s*(['"`])/u.test(code)).toBe(true);
    expect(code).not.toContain('a comment');
  });
});
