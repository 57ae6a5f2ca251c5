/**
 * The core speaks in typed problems (src/core/problems.ts): no string in src/core names a CLI
 * flag, no object carries a `message:` written as a literal, and no string is an English phrase
 * worded for a person. Comments may say anything; input vocabularies (the answer reader's words,
 * outcome words, message cues: lists of words a person types) are data.
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

/** Words a sentence for a person has and a vocabulary entry rarely does. */
const ENGLISH_GLUE = /^(the|a|an|is|are|was|be|you|your|did|do|does|mean|not|of|for|to|with|this|that|must|should|cannot|can|please|and|or|in|on|by|from|has|have|it|its|no)$/iu;

/**
 * String literals that read as an English phrase for a person: three words or more (letters only,
 * between spaces), one of them
 * English glue. Not one: an entry of an array literal (a vocabulary: `['yes', 'je ne sais pas']`)
 * or the text of `new Error(...)` (a bug, reported with a stack for a developer).
 */
function phrases(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/gu)) {
    const literal = match[0];
    const before = code.slice(0, match.index).trimEnd();
    const after = code.slice(match.index + literal.length).trimStart();
    if ((before.endsWith('[') || before.endsWith(',')) && (after.startsWith(',') || after.startsWith(']'))) continue;
    // A key of a data map (`{ 'the whole amount': 100 }`): input vocabulary, not words for a person.
    if ((before.endsWith('{') || before.endsWith(',')) && after.startsWith(':')) continue;
    if (/new Error\(\s*$/u.test(before)) continue;
    // Words between spaces: a code such as 'not-a-number' is one.
    const words = literal
      .replace(/\$\{[^}]*\}/gu, ' ')
      .split(/\s+/u)
      .map((word) => word.replace(/^\P{L}+|\P{L}+$/gu, ''))
      .filter((word) => /^\p{L}+$/u.test(word));
    if (words.length >= 3 && words.some((word) => ENGLISH_GLUE.test(word))) found.push(literal);
  }
  return found;
}

/**
 * Phrases still worded in core, each to be moved out by its own change: suggest.ts's
 * "(did you mean ...)" goes with issue 23's "one did you mean" (the core returns candidates).
 */
/** `${name}` as it stands in a source's template literal. */
const placeholder = (name: string): string => `\${${name}}`;

const KNOWN_PHRASES: Readonly<Record<string, readonly string[]>> = {};

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

  it.each(files)('%s words no English phrase for a person', (name) => {
    const code = withoutComments(readFileSync(join(CORE, name), 'utf8'));
    const known = KNOWN_PHRASES[name] ?? [];
    expect(phrases(code).filter((phrase) => !known.includes(phrase))).toEqual([]);
  });

  it('the phrase check catches a sentence and leaves vocabularies and bug reports alone (so it can fail)', () => {
    const code = withoutComments(
      [
        `const hint = \` (did you mean "${placeholder('word')}"?)\`;`,
        "return { code: 'x', note: 'the file cannot be read' };",
        'say("Answer yes or no, please");',
        "const UNKNOWN = ['yes', 'je ne sais pas', 'not a fit at all'];",
        "const NAMES = new Set([\n  'ime i prezime',\n  'full name of the contact',\n]);",
        "throw new Error('a bug: never here with a result');",
        "const key = 'pays_upfront';",
        "const SHARES = { 'the whole amount': 100, 'a third': 33 };",
      ].join('\n'),
    );
    expect(phrases(code)).toEqual([`\` (did you mean "${placeholder('word')}"?)\``, "'the file cannot be read'", '"Answer yes or no, please"']);
  });

  // One "did you mean": the core finds the candidate (suggest.ts closest), the edge words it in the run's language.
  it.each(files)('%s words no "did you mean"', (name) => {
    const code = withoutComments(readFileSync(join(CORE, name), 'utf8'));
    expect(stringLiterals(code).filter((literal) => /did you mean/iu.test(literal))).toEqual([]);
    expect(stringLiterals(`const a = \` (did you mean "${placeholder('x')}"?)\`;`).filter((literal) => /did you mean/iu.test(literal))).toHaveLength(1);
  });

  it('the checks catch what they look for (so they can fail)', () => {
    const code = withoutComments('// a comment naming --drop is fine\nconst a = { message: `pass --decimal-comma` };\nconst re = /--x/u;');
    expect(stringLiterals(code).filter((literal) => /(?:^|[^-\w])--[a-z]/u.test(literal))).toEqual(['`pass --decimal-comma`']);
    expect(/(?<![.\w])message\s*:\s*(['"`])/u.test(code)).toBe(true);
    expect(code).not.toContain('a comment');
  });
});
