import { translation } from '../catalog.js';
import { read as english } from '../en/read.js';

/** Русский: раздел `read` (см. ../catalog.ts): src/cli/commands/read/run.ts. */
export const read = translation('ru', english, {
  clipped: '{file}: прочитаны только первые {limit} текста клиента (обычное первое письмо гораздо короче).',
  quote: '«{text}»',
  and: ' и ',
  name: 'Имя: {name}',
  language: 'Язык: {language}',
  noAnswers: 'Прямых ответов в письме нет.',
  redFlags: 'Красные флаги',
  redFlag: '{words} (красный флаг «{phrase}», {id})',
  leftOpen: 'Под вопросом',
  disagree: '{question} — в письме сказано по-разному: {evidence}',
  asked: '{question} — клиент спрашивает, а не отвечает: {evidence}',
  hedged: '{question} — сказано неуверенно: {evidence}',
  elsewhere: '{question} — речь о другом времени или другом проекте, а не об этом: {evidence}',
  next: 'Дальше: {command}',
  fromMessage: 'Из письма: {evidence}',
});
