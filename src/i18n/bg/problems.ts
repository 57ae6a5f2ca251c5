import { translation } from '../catalog.js';
import { problems as english } from '../en/problems.js';

export const problems = translation('bg', english, {
  got: {
    nothing: 'нищо',
    null: 'null',
    list: 'списък',
    mapping: 'речник',
    text: '„{text}“',
  },
  kinds: {
    text: 'текст',
    number: 'число',
    boolean: 'true или false',
    list: 'списък',
    mapping: 'речник',
  },
  separator: '; ',
  or: ' или ',
  file: 'файлът',
  didYouMean: ' (може би „{suggestion}“?)',
  verdicts: { accept: 'приемане', review: 'уточняване', reject: 'отказ' },

  answer: {
    notYesNo: 'очаква се „да“ или „не“',
    notYesNoGot: 'очаква се „да“ или „не“, а не „{raw}“',
    notANumber: 'очаква се число',
    notANumberGot: 'очаква се число, а не „{raw}“',
    commaHint: ': разделителят на хилядите отделя точно три цифри; ако запетаята тук е десетична, добавете --decimal-comma',
    commaHintPrompt: ': разделителят на хилядите отделя точно три цифри; пишете десетичните числа с точка: 30.5',
    ambiguous: '„{raw}“ може да е и {decimal}, и {thousands}',
    ambiguousHint: '„{raw}“ може да е и {decimal}, и {thousands}: за {comma} добавете --decimal-comma (или дайте на критерия decimal: comma), за {point} дайте на критерия decimal: point',
    notOneOf: 'очаква се един от вариантите: {options}',
    notOneOfGot: 'очаква се един от вариантите: {options}, а не „{raw}“',
    notText: 'очаква се текст',
    notAnOutcome: 'очаква се „добър“ или „лош“, а не „{raw}“',
  },

  reason: {
    expectedYes: 'трябва да е „да“',
    expectedNo: 'трябва да е „не“',
    belowMinimum: 'под минимума от {min}',
    aboveMaximum: 'над максимума от {max}',
    dealbreakerOption: '„{label}“ означава директен отказ',
    notAnOption: 'няма такъв вариант',
    redFlag: 'споменава „{words}“',
  },

  criteria: {
    unknownKey: '{where}: няма такъв ключ{suggestion}',
    required: '{where} липсва, а е задължително',
    notAMapping: 'файлът трябва да е речник с version, thresholds и criteria (а тук е {got})',
    wrongType: '{where} трябва да е {expected} (а тук е {got})',
    notOneOfValues: '{where} трябва да е едно от: {values} (а тук е {got})',
    tooFewItems: { one: '{where} трябва да има поне {count} елемент', other: '{where} трябва да има поне {count} елемента' },
    emptyText: '{where} не може да е празно',
    tooSmall: '{where} трябва да е поне {minimum} (а тук е {got})',
    tooManyItems: '{where} има повече от {maximum} елемента',
    tooBig: '{where} трябва да е най-много {maximum} (а тук е {got})',
    badId: '{where} трябва да започва с малка латинска буква и да съдържа само a-z, 0-9 и _ (а тук е {got})',
    reservedId: '{where} е запазено име: изберете друг id',
    notTrueFalse: '{where} трябва да е true или false (а тук е „{raw}“)',
    schema: '{where}: {detail}',
    onlyForTypes: '{where} е само за критерии от тип {types}, не за {type}',
    choiceNeedsOptions: '{where} няма options: критерий с избор изброява отговорите си в options',
    choicePointsUnused: '{where} не се ползва при критерий с избор: дайте точки на всеки вариант',
    minAboveMax: '{where} не може да е по-голямо от max ({min} > {max})',
    expectNotYesNo: '{where} трябва да е „да“ или „не“ (а тук е „{raw}“)',
    cueNotYesNo: '{where}: подсказките за въпрос с „да/не“ се пишат под yes или no (а тук е „{key}“)',
    cueNotOption: '{where}: „{key}“ не е сред възможните отговори; подсказките се пишат под стойността на отговора',
    cueNotNear: '{where}: подсказките за числов въпрос се пишат под near (а тук е „{key}“)',
    duplicateOption: '{where}: „{value}“ е изброено два пъти',
    noPassingOption: '{where}: нито един вариант не минава, всички имат fail: true',
    duplicateId: '{where}: „{id}“ вече е id на criteria[{first}]',
    whenNeverAnswer: '{where}: „{value}“ никога не е отговор на „{id}“ (критерий от тип {type})',
    targetAcceptOrder: '{where} трябва да е [долна, горна] граница, като долната <= горната (а тук е [{low}, {high}])',
    askNotAnOption: '{where}: „{value}“ не е сред вариантите на този критерий ({values})',
  },

  yaml: {
    duplicateKey: 'ключът „{key}“ се повтаря, а в речника всеки ключ може да се среща само веднъж',
    tagNotAllowed: {
      criteria: 'таговете ({tag}) не са позволени: файлът с критерии съдържа само обикновени стойности',
      answers: 'таговете ({tag}) не са позволени: файлът с отговори съдържа само обикновени стойности',
    },
    unknownTag: {
      criteria: 'непознат таг {tag}: файлът с критерии съдържа само обикновени стойности, без тагове',
      answers: 'непознат таг {tag}: файлът с отговори съдържа само обикновени стойности, без тагове',
    },
    aliasNotAllowed: {
      criteria: 'препратките (*{alias}) не са позволени във файла с критерии: напишете стойността изцяло',
      answers: 'препратките (*{alias}) не са позволени във файла с отговори: напишете стойността изцяло',
    },
    anchorNotAllowed: {
      criteria: 'котвите (&{anchor}) не са позволени във файла с критерии',
      answers: 'котвите (&{anchor}) не са позволени във файла с отговори',
    },
    reservedKey: {
      criteria: '„{key}“ е запазено име и не може да е ключ във файла с критерии',
      answers: '„{key}“ е запазено име и не може да е ключ във файла с отговори',
    },
    tooDeep: {
      criteria: 'влагането е над {max} нива, а файлът с критерии е обикновен списък',
      answers: 'влагането е над {max} нива, а файлът с отговори е обикновен списък',
    },
    emptyFile: 'файлът е празен, а трябва да има version, thresholds и criteria (шаблон дава `clientfit init`)',
    utf16: 'файлът е в UTF-16 (или UTF-32), а не в UTF-8: запишете го в UTF-8 (файловете с критерии са в UTF-8, маркер за реда на байтовете (BOM) е позволен)',
    notUtf8: 'този байт не е UTF-8: запишете файла в UTF-8 (файловете с критерии са в UTF-8, маркер за реда на байтовете (BOM) е позволен)',
    nulByte: 'нулев байт, а файлът с критерии е текст в UTF-8 (файловете с критерии са в UTF-8, маркер за реда на байтовете (BOM) е позволен)',
  },

  journal: {
    notJson: 'редът не е JSON',
    notAnObject: 'редът не е JSON обект',
    unknownLineType: 'непознат вид ред {type}',
    invalidLine: 'невалиден ред от вид {type} ({details})',
    lineTooLong: 'по-дълъг от {limit}, не е ред от дневника',
    idConflict: {
      decision: 'решение {id} вече е на ред {first}, но с друго съдържание (използва се ред {first})',
      outcome: 'резултат {id} вече е на ред {first}, но с друго съдържание (използва се ред {first})',
    },
  },

  calibration: {
    noLeads: 'няма върху какво да се калибрира: не е прочетено нито едно запитване',
    badCost: 'очаква се число, 0 или повече',
  },

  lint: {
    tooManyMusts: {
      one: '{count} задължително условие (повече от {max}): малко клиенти изпълняват всички; оставете само наистина решаващите',
      other: '{count} задължителни условия (повече от {max}): малко клиенти изпълняват всички; оставете само наистина решаващите',
    },
    tooManyCriteria: {
      one: '{count} критерий (повече от {max}): това е списък с желания, а не минимални изисквания; оставете малкото, които имат значение',
      other: '{count} критерия (повече от {max}): това е списък с желания, а не минимални изисквания; оставете малкото, които имат значение',
    },
    mustInEffect:
      '„{id}“ на практика е задължително условие: ако само той не мине, а всичко друго мине, оценката е {score}, под прага за приемане ({accept}); намалете точките му или прага, или го отбележете с must: true, ако наистина е решаващ',
    acceptsEveryone: 'няма задължително условие и клиент, който не изпълнява нито един критерий, пак получава оценка {score} и е приет',
    acceptsEveryoneAtZero: 'прагът за приемане е 0 и няма задължително условие: всеки клиент е приет',
    unreachable: 'дори клиент, който минава всички критерии, не е приет (оценка {score}, вердикт „{verdict}“)',
    reviewAboveAccept: 'прагът за уточняване ({review}) е над прага за приемане ({accept}): „уточняване“ тогава излиза само когато отговорът на задължително условие е неизвестен',
    whenUnknown: '„{id}“ зависи от „{parent}“, а такъв критерий няма{suggestion}: никога не се прилага',
    whenLater: '„{id}“ зависи от „{parent}“, който се пита по-късно: никога не се прилага (преместете „{parent}“ над него)',
    whenItself: '„{id}“ зависи сам от себе си: никога не се прилага (преместете „{parent}“ над него)',
    sharedColumn: '„{first}“ и „{second}“ четат една и съща колона „{column}“: дайте на всеки своя',
    acceptsUnknown: 'клиент, за когото нищо не се знае, е приет: дайте точки на критериите, направете един задължителен или задайте thresholds.max_unknown',
    maxUnknownAllowsAll: {
      one: 'thresholds.max_unknown е {maxUnknown}, а в списъка има {count} критерий: всички отговори може да са неизвестни, така че не ограничава нищо; намалете го',
      other: 'thresholds.max_unknown е {maxUnknown}, а в списъка има {count} критерия: всички отговори може да са неизвестни, така че не ограничава нищо; намалете го',
    },
    formWithoutQuestions: 'файлът има раздел form:, но нито един критерий няма въпрос към клиента (ask:): формулярът ще е празен',
  },

  criteriaFile: {
    cannotRead: 'файлът с критерии {file} не може да се прочете: {reason}',
    createOne: 'Създайте го с `clientfit init` или посочете друг с -c ФАЙЛ.',
    tooLarge: 'файлът с критерии {file} е по-голям от {limit}, границата за файл с критерии: правилният файл ли е?',
  },

  report: {
    code: '[{code}]',
    more: '... и още {count}',
    found: { one: 'Намерен е {count} проблем в {file}.', other: 'Намерени са {count} проблема в {file}.' },
  },
});
