import { translation } from '../catalog.js';
import { history as english } from '../en/history.js';

export const history = translation('ru', english, {
  table: { date: 'дата', name: 'имя', verdict: 'вердикт', score: 'оценка', decisions: 'решения', outcome: 'исход', id: 'id' },
  noName: '(без имени)',
  replaced: 'заменён:',
  noDecision: 'в {path} нет решений по «{prospect}»{suggestion}',
  listsProspects: '`clientfit history` покажет всех клиентов.',
  saveFirst: 'Сначала сохраните решение через `clientfit score --save`.',
  notADate: '--since {value}: это не дата',
  dateForm: 'Пишите дату как ГГГГ-ММ-ДД, например --since 2026-03-01.',
  badLimit: '--limit {value}: нужно целое число, не меньше 1',
  noJournal: 'Журнала {path} пока нет. Сохраните решение через `clientfit score --save`.',
  empty: 'В {path} пока нет решений. Сохраните первое через `clientfit score --save`.',
  noneMatch: 'Нет решений {named}{since}в {path}.',
  namedLike: 'с именем вроде «{name}» ',
  since: 'начиная с {date} ',
  journal: {
    cannot: {
      open: 'не удаётся открыть журнал {path}: {reason}',
      write: 'не удаётся записать в журнал {path}: {reason}',
      read: 'не удаётся прочитать журнал {path}: {reason}',
    },
    notAFile: 'не удаётся прочитать журнал {path}: это {kind}, а не файл',
    skipped: '{file}:{line}: {problem}, строка пропущена',
    moreSkipped: {
      one: '{file}: пропущена ещё {count} строка',
      few: '{file}: пропущены ещё {count} строки',
      many: '{file}: пропущено ещё {count} строк',
      other: '{file}: пропущено ещё {count} строки',
    },
    ambiguous: '«{key}» — это и id решения по «{owner}», и имя клиента: не читаю ни так, ни так',
    ambiguousHow: 'Уточните: {asId} — решение, {asName} — клиент.',
    several: {
      one: '«{key}» есть в имени {count} клиента: {names}',
      few: '«{key}» есть в именах {count} клиентов: {names}',
      many: '«{key}» есть в именах {count} клиентов: {names}',
      other: '«{key}» есть в именах {count} клиента: {names}',
    },
    severalHow: 'Напишите имя полнее или укажите один из id решений в скобках.',
    took: '«{key}»: подходит только «{name}», беру его.',
    future: {
      decision:
        '{file}:{line}: решение {id} по «{name}» датировано {time}, а это больше чем на сутки вперёд относительно часов этого компьютера: до этого времени оно остаётся последним решением по клиенту, его и возьмут `score --resume` и `outcome`; если его записали часы с неверным временем, исправьте время',
      outcome:
        '{file}:{line}: исход {id} по «{name}» датирован {time}, а это больше чем на сутки вперёд относительно часов этого компьютера: до этого времени считается именно он; если его записали часы с неверным временем, исправьте время',
    },
    moreFuture: {
      one: '{file}: ещё {count} строка датирована больше чем на сутки вперёд',
      few: '{file}: ещё {count} строки датированы больше чем на сутки вперёд',
      many: '{file}: ещё {count} строк датированы больше чем на сутки вперёд',
      other: '{file}: ещё {count} строки датированы больше чем на сутки вперёд',
    },
  },
});
