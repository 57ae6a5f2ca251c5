import { translation } from '../catalog.js';
import { outcome as english } from '../en/outcome.js';

export const outcome = translation('bg', english, {
  noName: '(без име)',
  good: 'добър',
  bad: 'лош',
  noId: 'в дневника няма решение с id „{id}“{suggestion}',
  historyListsIds: '`clientfit history` показва id на решенията.',
  otherProspect: 'решение {id} е за „{owner}“, а не за „{name}“',
  unnamed: {
    one: '{count} решение е записано без име: `clientfit outcome "{noName}" добър` записва резултата за последното, а за друго добавете --id ID (`clientfit history` показва id на решенията).',
    other: '{count} решения са записани без име: `clientfit outcome "{noName}" добър` записва резултата за последното, а за друго добавете --id ID (`clientfit history` показва id на решенията).',
  },
  notFound: 'в дневника няма решение за „{name}“{suggestion}',
  noNames: 'Нито едно решение в дневника няма име: подавайте --name, когато записвате.',
  savedNames: 'Записани имена: {names}{more} (`clientfit history` показва всички).',
  several: {
    one: 'За „{name}“ е записано {count} решение: записвам резултата за последното ({time}, id {id}).',
    other: 'За „{name}“ са записани {count} решения: записвам резултата за последното ({time}, id {id}).',
  },
  pickAnother: 'За друго решение добавете --id ID (`clientfit history "{name}"` ги показва).',
  noJournal: 'няма дневник в {path}',
  notAnOutcome: '„{word}“ не е резултат: напишете добър (добре, да, good) или лош (лошо, не, bad)',
  saveFirst: 'Първо запишете решения с `clientfit score --save` или посочете --journal ФАЙЛ.',
  recorded: 'Записах резултат „{outcome}“ за {name} (решение {id}) в {path}.',
  laterOutcome: '{file}:{line}: резултатът „{earlier}“ за {name} е с дата {time}, по-късно от сега, така че той ще остане валидният: „{outcome}“ не е записан',
  fixTime: 'Ако редът е записан от часовник с грешно време, поправете времето в него (или изтрийте реда) и запишете резултата отново.',
  replaces: 'Той заменя „{earlier}“ от {time}; и двата остават в дневника (`clientfit history --all` показва всички резултати).',
});
