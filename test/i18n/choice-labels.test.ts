/**
 * An answer that is none of a choice's options: messages meant for people list the options by
 * the labels the criteria file gives (accepted as answers too, and in a translated list the only
 * words its user knows), in the language's quotes; machine output (JSON's message and params,
 * CSV) keeps the values it always had. A file without labels keeps its values everywhere.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers/main.js';

const RU = join(ROOT, 'criteria', 'freelancer-ru.yaml');
const EN = join(ROOT, 'criteria', 'freelancer.yaml');

const LEADS = [
  'ФИО;Предоплата;Процент предоплаты;Конфликты;Вежливость;Пунктуальность;Правки;Заметки',
  'Иван Петров;да;30;negotiates;да;да;1;',
  'ООО «Ромашка»;да;50;Промолчал какое-то время;да;да;1;',
].join('\n');

function leadsDir(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'leads.csv'), `${LEADS}\n`);
  return dir;
}

describe('a choice answer that is none of the options', () => {
  it('batch: the Russian summary lists the labels, «На время пропал», not the values', async () => {
    const result = await run(['--lang', 'ru', 'batch', 'leads.csv', '-c', RU, '--allow-missing'], { cwd: leadsDir() });
    expect(result.code).toBe(0);
    expect(result.err).toContain(
      'строка 3, колонка «Конфликты»: нужен один из вариантов: «Предложил разумный компромисс», «На время пропал», «Устроил скандал или угрожал», а не «Промолчал какое-то время» [not-one-of]',
    );
    expect(result.err).not.toContain('negotiates, silent, scandal');
  });

  it('batch --format json and CSV: the values, as before, in every language', async () => {
    const dir = leadsDir();
    for (const lang of ['ru', 'en']) {
      const json = await run(['--lang', lang, 'batch', 'leads.csv', '-c', RU, '--allow-missing', '--format', 'json'], { cwd: dir });
      const invalid = (JSON.parse(json.out) as { invalid: unknown[] }[])[1]!.invalid[0];
      expect(invalid).toEqual({
        id: 'conflict_style',
        column: 'Конфликты',
        value: 'Промолчал какое-то время',
        message: 'expected one of negotiates, silent, scandal (got "Промолчал какое-то время")',
        code: 'not-one-of',
        params: { options: ['negotiates', 'silent', 'scandal'], raw: 'Промолчал какое-то время' },
      });
      const csv = await run(['--lang', lang, 'batch', 'leads.csv', '-c', RU, '--allow-missing', '--format', 'csv'], { cwd: dir });
      expect(csv.out).not.toContain('На время пропал');
    }
  });

  it('score: the result table says it with labels; --format json keeps the values', async () => {
    const args = ['score', '-c', EN, '--no-input', '--no-message', '--set', 'conflict_style=shouted'];
    const text = await run(args);
    expect(text.out.replace(/\s+/gu, ' ')).toContain('expected one of "Proposed a fair compromise", "Went quiet for a while", "Made a scene or threatened" (got "shouted")');
    const json = await run([...args, '--format', 'json']);
    const entry = (JSON.parse(json.out) as { results: { id: string }[] }).results.find((candidate) => candidate.id === 'conflict_style');
    expect(entry).toMatchObject({
      message: 'expected one of negotiates, silent, scandal (got "shouted")',
      params: { options: ['negotiates', 'silent', 'scandal'], raw: 'shouted' },
    });
    expect(Object.keys((entry as unknown as { params: object }).params)).toEqual(['options', 'raw']);
  });

  it('a criteria file without labels lists its values, as before', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'plain.yaml'),
      `version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - id: size
    question: How big is the project?
    type: choice
    options:
      - { value: small, points: 10 }
      - { value: large, points: 20 }
`,
    );
    const result = await run(['--lang', 'ru', 'score', '-c', 'plain.yaml', '--no-input', '--no-message', '--set', 'size=huge'], { cwd: dir });
    expect(result.out.replace(/\s+/gu, ' ')).toContain('нужен один из вариантов: small, large, а не «huge»');
  });
});
