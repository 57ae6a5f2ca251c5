/**
 * A seeded corpus of hostile inputs (issue 8): random bytes, NULs, huge fields, terminal escape
 * sequences, prototype keys, alias bombs, tags, mixed line endings, deep nesting, wrong encodings.
 * The same seed gives the same corpus; the suite prints the seed with every failure.
 */

/** mulberry32, the project's one seeded generator (core/model.ts's): the same seed, the same corpus. */
import { seeded as random } from '../../src/core/model.js';

export { random };

export interface Rng {
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
  bytes(length: number): Buffer;
  /** text full of what a terminal or a parser should never be handed raw */
  nasty(length: number): string;
}

/** Escape sequences a terminal acts on: clear screen, retitle, clipboard write (OSC 52), CSI in C1, cursor moves, hyperlinks. */
export const ESCAPES = [
  '\u001b[2J',
  '\u001b]0;pwned\u0007',
  '\u001b]52;c;cHduZWQ=\u0007',
  '\u009b31m',
  '\u001b[10A',
  '\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\',
  '\u001b[8m',
  '\r\u001b[K',
  '\u0007',
  '\u0000',
];

export function rng(seed: number): Rng {
  const next = random(seed);
  const int = (max: number): number => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return {
    int,
    pick,
    bytes(length) {
      const buffer = Buffer.alloc(length);
      for (let index = 0; index < length; index++) buffer[index] = int(256);
      return buffer;
    },
    nasty(length) {
      const parts = ['a', 'é', '😀', ' ', '"', ',', ';', '\t', '\n', '\r\n', '\r', '=', '+', '-', '@', '__proto__', 'constructor', '\u202e', '\ufeff', '\ud800'.slice(0, 0), ...ESCAPES];
      let text = '';
      while (text.length < length) text += pick(parts);
      return text;
    },
  };
}

export interface Case {
  readonly name: string;
  readonly bytes: Buffer;
}

const HEAD = 'version: 1\nthresholds: { accept: 70, review: 40 }\n';

/** YAML texts for criteria and answers files. */
export function yamlCases(r: Rng): Case[] {
  const text = (name: string, value: string): Case => ({ name, bytes: Buffer.from(value, 'utf8') });
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (let level = 1; level < 10; level++)
    bomb.push(
      `${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + level)}`)
        .join(', ')}]`,
    );
  return [
    { name: 'random bytes', bytes: r.bytes(2000 + r.int(4000)) },
    { name: 'NUL bytes', bytes: Buffer.alloc(3000) },
    text(
      'escape sequences in names and values',
      `${HEAD}name: "${r.nasty(40).replace(/[\\"]/gu, '')}"\ncriteria:\n  - id: polite\n    question: "Polite?\\e]0;x\\a\\e[2J"\n    type: yes-no\npolite: "\\e[31mred"\n`,
    ),
    text(
      'prototype keys',
      `${HEAD}__proto__: { polluted: yes }\ncriteria:\n  - { id: a, question: A?, type: yes-no }\n  - { id: b, question: B?, type: yes-no, when: { __proto__: yes, constructor: no } }\nconstructor: 1\nprototype: 2\n`,
    ),
    text('alias bomb', `${bomb.join('\n')}\n`),
    text('recursive alias', 'a: &a [*a]\n'),
    text('explicit tags', `${HEAD}criteria:\n  - { id: a, question: !!str A?, type: ! yes-no, points: !!int "30" }\npolite: !!binary aGk=\n`),
    text('deep nesting', `${'['.repeat(400_000)}${']'.repeat(400_000)}\n`),
    text('deep flow mapping', `${'{a: '.repeat(5_000)}1${'}'.repeat(5_000)}\n`),
    text('a huge scalar', `${HEAD}name: ${'x'.repeat(700_000)}\ncriteria: []\n`),
    text('mixed line endings', `version: 1\r\nthresholds: { accept: 70, review: 40 }\rcriteria:\n  - { id: a, question: A?, type: yes-no }\r\n`),
    { name: 'UTF-16', bytes: Buffer.from(`\ufeff${HEAD}criteria:\n  - { id: a, question: A?, type: yes-no }\n`, 'utf16le') },
    { name: 'Latin-1', bytes: Buffer.concat([Buffer.from(`${HEAD}name: caf`), Buffer.from([0xe9]), Buffer.from('\ncriteria:\n  - { id: a, question: A?, type: yes-no }\n')]) },
    text('many problems', `${HEAD}criteria:\n${Array.from({ length: 3000 }, (_, index) => `  - { id: C${index}, question: "", type: maybe, pionts: -1 }`).join('\n')}\n`),
    text(
      'a long when chain',
      `${HEAD}criteria:\n${Array.from({ length: 1000 }, (_, index) => `  - { id: c${index}, question: Q?, type: yes-no${index > 0 ? `, when: { c${index - 1}: yes }` : ''} }`).join('\n')}\n`,
    ),
    text('many unknown answer keys', Array.from({ length: 5000 }, (_, index) => `k${index}_${r.int(1e6)}: yes`).join('\n')),
  ];
}

export interface CsvCase extends Case {
  /** records after the header, when the generator knows them (structured CSV) */
  readonly records?: number;
}

function cell(r: Rng, value: string): string {
  return /[",\r\n]/u.test(value) || r.int(4) === 0 ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Lead files: header name, pays_upfront, polite, notes, plus hostile extras. */
export function csvCases(r: Rng): CsvCase[] {
  const endings = ['\n', '\r\n'];
  const structured = (name: string, options: { extraHeaders?: string[]; rows: number; field?: () => string; mixed?: boolean }): CsvCase => {
    const headers = ['name', 'pays_upfront', 'polite', 'notes', ...(options.extraHeaders ?? [])];
    const ending = r.pick(endings);
    let text = headers.map((header) => cell(r, header)).join(',') + ending;
    for (let row = 0; row < options.rows; row++) {
      const values = headers.map((_, index) => (index === 1 || index === 2 ? r.pick(['yes', 'no', '?', 'ja', '']) : (options.field ?? (() => r.nasty(12)))()));
      text += values.map((value) => cell(r, value)).join(',') + (options.mixed ? r.pick(endings) : ending);
    }
    return { name, bytes: Buffer.from(text, 'utf8'), records: options.rows };
  };
  return [
    { name: 'random bytes', bytes: r.bytes(5000 + r.int(20_000)) },
    { name: 'NUL bytes', bytes: Buffer.concat([Buffer.from('name,pays_upfront\n'), Buffer.alloc(4000)]) },
    structured('escape sequences in cells', { rows: 40 }),
    structured('escape sequences in headers', { rows: 5, extraHeaders: [`x${'\u001b]0;pwned\u0007'}`, `\u001b[2J${r.nasty(5)}`] }),
    structured('prototype-named headers', { rows: 5, extraHeaders: ['__proto__', 'constructor', 'prototype', 'toString'] }),
    structured('a huge field', { rows: 3, field: () => 'x'.repeat(r.int(3) === 0 ? 2_000_000 : 10) }),
    structured('mixed line endings between rows', { rows: 60, mixed: true }),
    structured('a huge header name', { rows: 2, extraHeaders: ['h'.repeat(1_000_000)] }),
    { name: 'missing columns in a wide header', bytes: Buffer.from(`${Array.from({ length: 100_000 }, (_, index) => `col${index}\u001b[2J`).join(',')}\nx\n`) },
    { name: 'UTF-16 with a BOM', bytes: Buffer.from('\ufeffname,pays_upfront,polite,notes\nA,yes,yes,\n', 'utf16le') },
  ];
}

/** Journal files: JSON Lines, some of them ours. */
export function journalCases(r: Rng): Case[] {
  const decision = (name: string, extra: Record<string, unknown> = {}): string =>
    JSON.stringify({
      type: 'decision',
      id: `d${r.int(1e9)}`,
      time: '2025-03-14T09:30:00.000Z',
      name,
      answers: { pays_upfront: true },
      result: { score: 50, potential: 80, verdict: 'review', failed: [], unknown: [] },
      criteria: { file: '/c.yaml', sha256: 'ab' },
      ...extra,
    });
  return [
    { name: 'random bytes', bytes: r.bytes(8000) },
    { name: 'NUL bytes', bytes: Buffer.alloc(10_000) },
    { name: 'escape sequences in names', bytes: Buffer.from(`${decision(`Evil${'\u001b]0;pwned\u0007'}\u001b[2J`)}\n${decision(r.nasty(30))}\n`) },
    {
      name: 'prototype keys',
      bytes: Buffer.from(`${decision('Proto', { __proto__: { polluted: true } })}\n{"type":"decision","__proto__":{"x":1},"constructor":{"prototype":1}}\n${decision('Proto')}\n`),
    },
    { name: 'deep nesting', bytes: Buffer.from(`${'['.repeat(200_000)}${']'.repeat(200_000)}\n${decision('After')}\n`) },
    { name: 'a huge line', bytes: Buffer.from(`${decision('Before')}\n${decision('x'.repeat(6_000_000))}\n${decision('After')}\n`) },
    { name: 'mixed line endings', bytes: Buffer.from(`${decision('A')}\r\n${decision('B')}\r${decision('C')}\n\n${decision('D')}`) },
  ];
}
