import { translation } from '../catalog.js';
import { history as english } from '../en/history.js';

export const history = translation('bg', english, {
  table: { date: 'дата', name: 'име', verdict: 'вердикт', score: 'оценка', decisions: 'решения', outcome: 'резултат', id: 'id' },
  noName: '(без име)',
  replaced: 'заменен:',
  noDecision: 'в {path} няма решение за „{prospect}“{suggestion}',
  listsProspects: '`clientfit history` показва всички клиенти.',
  saveFirst: 'Първо запишете решение с `clientfit score --save`.',
  notADate: '--since {value}: това не е дата',
  dateForm: 'Пишете датата като ГГГГ-ММ-ДД, например --since 2026-03-01.',
  badLimit: '--limit {value}: очаква се цяло число, 1 или повече',
  noJournal: 'Още няма дневник в {path}. Запишете решение с `clientfit score --save`.',
  empty: 'В {path} още няма решения. Запишете първото с `clientfit score --save`.',
  noneMatch: 'Няма решения {named}{since}в {path}.',
  namedLike: 'с име, съдържащо „{name}“, ',
  since: 'от {date} насам ',
  journal: {
    cannot: {
      open: 'дневникът {path} не може да се отвори: {reason}',
      write: 'в дневника {path} не може да се запише: {reason}',
      read: 'дневникът {path} не може да се прочете: {reason}',
    },
    notAFile: 'дневникът {path} не може да се прочете: това е {kind}, а не файл',
    skipped: '{file}:{line}: {problem}, редът е пропуснат',
    moreSkipped: { one: '{file}: пропуснат е още {count} ред', other: '{file}: пропуснати са още {count} реда' },
    ambiguous: '„{key}“ е и id на решение за „{owner}“, и име на клиент: не е ясно кое от двете имате предвид',
    ambiguousHow: 'Уточнете: {asId} за решението, {asName} за клиента.',
    several: { one: '„{key}“ е част от името на {count} клиент: {names}', other: '„{key}“ е част от имената на {count} клиенти: {names}' },
    severalHow: 'Напишете повече от името или един от id-тата на решенията в скобите.',
    took: '„{key}“ се среща само в името на „{name}“: избирам него.',
    future: {
      decision:
        '{file}:{line}: решението {id} за „{name}“ е с дата {time}, повече от ден напред спрямо часовника на този компютър: дотогава то остава последното решение за клиента и него вземат `score --resume` и `outcome`; ако е записано от часовник с грешно време, поправете времето',
      outcome:
        '{file}:{line}: резултатът {id} за „{name}“ е с дата {time}, повече от ден напред спрямо часовника на този компютър: дотогава важи той; ако е записан от часовник с грешно време, поправете времето',
    },
    moreFuture: { one: '{file}: още {count} ред е с дата повече от ден напред', other: '{file}: още {count} реда са с дата повече от ден напред' },
  },
});
