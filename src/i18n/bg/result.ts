import { translation } from '../catalog.js';
import { result as english } from '../en/result.js';

export const result = translation('bg', english, {
  banner: { accept: 'ПРИЕМАНЕ', review: 'УТОЧНЯВАНЕ', reject: 'ОТКАЗ' },
  verdict: { accept: 'приемане', review: 'уточняване', reject: 'отказ' },
  marks: { pass: '✓ изпълнено', fail: '✗ неизпълнено', unknown: '? неизвестно', na: '– не се отнася', invalid: '! невалидно' },
  yes: 'да',
  no: 'не',
  score: {
    complete: 'оценка {score}',
    /** a must-have's question inside the line above */
    quoted: '„{text}“',
    couldChange: 'оценка {score}, до {potential}, след като изясните неизвестните',
    mustFailed: {
      one: 'оценка {score}; отговорите на неизвестните няма да променят това: задължителното условие {ids} не е изпълнено',
      other: 'оценка {score}; отговорите на неизвестните няма да променят това: задължителните условия {ids} не са изпълнени',
    },
    sameVerdict: 'оценка {score}; отговорите на неизвестните няма да променят вердикта (най-много {potential})',
    capped: {
      one: '; остава за уточняване: {count} отговор е неизвестен или невалиден, а max_unknown позволява най-много {max}',
      other: '; остава за уточняване: {count} отговора са неизвестни или невалидни, а max_unknown позволява най-много {max}',
    },
    upTo: 'оценка {score}, до {potential}',
  },
  table: { status: 'статус', question: 'въпрос', criterion: 'критерий', answer: 'отговор', points: 'точки', must: 'задължително' },
  stillToAsk: 'Остава да попитате:',
  mustHave: ' (задължително)',
  followUpIf: 'ако {values}: {question}{must}',
  require: 'Ако поемете проекта, заложете в договора:',
  draftDecline: 'Чернова на писмо (учтив отказ):',
  draftReview: 'Чернова на писмо (предварителен отговор):',
  draftAccept: 'Чернова на писмо (съгласие и следващи стъпки):',
  drafts: {
    decline: `Здравейте, {name},

Благодаря ви, че се свързахте с мен и ми разказахте за проекта. Обмислих го внимателно и за съжаление няма да мога да го поема.
{reasons}

Ако плановете ви се променят, пишете ми отново. Желая ви успех с проекта.

Поздрави`,
    review: `Здравейте, {name},

Благодаря ви, че се свързахте с мен за проекта. Преди да се ангажирам, нека се разберем за няколко практически неща:
{terms}

Ще ми кажете ли дали това ви устройва? Щом се разберем, ще ви изпратя кратко предложение със срокове и цена.

Поздрави`,
    accept: `Здравейте, {name},

Благодаря ви, че се свързахте с мен за проекта: с удоволствие ще го поема. Предлагам да продължим така:
{terms}
- Ще ви изпратя кратко предложение със срокове, цена и график на плащанията.
- Щом го потвърдите писмено, започвам работа.

Радвам се, че ще работим заедно.

Поздрави`,
  },
  reasons: { two: '{first} и {second}', separator: '; ', last: '{rest} и {last}' },
  followUp: {
    title: 'Повторна проверка{who}, решение {id} от {time}',
    of: ' на {name}',
    before: 'преди',
    after: 'след',
    changed: 'променени',
    noChange: 'нито един отговор не е променен',
  },
  thread: {
    decisions: { one: '{name}: {count} решение', other: '{name}: {count} решения' },
    noName: '(без име)',
    continues: 'продължава {id}',
    decision: 'решение',
    answer: 'отговор',
    was: 'беше {value}',
    /** beside an answer the prospect gave (a form reply, their message) */
    from: 'източник: {source}',
    outcome: 'резултат',
    nothingNoted: '(нищо не е отбелязано)',
  },
  outcome: { good: 'добър', bad: 'лош' },
});
