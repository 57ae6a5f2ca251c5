import { translation } from '../catalog.js';
import { result as english } from '../en/result.js';

export const result = translation('ru', english, {
  banner: { accept: 'ПРИНЯТЬ', review: 'УТОЧНИТЬ', reject: 'ОТКАЗАТЬ' },
  verdict: { accept: 'принять', review: 'уточнить', reject: 'отказать' },
  marks: { pass: '✓ подходит', fail: '✗ не подходит', unknown: '? неизвестно', na: '– неприменимо', invalid: '! не прочитано' },
  yes: 'да',
  no: 'нет',
  score: {
    complete: 'оценка {score}',
    couldChange: 'оценка {score}, может дойти до {potential}, когда прояснятся неизвестные',
    mustFailed: {
      one: 'оценка {score}; ответы на неизвестные этого не изменят: не выполнено обязательное условие {ids}',
      few: 'оценка {score}; ответы на неизвестные этого не изменят: не выполнены обязательные условия {ids}',
      many: 'оценка {score}; ответы на неизвестные этого не изменят: не выполнены обязательные условия {ids}',
      other: 'оценка {score}; ответы на неизвестные этого не изменят: не выполнены обязательные условия {ids}',
    },
    sameVerdict: 'оценка {score}; ответы на неизвестные вердикт не изменят (максимум {potential})',
    capped: {
      one: '; остаётся «уточнить»: {count} ответ неизвестен или не прочитан, а max_unknown допускает не больше {max}',
      few: '; остаётся «уточнить»: {count} ответа неизвестны или не прочитаны, а max_unknown допускает не больше {max}',
      many: '; остаётся «уточнить»: {count} ответов неизвестны или не прочитаны, а max_unknown допускает не больше {max}',
      other: '; остаётся «уточнить»: {count} ответа неизвестны или не прочитаны, а max_unknown допускает не больше {max}',
    },
    upTo: 'оценка {score}, до {potential}',
  },
  table: { status: 'статус', question: 'вопрос', criterion: 'критерий', answer: 'ответ', points: 'баллы', must: 'обязательно' },
  stillToAsk: 'Осталось выяснить:',
  mustHave: ' (обязательно)',
  followUpIf: 'если {values}: {question}{must}',
  require: 'Если возьмётесь, закрепите в договоре:',
  draftDecline: 'Черновик письма (вежливый отказ):',
  draftReview: 'Черновик письма (предварительный ответ):',
  drafts: {
    decline: `Здравствуйте, {name}!

Спасибо, что написали и подробно рассказали о проекте. Всё обдумав, я за него не возьмусь.
{reasons}

Если планы изменятся, пишите снова. Желаю проекту успеха.

С уважением`,
    review: `Здравствуйте, {name}!

Спасибо, что обратились с проектом. Прежде чем браться за работу, давайте договоримся о нескольких практических моментах:
{terms}

Вам это подходит? Как только договоримся, пришлю короткое предложение со сроками и ценой.

С уважением`,
  },
  reasons: { two: '{first}, а также {second}', separator: '; ', last: '{rest}, а также {last}' },
  followUp: {
    title: 'Повторная оценка{who}, решение {id} от {time}',
    of: ' по клиенту {name}',
    before: 'было',
    after: 'стало',
    changed: 'изменено',
    noChange: 'ни один ответ не изменился',
  },
  thread: {
    decisions: { one: '{name}: {count} решение', few: '{name}: {count} решения', many: '{name}: {count} решений', other: '{name}: {count} решения' },
    noName: '(без имени)',
    continues: 'продолжает {id}',
    decision: 'решение',
    answer: 'ответ',
    was: 'было: {value}',
    /** beside an answer the prospect gave (a form reply, their message) */
    from: 'источник: {source}',
    outcome: 'исход',
    nothingNoted: '(ничего не отмечено)',
  },
  outcome: { good: 'хороший', bad: 'плохой' },
});
