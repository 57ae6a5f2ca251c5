import { translation } from '../catalog.js';
import { check as english } from '../en/check.js';

export const check = translation('ru', english, {
  clauseJoin: '; ',
  criteria: 'Критерии:',
  thresholds: 'Пороги:',
  thresholdsLine: 'принять — от {accept}, уточнить — от {review}, ниже — отказать',
  maxUnknown: '; если неизвестных ответов больше {maxUnknown}, то не выше «уточнить»',
  headers: { id: 'id', type: 'тип', must: 'обяз.', points: 'баллы', passes: 'проходит, если' },
  mustCell: 'да',
  totals: '{criteria}, {musts}, всего {points}.',
  criteriaCount: { one: '{count} критерий', few: '{count} критерия', many: '{count} критериев', other: '{count} критерия' },
  mustCount: { one: '{count} обязательный', few: '{count} обязательных', many: '{count} обязательных', other: '{count} обязательного' },
  pointsCount: { one: '{count} балл', few: '{count} балла', many: '{count} баллов', other: '{count} балла' },
  noWarnings: 'Предупреждений нет: короткий список минимальных требований.',
  warnings: { one: '{count} предупреждение:', few: '{count} предупреждения:', many: '{count} предупреждений:', other: '{count} предупреждения:' },
  kinds: { 'too picky': 'слишком строго', 'accepts everyone': 'проходят все', unreachable: 'недостижимо', inconsistent: 'противоречие' },
  passes: {
    yes: 'да',
    no: 'нет',
    between: 'от {min} до {max}',
    atLeast: 'не меньше {min}',
    atMost: 'не больше {max}',
    anyNumber: 'любое число',
    option: '{value} {points}',
    withFails: '{options}; не проходит: {fails}',
    noMention: 'не упоминаются {flags}',
    flag: '«{flag}»',
    label: '«{label}»',
    /** a red flag written as a stem, shown by the whole words it finds */
    stem: '{examples} и другие формы',
    anything: 'что угодно',
  },
  when: 'если {conditions}',
  condition: '{id}: {values}',
  or: ' или ',
});
