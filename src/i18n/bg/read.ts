import { translation } from '../catalog.js';
import { read as english } from '../en/read.js';

/** Български: разделът `read` (виж ../catalog.ts): src/cli/commands/read/run.ts. */
export const read = translation('bg', english, {
  clipped: '{file}: прочетени са само първите {limit} от текста на клиента (първото писмо обикновено е много по-кратко).',
  quote: '„{text}“',
  and: ' и ',
  name: 'Име: {name}',
  language: 'Език: {language}',
  noAnswers: 'В писмото няма нито един ясно казан отговор.',
  redFlags: 'Тревожни сигнали',
  redFlag: '{words} (сигнал „{phrase}“, {id})',
  leftOpen: 'Остават отворени',
  disagree: '{question} — писмото казва две различни неща: {evidence}',
  asked: '{question} — клиентът пита, а не отговаря: {evidence}',
  hedged: '{question} — не е казано със сигурност: {evidence}',
  elsewhere: '{question} — става дума за друг път или друг проект, не за този: {evidence}',
  next: 'Следваща стъпка: {command}',
  fromMessage: 'От писмото: {evidence}',
});
