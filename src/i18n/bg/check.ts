import { translation } from '../catalog.js';
import { check as english } from '../en/check.js';

export const check = translation('bg', english, {
  clauseJoin: '; ',
  criteria: 'Критерии:',
  thresholds: 'Прагове:',
  thresholdsLine: 'приемане от {accept}, уточняване от {review}, под това отказ',
  maxUnknown: '; най-много „уточняване“, ако неизвестните са повече от {maxUnknown}',
  headers: { id: 'id', type: 'тип', must: 'задълж.', points: 'точки', passes: 'изпълнено, ако' },
  mustCell: 'да',
  totals: '{criteria}, {musts}, общо {points}.',
  criteriaCount: { one: '{count} критерий', other: '{count} критерия' },
  mustCount: { one: '{count} задължителен', other: '{count} задължителни' },
  pointsCount: { one: '{count} точка', other: '{count} точки' },
  noWarnings: 'Няма забележки: кратък списък с минимални изисквания.',
  warnings: { one: '{count} забележка:', other: '{count} забележки:' },
  kinds: { 'too picky': 'твърде придирчиво', 'accepts everyone': 'приема всички', unreachable: 'недостижимо', inconsistent: 'противоречиво' },
  passes: {
    yes: 'да',
    no: 'не',
    between: 'от {min} до {max}',
    atLeast: 'поне {min}',
    atMost: 'най-много {max}',
    anyNumber: 'всяко число',
    option: '{value} {points}',
    withFails: '{options}; неизпълнено при: {fails}',
    noMention: 'без да споменава {flags}',
    flag: '„{flag}“',
    label: '„{label}“',
    /** a red flag written as a stem, shown by the whole words it finds */
    stem: '{examples} и други форми',
    anything: 'всичко',
  },
  when: 'ако {conditions}',
  condition: '{id}: {values}',
  or: ' или ',
});
