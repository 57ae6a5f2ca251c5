import { describe, expect, it } from 'vitest';
import { decodeUtf8, loadCriteria, nestingProblem } from '../../src/core/load.js';
import { describeProblem } from '../../src/render/problems.js';
import { ENGLISH } from '../../src/i18n/index.js';

const HEAD = 'version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n';

function problems(yaml: string): string[] {
  const result = loadCriteria(yaml);
  return result.ok ? [] : result.problems.map((problem) => `${problem.line}:${problem.col} ${describeProblem(ENGLISH, problem.problem)}`);
}

describe('criteria files: explicit tags are refused, known or not (issue 8, class 16)', () => {
  it.each([
    ['!!int "30"', '!!int'],
    ['!!str 30', '!!str'],
    ['! 30', '!'],
    ['!!float 30', '!!float'],
    ['!!bool yes', '!!bool'],
  ])('points: %s', (value, tag) => {
    expect(problems(`${HEAD}  - id: a\n    question: A?\n    type: yes-no\n    points: ${value}\n`)).toEqual([`7:13 tags (${tag}) are not allowed: a criteria file uses plain values, without tags`]);
  });

  it('a tag on a mapping or a list', () => {
    expect(problems(`${HEAD}  - !!map { id: a, question: A?, type: yes-no }\n`)).toEqual(['4:5 tags (!!map) are not allowed: a criteria file uses plain values, without tags']);
    expect(problems(`version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria: !!seq\n  - { id: a, question: A?, type: yes-no }\n`)).toEqual([
      '3:11 tags (!!seq) are not allowed: a criteria file uses plain values, without tags',
    ]);
  });

  it('an unknown tag is still named as unknown', () => {
    expect(problems(`${HEAD}  - id: a\n    question: !shout A?\n    type: yes-no\n`)).toEqual(['5:15 unknown tag !shout: a criteria file uses plain values, without tags']);
  });
});

describe('criteria files: prototype-named keys are refused everywhere (issue 8, class 17)', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('when: { %s: yes } no longer disappears', (key) => {
    expect(problems(`${HEAD}  - { id: a, question: A?, type: yes-no }\n  - { id: b, question: B?, type: yes-no, when: { ${key}: yes } }\n`)).toEqual([
      `5:50 "${key}" is a reserved name and cannot be a key in a criteria file`,
    ]);
  });

  it('at the top level and in a criterion', () => {
    expect(problems(`${HEAD}  - { id: a, question: A?, type: yes-no, constructor: 1 }\n__proto__: {}\n`)).toEqual([
      '4:42 "constructor" is a reserved name and cannot be a key in a criteria file',
      '5:1 "__proto__" is a reserved name and cannot be a key in a criteria file',
    ]);
  });

  it('an id that could never be a key is refused as an id', () => {
    expect(problems(`${HEAD}  - { id: constructor, question: A?, type: yes-no }\n`)).toEqual(['4:11 criteria[0].id is a reserved name: choose another id']);
  });
});

describe('criteria files: at most 1,000 criteria', () => {
  it('1,000 load, 1,001 are refused', () => {
    const list = (count: number): string => HEAD + Array.from({ length: count }, (_, index) => `  - { id: c${index}, question: Q?, type: yes-no }\n`).join('');
    expect(loadCriteria(list(1000)).ok).toBe(true);
    expect(problems(list(1001))).toEqual(['4:3 criteria has more than 1000 items']);
  });
});

describe('decodeUtf8: UTF-8 only, with the place of the first bad byte (issue 8, class 18)', () => {
  const bytes = (...parts: (string | number[])[]): Uint8Array => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

  it('UTF-8 with and without a BOM', () => {
    expect(decodeUtf8(bytes('name: café\n'))).toEqual({ ok: true, text: 'name: café\n' });
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'a: 1'))).toEqual({ ok: true, text: 'a: 1' });
    expect(decodeUtf8(bytes('emoji: 😀 ок'))).toEqual({ ok: true, text: 'emoji: 😀 ок' });
  });

  it.each([
    ['Latin-1', bytes('version: 1\nname: caf', [0xe9], '\n'), 2, 10],
    ['a lone continuation byte', bytes('a: ок', [0x80]), 1, 6],
    ['an overlong slash', bytes('a: ', [0xc0, 0xaf]), 1, 4],
    ['a UTF-16 surrogate', bytes('a: ', [0xed, 0xa0, 0x80]), 1, 4],
    ['a cut sequence at the end', bytes('a: ', [0xe2, 0x82]), 1, 4],
  ])('%s is refused at its line and column', (_, input, line, col) => {
    expect(decodeUtf8(input)).toEqual({ ok: false, code: 'not-utf-8', line, col });
  });

  it('UTF-16 with a BOM, UTF-16 without one, and a NUL byte', () => {
    expect(decodeUtf8(Buffer.from('\ufeffversion: 1', 'utf16le'))).toMatchObject({ ok: false, code: 'utf-16', line: 1, col: 1 });
    expect(decodeUtf8(Buffer.from('version: 1', 'utf16le'))).toMatchObject({ ok: false, code: 'utf-16' });
    expect(decodeUtf8(bytes('version: 1\nname: a', [0], 'b\n'))).toEqual({ ok: false, code: 'nul', line: 2, col: 8 });
  });
});

describe('deep flow nesting is refused before the parser recurses into it', () => {
  it('more than 100 levels, at the first bracket too deep', () => {
    expect(problems(`${'['.repeat(500_000)}${']'.repeat(500_000)}`)).toEqual(['1:101 nested more than 100 levels deep: a criteria file is a flat list']);
    expect(problems(`a: 1\nb: ${'{a: '.repeat(101)}1${'}'.repeat(101)}\n`)).toEqual(['2:404 nested more than 100 levels deep: a criteria file is a flat list']);
  });

  it('brackets in quotes and comments do not count', () => {
    const text = `${HEAD}  - { id: a, question: "${'['.repeat(200)}", type: yes-no, why: '${'{'.repeat(200)}' } # ${'['.repeat(200)}\n`;
    expect(problems(text)).toEqual([]);
  });

  // issue 26, item 9: an apostrophe inside a plain scalar opened a "quote" and hid every bracket after it.
  it('an apostrophe or a quote inside a plain scalar opens nothing', () => {
    for (const plain of ["name: don't", 'name: say "hi', "- it's", "name: [don't, x]"]) {
      const text = `${plain}\nb: ${'['.repeat(500_000)}${']'.repeat(500_000)}\n`;
      expect(nestingProblem(text)).toEqual({ line: 2, col: 104, problem: { code: 'too-deep', max: 100, file: 'criteria' } });
    }
  });

  // issue 26, item 10: one answer for a file, whatever its other lines send it through.
  it('a bracket inside a plain, quoted or block scalar is text, whatever the other lines', () => {
    const deep = '['.repeat(101);
    const questions = [`Is it ${deep}?`, `"${deep}"`, `'${deep}'`, `"a\\"${deep}"`, `'it''s ${deep}'`, `|\n      ${deep}\n      ${deep}`, `first line\n      ${deep}`];
    for (const question of questions) {
      const criterion = `  - id: a\n    question: ${question}\n    type: yes-no\n`;
      for (const other of ['', '# a comment\n', "name: don't [ stop\n", '%YAML 1.2\n---\n']) {
        const text = `${other}${HEAD}${criterion}`;
        expect(nestingProblem(text), `${question} / ${other}`).toBeUndefined();
        const loaded = loadCriteria(text);
        expect(loaded.ok && loaded.criteria.criteria[0]!.question.includes(deep), `${question} / ${other}`).toBe(true);
      }
    }
  });

  it('a flow collection counts wherever YAML opens one: after a key, an entry, an anchor or a tag, and inside flows', () => {
    const at = (text: string) => nestingProblem(text)?.problem.code;
    for (const open of ['a: ', '- ', '- - ', 'a: &x ', 'a: !!seq ', '? ', '', 'a:\n  ', '"k": ', 'a: [x, ', 'a: {k: ', 'a: {"k": ']) {
      expect(at(`${open}${deep(101)}`), open).toBe('too-deep');
      expect(at(`${open}${deep(99)}`), open).toBeUndefined();
    }
  });
});

/** `n` nested flow sequences. */
function deep(n: number): string {
  return `${'['.repeat(n)}${']'.repeat(n)}`;
}
