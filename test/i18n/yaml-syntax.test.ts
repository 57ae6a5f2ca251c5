/**
 * YAML the parser cannot read is worded in the interface language, never in the parser's
 * English: one input per worded case of yaml's error codes (yaml 2.9), through `check` in
 * English and in one other language; the parser's text stays in the JSON's params.detail.
 * An answers file is YAML too: `score --answers` says the same.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreProblem, YamlErrorCode, YamlMissing } from '../../src/core/problems.js';
import { ENGLISH, voiceOf } from '../../src/i18n/index.js';
import { LANGUAGES, type Lang } from '../../src/i18n/languages.js';
import { describeProblem } from '../../src/render/problems.js';
import { FIXTURES, run, tempDir } from '../helpers/main.js';

interface Case {
  /** the file's text */
  readonly yaml: string;
  /** where the problem is reported: `line:col` */
  readonly at: string;
  /** yaml's error code, and what the core found in its text */
  readonly params: { readonly yamlCode: string; readonly missing?: string; readonly token?: string };
  /** the parser's own first line, kept for machine output only */
  readonly detail: string;
  readonly english: string;
  /** the same problem in another language */
  readonly other: readonly [Lang, string];
}

const CASES: Readonly<Record<string, Case>> = {
  'a double quote left open (pointed at where it opened)': {
    yaml: 'version: 1\nname: "Web projects\nthresholds: { accept: 70, review: 40 }\n',
    at: '2:7',
    params: { yamlCode: 'MISSING_CHAR', missing: '"' },
    detail: 'Missing closing "quote',
    english: 'a text in quotes is not closed: add the closing " where the text ends',
    other: ['ru', 'текст в кавычках не закрыт: поставьте закрывающую кавычку " там, где текст заканчивается'],
  },
  'a single quote left open': {
    yaml: "version: 1\nname: 'Web projects\n",
    at: '2:7',
    params: { yamlCode: 'MISSING_CHAR', missing: "'" },
    detail: "Missing closing 'quote",
    english: "a text in quotes is not closed: add the closing ' where the text ends",
    other: ['bg', "текстът в кавички не е затворен: добавете затварящата кавичка ' там, където текстът свършва"],
  },
  'a [ list left open at the top level': {
    yaml: '[pays_upfront, polite\n',
    at: '2:1',
    params: { yamlCode: 'MISSING_CHAR', missing: ']' },
    detail: 'Flow sequence must end with a ]',
    english: 'a list opened with [ is not closed: add the closing ] where it ends',
    other: ['el', 'η λίστα που ανοίγει με [ δεν κλείνει: προσθέστε το ] εκεί που τελειώνει'],
  },
  'a { mapping left open at the top level': {
    yaml: '{version: 1\n',
    at: '2:1',
    params: { yamlCode: 'MISSING_CHAR', missing: '}' },
    detail: 'Flow map must end with a }',
    english: 'a mapping opened with { is not closed: add the closing } where it ends',
    other: ['bs', 'mapa otvorena sa { nije zatvorena: dodajte zatvarajuću } tamo gdje završava'],
  },
  'a { mapping under a key, left open or continued less indented': {
    yaml: 'version: 1\nthresholds: { accept: 70, review: 40\ncriteria:\n  - id: polite\n',
    at: '3:1',
    params: { yamlCode: 'BAD_INDENT', missing: '}' },
    detail: 'Flow map in block collection must be sufficiently indented and end with a }',
    english: 'a mapping opened with { is not closed: add the closing } where it ends (or, if it goes on here, indent this line further than its key)',
    other: ['ru', 'словарь, открытый скобкой {, не закрыт: поставьте закрывающую } там, где он заканчивается (или, если он продолжается здесь, сделайте у этой строки отступ больше, чем у его ключа)'],
  },
  'a [ list under a key, left open or continued less indented': {
    yaml: 'columns: [budget, deadline\nname: Web\n',
    at: '2:1',
    params: { yamlCode: 'BAD_INDENT', missing: ']' },
    detail: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
    english: 'a list opened with [ is not closed: add the closing ] where it ends (or, if it goes on here, indent this line further than its key)',
    other: ['el', 'η λίστα που ανοίγει με [ δεν κλείνει: προσθέστε το ] εκεί που τελειώνει (ή, αν συνεχίζεται εδώ, δώστε σε αυτή τη γραμμή μεγαλύτερη εσοχή από το κλειδί της)'],
  },
  'a line of a mapping without its colon': {
    yaml: 'name: Web\nversion 1\n',
    at: '2:1',
    params: { yamlCode: 'MISSING_CHAR', missing: ':' },
    detail: 'Implicit map keys need to be followed by map values',
    english: 'no colon after the key: a line of a mapping is written key: value',
    other: ['bg', 'след ключа няма двоеточие: редът на речника се пише ключ: стойност'],
  },
  'a list item without its dash': {
    yaml: '- id: polite\n question: Polite?\n',
    at: '2:1',
    params: { yamlCode: 'MISSING_CHAR', missing: '-' },
    detail: 'Sequence item without - indicator',
    english: 'a list item without its dash: start each item of the list with -',
    other: ['bs', 'stavka liste bez crtice: svaka stavka liste počinje sa -'],
  },
  'a comma missing between the items of a [ ] list': {
    yaml: 'columns: ["budget" "deadline"]\n',
    at: '1:20',
    params: { yamlCode: 'MISSING_CHAR', missing: ',' },
    detail: 'Missing , or : between flow sequence items',
    english: 'a comma is missing: items inside [ ] or { } are separated by commas',
    other: ['ru', 'не хватает запятой: элементы внутри [ ] или { } разделяются запятыми'],
  },
  'a comment right after a value, without a space': {
    yaml: 'name: "Web"# mine\n',
    at: '1:12',
    params: { yamlCode: 'MISSING_CHAR', missing: ' ' },
    detail: 'Comments must be separated from other tokens by white space characters',
    english: 'a space is missing before #: a comment is set apart from the value by a space',
    other: ['el', 'λείπει ένα κενό πριν από το #: το σχόλιο χωρίζεται από την τιμή με ένα κενό'],
  },
  'keys of one mapping in different columns': {
    yaml: 'thresholds:\n  accept: 70\n review: 40\n',
    at: '3:1',
    params: { yamlCode: 'BAD_INDENT' },
    detail: 'All mapping items must start at the same column',
    english: 'the indentation does not match the lines above: the keys of one mapping start in the same column, and so do the dashes of one list',
    other: ['bs', 'uvlačenje se ne slaže s redovima iznad: ključevi jedne mape počinju u istoj koloni, a tako i crtice jedne liste'],
  },
  'a tab in the indentation': {
    yaml: 'thresholds:\n\taccept: 70\n',
    at: '2:1',
    params: { yamlCode: 'TAB_AS_INDENT' },
    detail: 'Tabs are not allowed as indentation',
    english: 'a tab in the indentation: YAML indents with spaces only',
    other: ['ru', 'в отступе табуляция, а в YAML отступы делаются только пробелами'],
  },
  'a backslash that starts no escape in double quotes': {
    yaml: 'name: "C:\\clients"\n',
    at: '1:10',
    params: { yamlCode: 'BAD_DQ_ESCAPE', token: '\\c' },
    detail: 'Invalid escape sequence \\c',
    english: '"\\c" means nothing in a text in double quotes: write \\\\ for a backslash, or put the text in single quotes',
    other: ['bs', '„\\c“ ne znači ništa u tekstu pod dvostrukim navodnicima: obrnutu kosu crtu pišite kao \\\\ ili stavite tekst pod jednostruke navodnike'],
  },
  'a value starting with a reserved character': {
    yaml: 'name: @clients\n',
    at: '1:7',
    params: { yamlCode: 'BAD_SCALAR_START', token: '@' },
    detail: 'Plain value cannot start with reserved character @',
    english: 'a value cannot start with @: put the value in quotes',
    other: ['bg', 'стойност не може да започва с @: сложете стойността в кавички'],
  },
  'a second colon in a value': {
    yaml: 'question: Budget: how much?\n',
    at: '1:11',
    params: { yamlCode: 'BLOCK_AS_IMPLICIT_KEY', token: ':' },
    detail: 'Nested mappings are not allowed in compact mappings',
    english: 'a second colon on the line: a value that contains ": " goes in quotes',
    other: ['el', 'δεύτερη άνω και κάτω τελεία στη γραμμή: μια τιμή που περιέχει «: » μπαίνει σε εισαγωγικά'],
  },
  'a word after a quoted value': {
    yaml: 'name: "Web" projects\n',
    at: '1:13',
    params: { yamlCode: 'UNEXPECTED_TOKEN', token: 'projects' },
    detail: 'Unexpected scalar at node end',
    english: '"projects" is not expected here: check what is written before it',
    other: ['bs', '„projects“ se ovdje ne očekuje: provjerite šta je napisano ispred'],
  },
  'a ] that closes nothing': {
    yaml: 'version: 1\n]\n',
    at: '2:1',
    params: { yamlCode: 'UNEXPECTED_TOKEN', token: ']' },
    detail: 'Unexpected flow-seq-end token in YAML stream: "]"',
    english: '"]" is not expected here: check what is written before it',
    other: ['ru', '«]» здесь не к месту: проверьте, что написано перед ним'],
  },
  'a list item on its key’s line': {
    yaml: 'columns: - budget\n',
    at: '1:10',
    params: { yamlCode: 'UNEXPECTED_TOKEN', token: '-' },
    detail: 'Unexpected block-seq-ind on same line with key',
    english: 'a list item (-) cannot start here: write the list on the lines under its key, each item indented and starting with -',
    other: ['bg', 'елемент на списък (-) не може да започва тук: списъкът се пише на редовете под ключа си, всеки елемент с отстъп и с -'],
  },
  'two commas in a row': {
    yaml: 'columns: [budget, , deadline]\n',
    at: '1:19',
    params: { yamlCode: 'UNEXPECTED_TOKEN', token: ',' },
    detail: 'Unexpected , in flow sequence',
    english: 'an extra comma: there is no item between two commas',
    other: ['el', 'περιττό κόμμα: ανάμεσα σε δύο κόμματα δεν υπάρχει στοιχείο'],
  },
  'a key over two lines': {
    yaml: 'name\nversion: 1\n',
    at: '1:1',
    params: { yamlCode: 'MULTILINE_IMPLICIT_KEY' },
    detail: 'Implicit keys need to be on a single line',
    english: 'a key must fit on one line: is a colon missing on this line (key: value), or a closing quote?',
    other: ['bg', 'ключът трябва да е на един ред: не липсва ли двоеточие на този ред (ключ: стойност) или затваряща кавичка?'],
  },
  'a second document': {
    yaml: 'version: 1\n---\nname: Web\n',
    at: '2:1',
    params: { yamlCode: 'MULTIPLE_DOCS' },
    detail: 'Source contains multiple documents; please use YAML.parseAllDocuments()',
    english: 'a second document starts here (---), and the file holds only one: remove the --- line',
    other: ['bs', 'ovdje počinje drugi dokument (---), a fajl ima samo jedan: uklonite red ---'],
  },
  'an unknown directive': {
    yaml: '%TAB 4\n---\nversion: 1\n',
    at: '1:1',
    params: { yamlCode: 'BAD_DIRECTIVE' },
    detail: 'Unknown directive %TAB',
    english: 'an unknown directive (a line starting with %): remove the line',
    other: ['ru', 'незнакомая директива (строка, которая начинается с %): удалите эту строку'],
  },
  'a key longer than 1024 characters': {
    yaml: `${'x'.repeat(1100)}: 1\n`,
    at: '1:1',
    params: { yamlCode: 'KEY_OVER_1024_CHARS' },
    detail: 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key',
    english: 'a key longer than 1024 characters: a key is a short name before the colon (key: value)',
    other: ['el', 'κλειδί μεγαλύτερο από 1024 χαρακτήρες: το κλειδί είναι ένα σύντομο όνομα πριν από την άνω και κάτω τελεία (κλειδί: τιμή)'],
  },
  'two anchors on one value': {
    yaml: 'name: &a &b Web\n',
    at: '1:10',
    params: { yamlCode: 'MULTIPLE_ANCHORS' },
    detail: 'A node can have at most one anchor',
    english: 'an anchor (&), alias (*) or tag (!) written wrongly: clientfit files use plain values, without them',
    other: ['bg', 'грешно написана котва (&), препратка (*) или таг (!): файловете на clientfit съдържат само обикновени стойности, без тях'],
  },
  'a key: value run on inside { } without a comma': {
    yaml: 'thresholds: {accept: 70 review: 40}\n',
    at: '1:22',
    params: { yamlCode: 'BLOCK_IN_FLOW' },
    detail: 'Block collections are not allowed within flow collections',
    english: 'inside [ ] or { } items are separated by commas, without - or indented lines: is a comma missing?',
    other: ['bs', 'unutar [ ] ili { } stavke se odvajaju zarezima, bez - i bez uvučenih redova: da ne nedostaje zarez?'],
  },
  'a code without words of its own: the general sentence': {
    yaml: 'criteria:\n  - polite\n - budget\n',
    at: '3:1',
    params: { yamlCode: 'BLOCK_AS_IMPLICIT_KEY' },
    detail: 'A block sequence may not be used as an implicit map key',
    english: 'the YAML here cannot be read: look on this line and the one above for a missing quote, bracket or colon',
    other: ['ru', 'здесь YAML не читается: проверьте эту строку и строку выше — не пропущена ли кавычка, скобка или двоеточие'],
  },
};

async function check(yaml: string, args: readonly string[]) {
  const dir = tempDir();
  writeFileSync(join(dir, 'bad.yaml'), yaml);
  return run(['check', 'bad.yaml', ...args], { cwd: dir });
}

describe('check: YAML syntax problems in the interface language', () => {
  it.each(Object.entries(CASES))('%s', async (_, { yaml, at, english, other: [lang, translated], detail }) => {
    for (const [args, words] of [
      [[], english],
      [['--lang', lang], translated],
    ] as const) {
      const result = await check(yaml, args);
      expect(result.code).toBe(2);
      expect(result.out).toBe('');
      expect(result.err).toContain(`bad.yaml:${at}: ${words} [yaml-syntax]\n`);
      // The parser's English never reaches a person.
      expect(result.err).not.toContain(detail);
    }
  });

  it.each(Object.entries(CASES))('JSON: %s', async (_, { yaml, at, params, detail, english }) => {
    const result = await check(yaml, ['--format', 'json', '--lang', 'ru']);
    expect(result.code).toBe(2);
    const [line, col] = at.split(':').map(Number);
    // The same in every language: yaml's code, what it found, its own text, and the English words.
    expect(JSON.parse(result.out).problems).toContainEqual({ line, col, message: english, code: 'yaml-syntax', params: { ...params, detail } });
  });
});

describe('score --answers: an answers file is YAML too, with the same words', () => {
  it('a quote left open in an answers file, in Bulgarian and in English', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'answers.yaml'), 'pays_upfront: yes\nconflict_style: "scandal\n');
    const criteria = join(FIXTURES, 'score', 'criteria.yaml');
    const bulgarian = await run(['score', '-c', criteria, '--answers', 'answers.yaml', '--lang', 'bg'], { cwd: dir });
    expect(bulgarian.code).toBe(1);
    expect(bulgarian.out).toBe('');
    expect(bulgarian.err).toContain('answers.yaml:2:17: текстът в кавички не е затворен: добавете затварящата кавичка " там, където текстът свършва [yaml-syntax]');
    expect(bulgarian.err).not.toContain('Missing closing');
    const english = await run(['score', '-c', criteria, '--answers', 'answers.yaml'], { cwd: dir });
    expect(english.code).toBe(1);
    expect(english.err).toContain('answers.yaml:2:17: a text in quotes is not closed: add the closing " where the text ends [yaml-syntax]');
  });
});

/** Every code of the installed yaml: one missing here (a yaml upgrade adding one) is a compile error. */
const YAML_CODES: Readonly<Record<YamlErrorCode, true>> = {
  ALIAS_PROPS: true,
  BAD_ALIAS: true,
  BAD_DIRECTIVE: true,
  BAD_DQ_ESCAPE: true,
  BAD_INDENT: true,
  BAD_PROP_ORDER: true,
  BAD_SCALAR_START: true,
  BLOCK_AS_IMPLICIT_KEY: true,
  BLOCK_IN_FLOW: true,
  DUPLICATE_KEY: true,
  IMPOSSIBLE: true,
  KEY_OVER_1024_CHARS: true,
  MISSING_CHAR: true,
  MULTILINE_IMPLICIT_KEY: true,
  MULTIPLE_ANCHORS: true,
  MULTIPLE_DOCS: true,
  MULTIPLE_TAGS: true,
  NON_STRING_KEY: true,
  RESOURCE_EXHAUSTION: true,
  TAB_AS_INDENT: true,
  TAG_RESOLVE_FAILED: true,
  UNEXPECTED_TOKEN: true,
  BAD_COLLECTION_TYPE: true,
};
const MISSING: readonly (YamlMissing | undefined)[] = [undefined, '"', "'", ']', '}', ':', '-', ',', ' '];
const TOKENS: readonly (string | undefined)[] = [undefined, ':', '-', ',', 'extra'];

describe('every yaml error code, with or without what the parser found, has words in every language', () => {
  const problems: CoreProblem[] = Object.keys(YAML_CODES).flatMap((yamlCode) => [
    ...MISSING.map((missing) => ({ code: 'yaml-syntax', yamlCode, ...(missing === undefined ? {} : { missing }), detail: 'The parser says so' }) as CoreProblem),
    ...TOKENS.map((token) => ({ code: 'yaml-syntax', yamlCode, ...(token === undefined ? {} : { token }), detail: 'The parser says so' }) as CoreProblem),
  ]);

  it.each(LANGUAGES)("%s: never the parser's words, no placeholder left, Greek without ;", async (lang) => {
    const voice = await voiceOf(lang);
    for (const problem of problems) {
      const text = describeProblem(voice, problem);
      expect(text).not.toContain('The parser says so');
      expect(text).not.toMatch(/\{[a-zA-Z]+\}/u);
      if (lang === 'el') expect(text).not.toContain(';');
      if (lang !== 'en') expect(text).not.toBe(describeProblem(ENGLISH, problem));
    }
  });
});
