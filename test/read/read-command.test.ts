/** `clientfit read`: the JSON document, the text report, names, and hostile input. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers/main.js';

const HELD_OUT = join(ROOT, 'test', 'read', 'corpus', 'heldout');
const template = (name: string): string[] => ['-c', join(ROOT, 'criteria', name)];

describe('clientfit read', () => {
  it('prints exactly the documented JSON: answers with evidence, red flags with the words matched, language, name', async () => {
    const dir = tempDir();
    const file = join(dir, 'inquiry.txt');
    writeFileSync(file, 'Здравствуйте!\n\nНужен сайт срочно. Предоплата 50%, остальное после сдачи. Сделаете скидку?\n\nСпасибо!\n\nС уважением,\nОльга Смирнова\n+7 999 123-45-67\n');
    const result = await run(['read', file, ...template('freelancer-ru.yaml'), '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      answers: {
        pays_upfront: { value: 'yes', evidence: 'Предоплата 50%, остальное после сдачи.' },
        deposit_percent: { value: 50, evidence: 'Предоплата 50%, остальное после сдачи.' },
        polite: { value: 'yes', evidence: 'Спасибо!' },
        notes: { value: 'Нужен сайт срочно.', evidence: 'Нужен сайт срочно.' },
      },
      red_flags: [
        { criterion: 'notes', phrase: 'срочно', evidence: 'срочно' },
        { criterion: 'notes', phrase: 'скидк', evidence: 'скидку' },
      ],
      left_open: [],
      language: 'ru',
      name: 'Ольга Смирнова',
    });
  });

  it('gives no answer from what they paid another agency or how the old site went, and says why (text and JSON)', async () => {
    const dir = tempDir();
    const file = join(dir, 'inquiry.txt');
    const deposit = 'Last year we paid our previous agency a 50% deposit and they vanished, so we are careful now.';
    const revisions = 'The old site went through 5 rounds of revisions and it was a mess.';
    writeFileSync(file, `Hello,\n\n${deposit}\nOur traffic grew 30% since then. ${revisions}\n\nCould you tell me your rates? We're hoping to launch in May.\n\nKind regards,\nPriya Shah\n`);
    const text = await run(['read', file, ...template('freelancer.yaml')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('The message states no answer plainly.');
    expect(text.stdout).toContain(`Will they pay a deposit before work starts? — said of another time or another deal, not this one: "${deposit}"`);
    expect(text.stdout).toContain(`How many revision rounds do they expect? — said of another time or another deal, not this one: "${revisions}"`);
    const json = await run(['read', file, ...template('freelancer.yaml'), '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      answers: {},
      left_open: [
        { criterion: 'pays_upfront', reason: 'elsewhere', evidence: [deposit] },
        { criterion: 'deposit_percent', reason: 'elsewhere', evidence: [deposit] },
        { criterion: 'revisions', reason: 'elsewhere', evidence: [revisions] },
      ],
    });
  });

  it('words the note in Russian for a Russian message about a past project', async () => {
    const sentence = 'В прошлом проекте мы внесли предоплату 50%, а правок было 7 кругов.';
    const result = await run(['read', '-', ...template('freelancer-ru.yaml'), '--lang', 'ru'], { input: `Добрый день!\n${sentence} Сейчас хотим обсудить условия.\nС уважением,\nИгорь Белов\n` });
    expect(result.stdout).toContain('Прямых ответов в письме нет.');
    expect(result.stdout).toContain(`Сколько кругов правок ожидает клиент? — речь о другом времени или другом проекте, а не об этом: «${sentence}»`);
  });

  it('lists a disagreement and a question in the JSON too, with the values said', async () => {
    const result = await run(['read', '-', ...template('freelancer.yaml'), '--format', 'json'], { input: 'We pay upfront once the design is approved. How many revisions do you include?\n' });
    expect(JSON.parse(result.stdout).left_open).toEqual([
      { criterion: 'pays_upfront', reason: 'disagree', values: ['yes', 'no'], evidence: ['We pay upfront once the design is approved.'] },
      { criterion: 'revisions', reason: 'question', evidence: ['How many revisions do you include?'] },
    ]);
  });

  it('takes the name from the From header of an email, and leaves the quoted reply out', async () => {
    const result = await run(['read', join(HELD_OUT, 'en-3.eml'), ...template('freelancer.yaml'), '--format', 'json']);
    const document = JSON.parse(result.stdout);
    expect(document.name).toBe('Daniel Okafor');
    expect(document.answers.pays_upfront).toBeUndefined();
    expect(document.answers.revisions).toBeUndefined();
  });

  it('shows answers with their words, and says why a question is left open', async () => {
    const result = await run(['read', '-', ...template('freelancer.yaml')], { input: 'Hi! Do you require a deposit? We can do two rounds of revisions, thanks.\n' });
    expect(result.code).toBe(0);
    expect(result.out).toContain('How many revision rounds do they expect?  2\n  "We can do two rounds of revisions, thanks."');
    expect(result.out).toContain('Will they pay a deposit before work starts? — asked, not stated: "Do you require a deposit?"');
    // The command to go on with reads under the same criteria file.
    expect(result.out).toContain(`Next: clientfit score --message - -c ${join(ROOT, 'criteria', 'freelancer.yaml')}\n`);
  });

  it('speaks the run’s language', async () => {
    const result = await run(['read', '-', ...template('freelancer-bg.yaml')], { input: 'Може би ще платим малък аванс.\n', env: { CLIENTFIT_LANG: 'bg' } });
    expect(result.out).toContain('не е казано със сигурност: „Може би ще платим малък аванс.“');
  });

  it('sanitises escape sequences from the message before they reach the terminal', async () => {
    const result = await run(['read', '-', ...template('freelancer.yaml')], { input: 'Thanks \u001b[2J\u001b]0;owned\u0007 we pay 50% upfront.\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).not.toContain('\u0007');
  });

  it('refuses binary data and a 50 MB paste with a clear message and exit 1, printing nothing', async () => {
    const dir = tempDir();
    const binary = join(dir, 'photo.jpg');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10, 0x4a]));
    const one = await run(['read', binary, ...template('freelancer.yaml')]);
    expect(one.code).toBe(1);
    expect(one.stdout).toBe('');
    expect(one.err).toMatch(/photo\.jpg/u);
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'a'));
    const two = await run(['read', big, ...template('freelancer.yaml')]);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe('');
    expect(two.err).toContain('big.txt is larger than 8 MiB');
  });

  it('reads a legacy code page with --encoding', async () => {
    const dir = tempDir();
    const file = join(dir, 'cp1251.txt');
    // «Предоплата 50%.» in windows-1251
    writeFileSync(file, Buffer.from([0xcf, 0xf0, 0xe5, 0xe4, 0xee, 0xef, 0xeb, 0xe0, 0xf2, 0xe0, 0x20, 0x35, 0x30, 0x25, 0x2e]));
    const result = await run(['read', file, ...template('freelancer-ru.yaml'), '--encoding', 'windows-1251', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).answers.deposit_percent).toEqual({ value: 50, evidence: 'Предоплата 50%.' });
  });

  it('refuses a cue under a key that is no answer (exit 2, naming the place)', async () => {
    const dir = tempDir();
    const criteria = join(dir, 'c.yaml');
    writeFileSync(criteria, 'version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n  - { id: nda, question: NDA?, type: yes-no, cues: { perhaps: [NDA] } }\n');
    const result = await run(['read', '-', '-c', criteria], { input: 'hello' });
    expect(result.code).toBe(2);
    expect(result.err).toContain('cues of a yes-no criterion go under yes or no (got "perhaps")');
  });
});

describe('clientfit read: a very long message', () => {
  it('reads the start of the prospect’s own words and says so (bounded time on an 8 MiB paste)', async () => {
    const dir = tempDir();
    const file = join(dir, 'log.txt');
    writeFileSync(file, `We can pay 50% upfront, thanks. ${'lorem ipsum dolor sit amet '.repeat(300_000)}`);
    const result = await run(['read', file, ...template('freelancer.yaml'), '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).answers.deposit_percent.value).toBe(50);
    expect(result.err).toContain("log.txt: only the first 256 KiB of the prospect's own words were read");
  });
});
