/**
 * Help and commander's own messages in every interface language: a golden per language, and
 * the language chosen as issue 12 says (--lang over the locale; an unknown --lang is a usage
 * error naming the supported languages).
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run } from '../helpers/main.js';

const COMMANDS = [[], ['score'], ['form'], ['batch'], ['calibrate'], ['sql'], ['history'], ['outcome'], ['read'], ['init'], ['check'], ['completion']];

describe('--help in each language', () => {
  it.each(LANGUAGES)("%s: every command's help matches its golden", async (lang) => {
    const pages: string[] = [];
    for (const command of COMMANDS) {
      const result = await run(['--lang', lang, ...command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      // The manual's path is the clone's: the golden holds it as <root>.
      pages.push(`$ clientfit ${[...command, '--help'].join(' ')}\n${result.stdout.replaceAll(ROOT, '<root>/')}`);
    }
    await expect(pages.join('\n')).toMatchFileSnapshot(`__snapshots__/help.${lang}.txt`);
  });

  it.each(LANGUAGES)("%s: the help names where the manual is, a file that exists (the package's README.md)", async (lang) => {
    const result = await run(['--lang', lang, '--help']);
    const path = /\n  (\/\S+README\.md)\n/u.exec(result.stdout)?.[1];
    expect(path).toBe(join(ROOT, 'README.md'));
    expect(existsSync(path!)).toBe(true);
    expect(result.stdout).not.toMatch(/: README\.md/u);
  });

  it('the English golden is the help English users had before the catalogs (spot checks)', async () => {
    const result = await run(['batch', '--help']);
    expect(result.stdout).toMatch(/^Usage: clientfit batch \[options\] \[file\]\n/u);
    expect(result.stdout).toContain('Arguments:\n  file ');
    expect(result.stdout).toContain('(choices: "csv", "jsonl", "json", "table")');
    expect(result.stdout).toMatch(/\n  -h, --help +show help\n/u);
  });

  it.each([
    ['ru', 'Использование: clientfit batch [параметры] [файл]', 'Параметры:', '(варианты: "csv", "jsonl", "json", "table")', '--only <вердикты>', '--map <id=Заголовок>', '  файл '],
    ['bg', 'Употреба: clientfit batch [опции] [файл]', 'Опции:', '(възможни: "csv", "jsonl", "json", "table")', '--only <вердикти>', '--map <id=Заглавие>', '  файл '],
    ['el', 'Χρήση: clientfit batch [επιλογές] [αρχείο]', 'Επιλογές:', '(τιμές: "csv", "jsonl", "json", "table")', '--only <ετυμηγορίες>', '--map <id=Επικεφαλίδα>', '  αρχείο '],
    ['bs', 'Upotreba: clientfit batch [opcije] [fajl]', 'Opcije:', '(moguće: "csv", "jsonl", "json", "table")', '--only <preporuke>', '--map <id=Zaglavlje>', '  fajl '],
  ])("%s: commander's own words and the placeholders are translated, option names and values are not", async (lang, usage, options, choices, only, map, argument) => {
    const result = await run(['batch', '--help'], { env: { CLIENTFIT_LANG: lang } });
    const text = result.stdout.replace(/\s+/gu, ' ');
    expect(result.stdout.startsWith(`${usage}\n`)).toBe(true);
    expect(result.stdout).toContain(`\n${options}\n`);
    expect(text).toContain(choices);
    expect(result.stdout).toContain(only);
    expect(result.stdout).toContain(map);
    expect(result.stdout).toContain(`\n${argument}`);
    // the threshold's keys are what a user types: they stay
    expect((await run(['calibrate', '--help'], { env: { CLIENTFIT_LANG: lang } })).stdout).toContain('--threshold <accept=N,review=M>');
    expect(result.stdout).not.toMatch(/Usage:|Options:|Arguments:|show help|\[options\]|choices:|<file>|<verdicts>|\[file\]/u);
  });
});

describe('choosing the language', () => {
  it('an unknown --lang is exit 2, naming the supported languages', async () => {
    const result = await run(['--lang', 'xx', 'check']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('clientfit: --lang xx: not a language clientfit speaks (supported: en, ru, bg, el, bs)\n');
  });

  it("--lang with no value is a usage error in the locale's language; an empty one is unknown", async () => {
    const missing = await run(['check', '--lang'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe('clientfit: параметру «--lang <код>» нужно значение\n');
    const empty = await run(['--lang=', 'check']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('clientfit: --lang : not a language clientfit speaks (supported: en, ru, bg, el, bs)\n');
  });

  it('a --lang value from a script reaches the terminal without its escape sequences', async () => {
    const result = await run(['--lang', '\u001b[31mred\u0007', 'check']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/\u001b|\u0007/u);
    expect(result.stderr).toMatch(/^clientfit: --lang .*\[31mred.*: not a language clientfit speaks/u);
  });

  it("an unknown --lang is told in the locale's language", async () => {
    const result = await run(['--lang', 'xx', 'check'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('en, ru, bg, el, bs');
    expect(result.stderr).toMatch(/^clientfit: --lang xx: clientfit не говорит/u);
  });

  it('LANG=ru_RU.UTF-8 speaks Russian; --lang en wins over it', async () => {
    const russian = await run(['--help'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(russian.stdout).toMatch(/^Использование: clientfit/u);
    const english = await run(['--lang', 'en', '--help'], { env: { LANG: 'ru_RU.UTF-8' } });
    const plain = await run(['--help']);
    expect(english.stdout).toBe(plain.stdout);
    expect(english.stdout).toMatch(/^Usage: clientfit \[options\] \[command\]/u);
  });
});

describe("commander's errors in each language: clientfit: prefix, exit 2", () => {
  const cases: readonly (readonly string[])[] = [
    ['batch', '--stirct'],
    ['batch', '--format', 'xml'],
    ['outcome'],
    ['completion', 'tcsh'],
    ['batch', 'a.csv', 'b.csv'],
    ['batch', '--only'],
    ['batchh'],
  ];
  it.each(LANGUAGES)('%s', async (lang) => {
    const lines: string[] = [];
    for (const args of cases) {
      const result = await run(['--lang', lang, ...args]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^clientfit: /u);
      lines.push(`$ clientfit --lang ${lang} ${args.join(' ')}\n${result.stderr}`);
    }
    await expect(lines.join('\n')).toMatchFileSnapshot(`__snapshots__/usage-errors.${lang}.txt`);
    if (lang !== 'en') expect(lines.join('\n')).not.toMatch(/unknown option|too many arguments|missing required|is invalid|Allowed choices|argument missing|did you mean/iu);
  });

  it("English is commander's wording with our prefix", async () => {
    expect((await run(['batch', '--stirct'])).stderr).toBe("clientfit: unknown option '--stirct'\n(Did you mean --strict?)\n");
    expect((await run(['completion', 'tcsh'])).stderr).toBe("clientfit: command-argument value 'tcsh' is invalid for argument 'shell'. Allowed choices are bash, zsh, fish.\n");
  });
});
