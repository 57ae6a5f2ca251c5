import { translation } from '../catalog.js';
import { outcome as english } from '../en/outcome.js';

export const outcome = translation('ru', english, {
  noName: '(без имени)',
  good: 'хороший',
  bad: 'плохой',
  noId: 'в журнале нет решения с id «{id}»{suggestion}',
  historyListsIds: '`clientfit history` покажет все id.',
  otherProspect: 'решение {id} относится к «{owner}», а не к «{name}»',
  unnamed: {
    one: '{count} решение сохранено без имени: `clientfit outcome "{noName}" good` запишет исход для последнего из них, для другого добавьте --id ID (`clientfit history` покажет все id).',
    few: '{count} решения сохранены без имени: `clientfit outcome "{noName}" good` запишет исход для последнего из них, для другого добавьте --id ID (`clientfit history` покажет все id).',
    many: '{count} решений сохранено без имени: `clientfit outcome "{noName}" good` запишет исход для последнего из них, для другого добавьте --id ID (`clientfit history` покажет все id).',
    other: '{count} решения сохранено без имени: `clientfit outcome "{noName}" good` запишет исход для последнего из них, для другого добавьте --id ID (`clientfit history` покажет все id).',
  },
  notFound: 'в журнале нет решений по «{name}»{suggestion}',
  noNames: 'Ни у одного решения в журнале нет имени: указывайте --name при сохранении.',
  savedNames: 'Сохранённые имена: {names}{more} (`clientfit history` покажет все).',
  several: {
    one: 'Для «{name}» сохранено {count} решение: записываю исход для последнего ({time}, id {id}).',
    few: 'Для «{name}» сохранено {count} решения: записываю исход для последнего ({time}, id {id}).',
    many: 'Для «{name}» сохранено {count} решений: записываю исход для последнего ({time}, id {id}).',
    other: 'Для «{name}» сохранено {count} решения: записываю исход для последнего ({time}, id {id}).',
  },
  pickAnother: 'Чтобы выбрать другое, добавьте --id ID (`clientfit history "{name}"` покажет их все).',
  noJournal: 'журнала {path} нет',
  notAnOutcome: '«{word}» — не исход: напишите хорошо (хороший, да, good) или плохо (плохой, нет, bad)',
  saveFirst: 'Сначала сохраните решения через `clientfit score --save` или укажите --journal ФАЙЛ.',
  recorded: 'Записан исход «{outcome}» для {name} (решение {id}) в {path}.',
  laterOutcome: '{file}:{line}: исход «{earlier}» для {name} датирован {time}, то есть позже, чем сейчас, и считаться по-прежнему будет он: исход «{outcome}» не записан',
  fixTime: 'Если эту строку записали часы с неверным временем, исправьте в ней время (или удалите строку) и запишите исход ещё раз.',
  replaces: 'Он заменяет исход «{earlier}», записанный {time}; в журнале остаются оба (`clientfit history --all` покажет все исходы).',
});
