/**
 * yaml-lite, the criteria file's fast path, against the yaml library: whatever it reads must be
 * exactly what yaml reads (same values, types, key order), from a text yaml reads without an
 * error or a warning; anything else it must leave to yaml.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCriteria, loadCriteriaWithYaml, loadSimpleCriteria } from '../../src/core/load.js';
import { readSimpleYaml } from '../../src/core/yaml-lite.js';
import { ROOT } from '../helpers/cli.js';

/** What yaml reads, as load.ts asks it to; `clean` when it reports no error and no warning. */
function yamlReading(source: string): { clean: boolean; value: unknown } {
  const doc = parseDocument(source, { uniqueKeys: true, strict: true, version: '1.2' });
  return { clean: doc.errors.length === 0 && doc.warnings.length === 0, value: doc.toJS({ maxAliasCount: 0 }) };
}

/** Whether the fast path read the text; when it did, that it read what yaml reads. */
function agreesWithYaml(source: string): boolean {
  const fast = readSimpleYaml(source);
  if (fast === undefined) return false;
  const reading = yamlReading(source);
  expect(reading.clean, 'yaml reports a problem in a text the fast path read').toBe(true);
  // toStrictEqual tells -0 from 0 and '1' from 1; JSON tells the key order.
  expect(fast.value).toStrictEqual(reading.value);
  expect(JSON.stringify(fast.value)).toBe(JSON.stringify(reading.value));
  return true;
}

function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml') || file.endsWith('.yml'))
    .map((file) => join(folder, file))
    .sort();
}

const TEMPLATES = yamlFiles(join(ROOT, 'criteria'));
/** Every YAML file under test/ (criteria fixtures, broken ones included, and answers files). */
const FIXTURES = yamlFiles(join(ROOT, 'test'));

describe('the templates and fixtures', () => {
  it('the fast path reads every shipped template, as yaml does', () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(7);
    for (const file of TEMPLATES) expect(agreesWithYaml(readFileSync(file, 'utf8')), relative(ROOT, file)).toBe(true);
  });

  it('every YAML fixture under test/ is read as yaml reads it, or left to yaml', () => {
    expect(FIXTURES.length).toBeGreaterThan(20);
    const read = FIXTURES.filter((file) => agreesWithYaml(readFileSync(file, 'utf8')));
    // The valid criteria fixtures are in the subset: the comparison is not empty.
    expect(read.map((file) => relative(ROOT, file))).toContain('test/fixtures/criteria/contract.yaml');
  });

  it('loadCriteria gives the same criteria or problems with and without the fast path', () => {
    let fast = 0;
    for (const file of [...TEMPLATES, ...FIXTURES]) {
      const source = readFileSync(file, 'utf8');
      if (loadSimpleCriteria(source) !== undefined) fast++;
      expect(loadCriteria(source), relative(ROOT, file)).toStrictEqual(loadCriteriaWithYaml(source));
    }
    expect(fast).toBeGreaterThanOrEqual(TEMPLATES.length);
  });

  it('a file with a problem goes to yaml, which says where it is', () => {
    const template = readFileSync(join(ROOT, 'criteria', 'freelancer.yaml'), 'utf8');
    const broken = template.replace('points: 25', 'points: many');
    expect(readSimpleYaml(broken)).not.toBeUndefined();
    expect(loadSimpleCriteria(broken)).toBeUndefined();
    const result = loadCriteria(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ line: template.split('\n').findIndex((line) => line.includes('points: 25')) + 1, col: 13 });
  });
});

describe('the subset, table-driven', () => {
  const cases: [string, unknown][] = [
    ['a: 1\nb: -0\nc: 007\nd: +5\ne: 1.0\nf: 0.20\ng: -3.5\n', { a: 1, b: -0, c: 7, d: 5, e: 1, f: 0.2, g: -3.5 }],
    ['a: yes\nb: No\nc: true\nd: FALSE\ne: ~\nf: Null\ng: nUll\n', { a: 'yes', b: 'No', c: true, d: false, e: null, f: null, g: 'nUll' }],
    ['a: 50% deposit, the rest later\nb: C# and F#\nc: x # note\nd: http://x.y/z\n', { a: '50% deposit, the rest later', b: 'C# and F#', c: 'x', d: 'http://x.y/z' }],
    ['a: \'it\'\'s # not a comment\'\nb: "say \\"hi\\"\\n"\n', { a: "it's # not a comment", b: 'say "hi"\n' }],
    ['a: [x, "y z", 1, ~]\nb: { k: v w, n: 2 }\nc: []\nd: {}\n', { a: ['x', 'y z', 1, null], b: { k: 'v w', n: 2 }, c: [], d: {} }],
    ['list:\n  - id: a\n    n: 1\n  - { id: b }\n  - plain\nsame:\n- 1\n- 2\nafter: x\n', { list: [{ id: 'a', n: 1 }, { id: 'b' }, 'plain'], same: [1, 2], after: 'x' }],
    ['a: |\n  one\n\n  two\n\n\nb: |-\n  three\n    four\n', { a: 'one\n\ntwo\n', b: 'three\n  four' }],
    ['empty:\n# comment\nnext: 1\n', { empty: null, next: 1 }],
    ['a: 1\r\nb: |\r\n  x\r\n\r\n  y\r\nc: [d]\n', { a: 1, b: 'x\n\ny\n', c: ['d'] }],
  ];
  it.each(cases)('%j', (source, value) => {
    expect(readSimpleYaml(source)).toStrictEqual({ value });
    expect(agreesWithYaml(source)).toBe(true);
  });

  const leftToYaml = [
    'a: 1\na: 2\n', // duplicate key
    'a:\n  b: 1\n  b: 2\n',
    '__proto__: 1\n',
    'constructor: 1\n',
    '1: a\n', // a key that is not a string
    'true: a\n',
    'a: 0x1F\n',
    'a: 1e3\n',
    'a: .inf\n',
    'a: 12345678901234567890\n',
    'a: 1.\n',
    'a: &x 1\nb: *x\n',
    'a: !!str 1\n',
    '---\na: 1\n',
    '%YAML 1.2\n---\na: 1\n',
    'a:\tb\n',
    'a: 1\rb: 2\r',
    'a: 1\r\n\rb: 2\r\n',
    'a: b\n  c\n', // a continuation line
    'a: "b\n  c"\n',
    'a: >\n  b\n',
    'a: |+\n  b\n',
    'a: |2\n   b\n',
    'a: |\n  b', // no final line break
    'a: [b, [c]]\n',
    'a: [b, c\n',
    'a: [b, c,]\n',
    'a: b: c\n',
    '? a\n: b\n',
    '- a\n',
    'a: "\\x41"\n',
    '\ufeffa: 1\n',
    'a: b\u00a0\n',
    `a:\n${'- '.repeat(20_000)}x\n`, // deeper than any criteria file: no stack overflow
    `a:\n${Array.from({ length: 150 }, (_, level) => `${' '.repeat(level + 1)}k${level}:`).join('\n')} 1\n`,
  ];
  it.each(leftToYaml.map((source) => [source.length > 60 ? `${source.slice(0, 60)}…` : source, source]))('%j is left to yaml', (_, source) => {
    expect(readSimpleYaml(source)).toBeUndefined();
  });
});

// ---- Random documents around the subset and its edges ------------------------------------

/** Pieces of scalars: words, every shape of number, null and boolean words, indicators, odd characters. */
const WORDS = ['a', 'value', 'Hello world', 'скидк', 'Ωμέγα', 'džaba', '🚩', 'x y', ' ', '12', '0.25', 'it', '-x', 'a.b', 'b-c'];
const EDGES = [
  '0',
  '-0',
  '1',
  '+1',
  '-7',
  '007',
  '1.0',
  '1.',
  '.5',
  '0.2',
  '-0.0',
  '1e3',
  '1E-2',
  '0x1F',
  '0o17',
  '.inf',
  '-.Inf',
  '.nan',
  '12345678901234567890',
  '3 rounds',
  '50%',
  '1_000',
  'null',
  'Null',
  'NULL',
  'nUll',
  '~',
  'true',
  'True',
  'TRUE',
  'tRue',
  'false',
  'False',
  'FALSE',
  'yes',
  'No',
  'on',
  'off',
  'y',
  '#',
  ' #',
  ' # c',
  ':',
  ': ',
  ' :',
  '-',
  '- ',
  '?',
  '? ',
  '&a',
  '*a',
  '!t',
  '!!str',
  '@',
  '`',
  '|',
  '>',
  '%',
  '[',
  ']',
  '{',
  '}',
  ',',
  ', ',
  '"',
  "'",
  "''",
  '\\',
  '\\n',
  '\\"',
  '\\x41',
  '\t',
  '\r',
  '\u00a0',
  '\u2028',
  '\u0085',
  '<<',
  '=',
  '---',
  '...',
  ' ',
  '  ',
  '__proto__',
  'constructor',
  'prototype',
];

const piece = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...EDGES) });
/** Scalars of one to three pieces, and often one edge alone (`-0`, `NULL`, `1.0` as the whole value). */
const scalarText = fc.oneof({ weight: 4, arbitrary: fc.array(piece, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('')) }, { weight: 1, arbitrary: fc.constantFrom(...EDGES) });

/** A scalar as written: plain, double-quoted (escaped or not) or single-quoted (with '' or not). */
const scalar = fc.tuple(scalarText, fc.nat(9)).map(([text, style]) => {
  if (style <= 4) return text;
  if (style <= 6) return `"${text.replace(/\\/gu, '\\\\').replace(/"/gu, '\\"')}"`;
  if (style === 7) return `"${text}"`;
  if (style === 8) return `'${text.replace(/'/gu, "''")}'`;
  return `'${text}'`;
});

/** Keys from a small set, so that duplicates happen, and random ones. */
const key = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('a', 'b', 'id', 'value', 'points', 'when', 'a b', 'k_1', 'x-y', 'Ключ') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('"a"', "'b'", '"a b"', "'it''s'", '"q\\"x"', '__proto__', 'constructor', '1', 'true', 'null', '~', 'x:y', '-k', 'k ', 'a#b', '<<', '"1"', "''", '? k', '&k k', '[k]'),
  },
  { weight: 1, arbitrary: scalarText },
);

const separator = fc.constantFrom(', ', ',', ' , ', ',  ');

const flowSeq = fc
  .tuple(fc.array(fc.oneof({ weight: 8, arbitrary: scalar }, { weight: 1, arbitrary: fc.constantFrom('[x]', '{ k: v }') }), { maxLength: 4 }), separator, fc.nat(9))
  .map(([items, sep, shape]) => {
    const body = items.join(sep);
    if (shape === 0) return `[${body}`; // never closed
    if (shape === 1) return `[${body},]`;
    return shape <= 5 ? `[${body}]` : `[ ${body} ]`;
  });

const flowMap = fc.tuple(fc.array(fc.tuple(key, scalar, fc.constantFrom(': ', ':', ' : ', ':  ')), { maxLength: 4 }), separator, fc.nat(9)).map(([pairs, sep, shape]) => {
  const body = pairs.map(([k, v, colon]) => `${k}${colon}${v}`).join(sep);
  if (shape === 0) return `{ ${body}`;
  if (shape === 1) return `{ ${body}, }`;
  return shape <= 5 ? `{ ${body} }` : `{${body}}`;
});

/** A literal or folded block scalar: header, lines at the margin and deeper, blank lines of any width, trailing blanks. */
const blockScalar = fc
  .tuple(
    fc.constantFrom('|', '|', '|-', '|-', '|+', '>', '|2', '| # c', '|#c', '|-  # c', '| x'),
    fc.array(fc.tuple(fc.nat(3), fc.oneof(scalarText, fc.constant(''), fc.constant('# not a comment'))), { minLength: 0, maxLength: 5 }),
    fc.array(fc.nat(4), { maxLength: 3 }),
    fc.integer({ min: -1, max: 3 }),
  )
  .map(([header, lines, trailing, shift]) => ({ header, lines, trailing, shift }));

type Node =
  | { kind: 'scalar'; text: string }
  | { kind: 'block'; value: BlockScalar }
  | { kind: 'map'; entries: [string, Node][] }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'empty'; comment: boolean };
type BlockScalar = { header: string; lines: [number, string][]; trailing: number[]; shift: number };

const { node } = fc.letrec<{ node: Node; map: Node; seq: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: scalar.map((text) => ({ kind: 'scalar' as const, text })) },
    { weight: 2, arbitrary: fc.oneof(flowSeq, flowMap).map((text) => ({ kind: 'scalar' as const, text })) },
    { weight: 1, arbitrary: blockScalar.map((value) => ({ kind: 'block' as const, value })) },
    { weight: 1, arbitrary: fc.boolean().map((comment) => ({ kind: 'empty' as const, comment })) },
    { weight: 2, arbitrary: tie('map') },
    { weight: 2, arbitrary: tie('seq') },
  ),
  map: fc.array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4 }).map((entries) => ({ kind: 'map' as const, entries: entries as [string, Node][] })),
  seq: fc
    .array(fc.oneof({ weight: 2, arbitrary: tie('map') }, { weight: 3, arbitrary: tie('node') }), { minLength: 1, maxLength: 3 })
    .map((items) => ({ kind: 'seq' as const, items: items as Node[] })),
}));

/** Writes a node as the value after `key:` (or after `- `) at indentation `indent`, with a random style choice `style`. */
function writeValue(value: Node, indent: number, style: number, out: string[], head: string): void {
  const step = [2, 2, 2, 4, 1, 3][style % 6]!;
  switch (value.kind) {
    case 'scalar':
      out.push(`${head} ${value.text}${style % 7 === 0 ? '  # c' : style % 11 === 0 ? '  ' : ''}`);
      return;
    case 'empty':
      out.push(value.comment ? `${head} # nothing` : head);
      return;
    case 'block': {
      const { header, lines, trailing, shift } = value.value;
      out.push(`${head} ${header}`);
      const margin = indent + 2 + shift;
      for (const [extra, text] of lines) out.push(text === '' ? ' '.repeat(extra) : `${' '.repeat(Math.max(0, margin + (extra === 3 ? 1 : 0)))}${text}`);
      for (const spaces of trailing) out.push(' '.repeat(spaces));
      return;
    }
    case 'map':
    case 'seq': {
      // A sequence may sit at its key's indentation (`key:\n- a`).
      const inner = value.kind === 'seq' && style % 5 === 0 ? indent : indent + step;
      out.push(head);
      writeCollection(value, inner, style, out);
      return;
    }
  }
}

function writeCollection(value: Node, indent: number, style: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  if (value.kind === 'map') {
    value.entries.forEach(([k, v], index) => {
      const colon = (style + index) % 13 === 0 ? ' :' : ':';
      writeValue(v, indent, style + index, out, `${pad}${k}${colon}`);
    });
  } else if (value.kind === 'seq') {
    value.items.forEach((item, index) => {
      const dash = (style + index) % 9 === 0 ? '-   ' : '- ';
      if (item.kind === 'map' && (style + index) % 3 !== 0) {
        // `- key: value` with the mapping's further keys under it.
        const lines: string[] = [];
        writeCollection(item, indent + dash.length, style + index, lines);
        lines[0] = `${pad}${dash}${lines[0]!.slice(indent + dash.length)}`;
        out.push(...lines);
      } else if (item.kind === 'seq' && (style + index) % 4 === 0) {
        const lines: string[] = [];
        writeCollection(item, indent + 2, style + index, lines);
        lines[0] = `${pad}- ${lines[0]!.slice(indent + 2)}`;
        out.push(...lines);
      } else {
        writeValue(item, indent, style + index, out, `${pad}-`);
      }
    });
  }
}

/** Changes to the written text: the subset's edges that the grammar above does not write. */
const mutation = fc.oneof(
  fc.constant((text: string) => text.replace(/\n/gu, '\r\n')),
  fc.nat().map((at) => (text: string) => {
    // One line ending in CRLF among LF ones.
    const lines = text.split('\n');
    const index = at % lines.length;
    lines[index] = `${lines[index]!}\r`;
    return lines.join('\n');
  }),
  fc.constant((text: string) => text.replace(/\n$/u, '')),
  fc.constant((text: string) => `# head\n\n${text}\n# tail\n`),
  fc.constant((text: string) => `---\n${text}`),
  fc.constant((text: string) => `${text}...\n`),
  fc.constant((text: string) => `\ufeff${text}`),
  fc.tuple(fc.nat(), fc.constantFrom('\t', ' ', '  ', '\n', '#', ' # c\n', ':', '- ', '"', "'", '\r', '\u00a0')).map(
    ([at, insert]) =>
      (text: string) =>
        text.slice(0, at % (text.length + 1)) + insert + text.slice(at % (text.length + 1)),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: -2, max: 3 })).map(([at, shift]) => (text: string) => {
    const lines = text.split('\n');
    const index = at % lines.length;
    lines[index] = shift < 0 ? lines[index]!.slice(-shift) : ' '.repeat(shift) + lines[index]!;
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.nat(6)).map(([at, spaces]) => (text: string) => {
    const lines = text.split('\n');
    lines.splice(at % (lines.length + 1), 0, `${' '.repeat(spaces)}# between`);
    return lines.join('\n');
  }),
  fc.nat().map((at) => (text: string) => {
    const lines = text.split('\n');
    const index = at % lines.length;
    lines.splice(index, 0, lines[index]!);
    return lines.join('\n');
  }),
);

const document = fc.tuple(fc.array(fc.tuple(key, node), { minLength: 1, maxLength: 5 }), fc.nat(), fc.array(mutation, { maxLength: 2 }), fc.nat(3)).map(([entries, style, changes, mutate]) => {
  const out: string[] = [];
  writeCollection({ kind: 'map', entries }, 0, style, out);
  let text = `${out.join('\n')}\n`;
  // Half the documents stay as written, so that many are in the subset.
  if (mutate >= 2) for (const change of changes) text = change(text);
  return text;
});

/** A shipped template with a few random changes: the files people actually edit, and their mistakes. */
const editedTemplate = fc
  .tuple(
    fc.constantFrom(...TEMPLATES),
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: mutation },
        {
          weight: 3,
          arbitrary: fc.tuple(fc.nat(), scalar).map(([at, value]) => (text: string) => {
            // A value replaced: `key: <scalar>` on a random line that has one.
            const lines = text.split('\n');
            const index = at % lines.length;
            lines[index] = lines[index]!.replace(/^(\s*(?:- )?[\w-]+:) .*$/u, `$1 ${value}`);
            return lines.join('\n');
          }),
        },
        {
          weight: 1,
          arbitrary: fc.nat().map((at) => (text: string) => {
            const lines = text.split('\n');
            lines.splice(at % lines.length, 1);
            return lines.join('\n');
          }),
        },
      ),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([file, changes]) => changes.reduce((text, change) => change(text), readFileSync(file, 'utf8')));

/**
 * Runs the comparison with yaml on `numRuns` generated sources (seed printed, replayable with
 * CLIENTFIT_FC_SEED) and checks the fast path read a fair share of them: a property that held
 * only because the fast path refused everything would prove nothing.
 */
function readsLikeYaml(sources: fc.Arbitrary<string>, numRuns: number, what: string): void {
  const seed = Number(process.env.CLIENTFIT_FC_SEED ?? Date.now() % 2 ** 31);
  let read = 0;
  let runs = 0;
  fc.assert(
    fc.property(sources, (source) => {
      runs++;
      if (agreesWithYaml(source)) read++;
    }),
    { numRuns, seed },
  );
  console.log(`yaml-lite: seed ${seed}, read ${read} of ${runs} ${what}`);
  expect(read).toBeGreaterThan(runs / 10);
}

describe('random documents', () => {
  it('edited templates: whatever the fast path reads, yaml reads the same', () => {
    readsLikeYaml(editedTemplate, 600, 'edited templates');
  });

  it('whatever the fast path reads, yaml reads the same, with no error or warning', () => {
    readsLikeYaml(document, 5000, 'documents');
  });
});
