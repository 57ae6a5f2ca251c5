/**
 * A real terminal in Russian (LANG=ru_RU.UTF-8): a prospect vetted with the Russian template,
 * one question at a time, to a verdict, and saved. The prompts, choices, hints, the verdict and
 * the save question are Russian; the journal line is the same data an English run writes.
 * Skipped, saying why, when tmux is not installed (CI installs it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';
import { TMUX, tmuxDriver } from '../helpers/tmux.js';

const CRITERIA = join(ROOT, 'criteria', 'freelancer-ru.yaml');
const terminal = tmuxDriver(`clientfit-ru-${process.pid}`);

afterAll(() => {
  if (TMUX !== undefined) terminal.kill();
});

describe.skipIf(TMUX === undefined)('clientfit in a real terminal, in Russian (tmux)', () => {
  if (TMUX === undefined) console.warn('tmux is not on PATH: skipping the Russian real-terminal test (apt-get install tmux)');

  it('vets a prospect to a verdict with Russian prompts and saves it', async () => {
    const home = tempDir();
    const { start, waitFor, keys, screen } = terminal;
    const name = start(['-c', CRITERIA], home, { LANG: 'ru_RU.UTF-8' });
    await waitFor(name, 'Имя клиента (можно пропустить):');
    keys(name, 'ООО Ромашка', 'Enter');
    await waitFor(name, 'Готов ли клиент внести предоплату до начала работы?');
    const choices = screen(name);
    expect(choices).toMatch(/❯ Да\n\s+Нет\n\s+Пока не знаю\n\s+← Назад/u);
    expect(choices).toContain('↑↓ выбор • ⏎ ответить • ← Назад вернуться к предыдущему вопросу');
    expect(choices).not.toContain("Don't know yet");
    keys(name, 'Enter'); // Да
    await waitFor(name, 'Число; пусто, если пока не знаете; < — назад:');
    keys(name, 'много', 'Enter');
    await waitFor(name, '; оставьте пустым, если пока не знаете');
    keys(name, 'C-u', '50', 'Enter');
    await waitFor(name, 'Как клиент повёл себя, когда случилось что-то непредвиденное?');
    keys(name, 'Enter'); // Предложил разумный компромисс
    await waitFor(name, 'Пишет ли клиент вежливо');
    keys(name, 'Down', 'Enter'); // Нет
    await waitFor(name, 'Уважает ли клиент ваше время');
    keys(name, 'Enter'); // Да
    await waitFor(name, 'Сколько кругов правок ожидает клиент?');
    keys(name, 'Enter'); // пока не знаю
    await waitFor(name, 'Пусто, если нечего отметить; ? — если пока не знаете; < — назад:');
    keys(name, 'Enter'); // нечего отметить
    const verdict = await waitFor(name, 'Сохранить это решение в журнал?');
    expect(verdict).toContain('✔ Какую долю гонорара клиент готов внести заранее (%)? 50');
    expect(verdict).toContain('✔ Сколько кругов правок ожидает клиент? Пока не знаю');
    expect(verdict).toContain('(нечего отметить)');
    expect(verdict).toContain('ПРИНЯТЬ  оценка 79; ответы на неизвестные вердикт не изменят (максимум 89)  ·  ООО Ромашка');
    expect(verdict).toMatch(/✗ не подходит +Пишет ли клиент вежливо/u);
    expect(verdict).toContain('Осталось выяснить:');
    expect(verdict).toContain('Если возьмётесь, закрепите в договоре:');
    // In Russian the save question is a select of Да/Нет: inquirer's confirm would take "нет" for a yes.
    expect(verdict).toMatch(/❯ Да\n\s+Нет/u);
    keys(name, 'Enter');
    const final = await waitFor(name, 'EXIT=');
    expect(final).toContain('EXIT=0');
    // wrapped at word boundaries on the terminal
    expect(final).toMatch(/Сохранено в журнал \S*journal\.jsonl \(решение\s/u);
    for (const english of ['score', 'Still to ask', 'Save this decision', 'Yes', 'ACCEPT']) expect(final).not.toContain(english);
    const journal = readFileSync(join(home, '.local', 'share', 'clientfit', 'journal.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(journal).toHaveLength(1);
    expect(JSON.parse(journal[0]!)).toMatchObject({
      name: 'ООО Ромашка',
      answers: { pays_upfront: true, deposit_percent: 50, conflict_style: 'negotiates', polite: false, respects_time: true, revisions: null, notes: '' },
      result: { score: 79, verdict: 'accept' },
    });
  });
});
