import { translation } from '../catalog.js';
import { program as english } from '../en/program.js';

export const program = translation('ru', english, {
  description: 'Помогает решить, с какими клиентами работать: проверить клиента, оценить CSV с заявками, откалибровать свои критерии.',
  version: 'показать версию (или -v)',
  help: 'показать справку',
  helpCommand: 'справка по команде',
  noColor: 'без цвета даже в терминале (NO_COLOR и FORCE_COLOR тоже учитываются)',
  debug: 'печатать трассировку стека при ошибках',
  lang: 'язык интерфейса: en, ru, bg, el или bs (по умолчанию: CLIENTFIT_LANG, иначе локаль: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)',
  afterHelp: `
Коды выхода:
  0    всё в порядке
  1    ошибка данных или выполнения (вход не читается, CSV сломан, результат
       не записать, предупреждения при --strict)
  2    ошибка в команде или в файле критериев
  3    сработал --fail-on
  130  прервано (Ctrl-C)

Документация: README.md или \`clientfit <команда> --help\`.

Примеры:
  clientfit                                   проверить клиента, вопрос за вопросом
  clientfit score --resume "Acme Ltd" --save  вернуться к тому, что ещё не выяснено
  clientfit batch leads.csv -o scored.csv     оценить файл с заявками`,
  headings: {
    usage: 'Использование:',
    options: 'Параметры:',
    commands: 'Команды:',
    arguments: 'Аргументы:',
    globalOptions: 'Общие параметры:',
    optionsWord: '[параметры]',
    commandWord: '[команда]',
    choices: 'варианты: {list}',
    default: 'по умолчанию: {value}',
    placeholders: {
      file: 'файл',
      format: 'формат',
      name: 'имя',
      verdicts: 'вердикты',
      verdict: 'вердикт',
      header: 'заголовок',
      column: 'колонка',
      names: 'имена',
      values: 'значения',
      n: 'N',
      id: 'id',
      shell: 'оболочка',
      line: 'строка',
      words: 'слова',
      prospect: 'клиент',
      date: 'дата',
      text: 'текст',
      char: 'символ',
      code: 'код',
      outcome: 'исход',
      'id=value': 'id=значение',
      'id=Header': 'id=Заголовок',
      'id=Column': 'id=Колонка',
      'name|id': 'имя|id',
      'name|n': 'имя|N',
      'accept=N,review=M': 'accept=N,review=M',
    },
  },
  errors: {
    unknownOption: 'неизвестный параметр «{flag}»',
    unknownCommand: 'неизвестная команда «{name}»',
    missingArgument: 'не хватает обязательного аргумента «{name}»',
    optionMissingArgument: 'параметру «{flags}» нужно значение',
    missingMandatoryOption: 'не указан обязательный параметр «{flags}»',
    invalidOptionArgument: 'параметр «{flags}»: недопустимое значение «{value}».',
    invalidArgument: 'аргумент «{name}»: недопустимое значение «{value}».',
    allowedChoices: 'Допустимо: {choices}.',
    tooManyArguments: {
      one: 'слишком много аргументов: ожидался {count} аргумент, получено {got}.',
      few: 'слишком много аргументов: ожидалось {count} аргумента, получено {got}.',
      many: 'слишком много аргументов: ожидалось {count} аргументов, получено {got}.',
      other: 'слишком много аргументов: ожидалось {count} аргумента, получено {got}.',
    },
    tooManyArgumentsFor: {
      one: 'слишком много аргументов для «{name}»: ожидался {count} аргумент, получено {got}.',
      few: 'слишком много аргументов для «{name}»: ожидалось {count} аргумента, получено {got}.',
      many: 'слишком много аргументов для «{name}»: ожидалось {count} аргументов, получено {got}.',
      other: 'слишком много аргументов для «{name}»: ожидалось {count} аргумента, получено {got}.',
    },
    conflictingOption: '{first} нельзя использовать вместе с {second}',
    didYouMean: '(Может быть, {word}?)',
    didYouMeanOneOf: '(Может быть, {words}?)',
  },
  unknownCommand: 'неизвестная команда «{name}»',
  scoreALeadFile: 'Чтобы оценить файл с заявками: clientfit batch {file}',
  commandList: 'Команды: {commands} (clientfit --help).',
  criteriaOption: 'файл критериев (по умолчанию: ./clientfit.yaml, затем ~/.config/clientfit/clientfit.yaml, затем встроенный список)',
  journalOption: 'файл журнала (по умолчанию: $CLIENTFIT_JOURNAL, иначе $XDG_DATA_HOME/clientfit/journal.jsonl, иначе ~/.local/share/clientfit/journal.jsonl)',
  failOnOption: 'выйти с кодом 3, если вердикт такой или хуже',
  formatOption: 'формат вывода',
  leads: {
    encoding: 'кодировка входного файла, например windows-1251, windows-1253, windows-1250, latin1 (по умолчанию UTF-8 или UTF-16 по BOM)',
    delimiter: 'разделитель полей: , ; | или tab (по умолчанию: из строки sep=, иначе определяется автоматически)',
    decimalComma: 'читать 1 200,50 как 1200.5 (включается автоматически при разделителе ;)',
    map: 'брать критерий из этой колонки (можно повторять)',
    allowMissing: 'критерии без колонки считать неизвестными, а не останавливаться',
    sheet: 'какой лист книги .xlsx: имя или номер (по умолчанию первый)',
  },
  score: {
    description: 'проверить клиента (по умолчанию: просто `clientfit`): ответить на критерии, в терминале по одному, и получить вердикт, что ещё спросить и черновик письма',
    answers: 'ответы в YAML или JSON: id критерия → значение («-» — из stdin)',
    set: 'один ответ; можно повторять, перекрывает --answers',
    name: 'имя клиента',
    noInput: 'ничего не спрашивать: недостающие ответы считать неизвестными',
    noMessage: 'без черновика письма',
    messageFile: 'начать с ответов, которые письмо клиента говорит прямо (ФАЙЛ или - чтобы вставить текст)',
    save: 'записать решение в журнал (в терминале спросим после опроса)',
    noSave: 'не сохранять и не спрашивать',
    resume: 'вернуться к последнему решению по клиенту: спросить только то, что ещё неизвестно, показать до и после',
    ids: 'id критериев вместо вопросов в таблице (включается автоматически, когда вопросы не помещаются)',
    decimalComma: 'читать "1.200,50" как 1200.5',
    examples: `
Примеры:
  clientfit                                    расспросить о клиенте, вопрос за вопросом
  clientfit score --resume "Acme Ltd" --save   вернуться: спросить только то, что ещё неизвестно
  clientfit score --set pays_upfront=yes --set revisions=3 --no-input --fail-on reject`,
  },
  batch: {
    description: 'оценить CSV с заявками: все входные колонки плюс оценка, вердикт, проваленные и неизвестные критерии',
    file: 'CSV с заявками или книга .xlsx; - или ничего при вводе через канал читает stdin',
    output: 'записать в этот файл (атомарно: всё или ничего), а не в stdout',
    format: 'csv, jsonl, json или table (по умолчанию: table в терминале, иначе csv; или по расширению -o)',
    outputEncoding: 'кодировка CSV на выходе: utf-8, utf-8-bom, utf-16le, windows-1251 ... (по умолчанию как у входа)',
    only: 'оставить только строки с этими вердиктами, например accept,review',
    strict: 'выйти с кодом 1 в конце, если попалась неверная ячейка или строка с неверным числом полей',
    noEscapeFormulas: "не ставить ' перед ячейками, похожими на формулу таблицы",
    nameColumn: 'колонка с именем заявки для таблицы (по умолчанию: колонка имени, ФИО или компании)',
    quiet: 'без итогов и предупреждений в stderr, только ошибки',
    examples: `
Примеры:
  clientfit batch leads.csv                       таблица в терминале, CSV в канал
  clientfit batch leads.csv -o scored.csv --only accept,review
  clientfit batch crm.csv --map pays_upfront="Deposit?" --fail-on reject`,
  },
  calibrate: {
    description: 'не слишком ли строгий список, не слишком ли мягкий? доля принятых, какие критерии отсекают в одиночку, перебор порогов и исходы, на реальных заявках и бывших клиентах',
    file: 'CSV с заявками или книга .xlsx, читается ровно как в batch; - или ничего при вводе через канал читает stdin',
    journal: 'взять также (или только) решения и исходы из журнала (по умолчанию: личный журнал)',
    outcome: 'колонка CSV о том, каким оказался клиент: good/bad, да/нет ...',
    good: 'значения исхода, означающие хорошего клиента, через запятую, например "Closed Won" (можно повторять)',
    bad: 'значения исхода, означающие плохого клиента, например Lost,Churned (можно повторять)',
    costBadAccepted: 'скольким отсеянным хорошим клиентам равен один пропущенный плохой',
    threshold: 'а если бы пороги были такими',
    drop: 'а если убрать этот критерий (можно повторять)',
    optional: 'а если это обязательное условие сделать обычным критерием (можно повторять)',
    examples: `
Примеры:
  clientfit calibrate leads.csv                   не слишком ли строго или мягко на этих заявках?
  clientfit calibrate --journal                   учиться на своих решениях и их исходах
  clientfit calibrate leads.csv --threshold accept=75,review=45 --drop polite`,
  },
  sql: {
    description: 'напечатать один SQL-запрос, который оценивает каждую строку таблицы или CSV внутри DuckDB или PostgreSQL так же, как batch',
    dialect: 'движок SQL',
    from: 'оценить этот CSV (DuckDB читает его через read_csv, все колонки как текст)',
    table: 'оценить эту таблицу или представление',
    view: 'обернуть запрос в CREATE OR REPLACE VIEW имя',
    map: 'брать критерий из этой колонки (можно повторять)',
    columns: 'колонки таблицы через запятую, чтобы найти колонку каждого критерия, как это делает batch (по умолчанию с --table: первое имя колонки каждого критерия)',
    encoding: '--from: кодировка CSV (DuckDB читает UTF-8)',
    delimiter: '--from: разделитель полей (по умолчанию: из строки sep=, иначе определяется автоматически)',
    decimalComma: 'читать 1 200,50 как 1200.5 (включается автоматически при разделителе ; в --from)',
  },
  history: {
    description: 'прошлые решения, сохранённые через `score --save`: строка на клиента (его последнее решение) с исходами; ИМЯ или ID показывает всю историю клиента',
    prospect: 'имя клиента или id решения: все решения по этому клиенту с ответами',
    name: 'только клиенты, в имени которых есть эта строка (регистр не важен)',
    limit: 'только последние N строк',
    since: 'только решения с этой даты включительно (ГГГГ-ММ-ДД)',
    all: 'показать все когда-либо записанные исходы, в том числе заменённые более поздними',
    examples: `
Примеры:
  clientfit history                           строка на клиента, последнее решение внизу
  clientfit history "Acme Ltd"                все решения по Acme Ltd с ответами
  clientfit history --since 2026-01-01 --format json`,
  },
  read: {
    description: 'прочитать письмо клиента (email или вставленный текст): ответы, которые в нём сказаны прямо, с их словами, и тревожные признаки; без интернета',
    file: 'письмо: текстовый файл, сохранённый .eml или - чтобы вставить текст',
    encoding: 'кодировка письма в виде простого текста, если это не UTF-8 (windows-1251, windows-1253, windows-1250 ...)',
    examples: `
Примеры:
  clientfit read письмо.eml                    что письмо отвечает, с его словами
  pbpaste | clientfit read - --format json     вставленное письмо, в JSON
  clientfit score --message письмо.eml         опрос, начиная с этих ответов`,
  },
  outcome: {
    description: 'записать, каким клиент оказался на деле (платил вовремя, держался условий), для калибровки',
    name: 'имя, под которым сохранено решение («(без имени)», как в history, для сохранённого без имени)',
    outcome: 'как всё прошло',
    note: 'что случилось, в двух словах',
    id: 'к какому решению привязать (по умолчанию: последнее с этим именем; см. `clientfit history`)',
    examples: `
Примеры:
  clientfit outcome "Acme Ltd" good --note "оплатил вовремя"
  clientfit outcome - bad --id mwtj5t5m-0mt31q    решение, сохранённое без имени`,
  },
  init: {
    description: 'создать файл критериев из шаблона и переделать его под свои минимальные требования',
    file: 'куда записать',
    template: 'шаблон, с которого начать (см. --list; по умолчанию — шаблон на языке интерфейса: freelancer-ru)',
    list: 'список шаблонов',
    global: 'записать личный файл в каталог настроек (~/.config/clientfit/clientfit.yaml), он действует из любого каталога',
    force: 'перезаписать существующий файл',
    examples: `
Примеры:
  clientfit init                                  ./clientfit.yaml из шаблона freelancer
  clientfit init --list                           список шаблонов
  clientfit init --global -t agency               личный файл для любого каталога`,
  },
  check: {
    description: 'проверить файл критериев, кратко описать его и найти перекосы (слишком строгий, принимает всех, недостижимый порог)',
    file: 'файл критериев (по умолчанию тот, что взял бы clientfit)',
    strict: 'выйти с кодом 1, если есть предупреждения',
    examples: `
Примеры:
  clientfit check                                 файл, который взял бы clientfit
  clientfit check my-criteria.yaml --strict       код 1 и при предупреждениях (для CI)`,
  },
  completion: {
    description: 'напечатать скрипт автодополнения для оболочки (команды, параметры, id критериев, шаблоны и имена клиентов); rc-файлы он не трогает',
    shell: 'оболочка',
    examples: `
Примеры:
  eval "$(clientfit completion bash)"                               в ~/.bashrc
  eval "$(clientfit completion zsh)"                                в ~/.zshrc, после compinit
  clientfit completion fish > ~/.config/fish/completions/clientfit.fish`,
    complete: 'напечатать варианты дополнения для данных слов (вызывается скриптами автодополнения)',
    completeShell: 'какая оболочка спрашивает',
    completeLine: 'командная строка до курсора (bash)',
    completeWords: 'слова после «clientfit», последнее дополняется',
  },
});
