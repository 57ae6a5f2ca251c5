import { translation } from '../catalog.js';
import { program as english } from '../en/program.js';

export const program = translation('bg', english, {
  description: 'Помага да решите с кои клиенти да работите: проверка на клиент, оценка на CSV със запитвания, калибриране на критериите.',
  version: 'показва версията (или -v)',
  help: 'показва помощта',
  helpCommand: 'помощ за команда',
  noColor: 'без цветове, дори в терминал (NO_COLOR и FORCE_COLOR също се зачитат)',
  debug: 'отпечатва стека при грешка',
  lang: 'език на интерфейса: en, ru, bg, el или bs (по подразбиране: CLIENTFIT_LANG, иначе локалът: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)',
  afterHelp: `
Кодове на изход:
  0    всичко е наред
  1    грешка в данните или при работа (входът не се чете, счупен CSV,
       резултатът не може да се запише, предупреждения при --strict)
  2    грешка в командата или във файла с критерии
  3    достигнат е вердиктът от --fail-on
  130  прекъснато (Ctrl-C)

Документация: \`clientfit <команда> --help\` и ръководството:
  {readme}

Примери:
  clientfit                                   проверка на клиент, въпрос по въпрос
  clientfit score --resume "Acme Ltd" --save  връщане към неизясненото
  clientfit batch leads.csv -o scored.csv     оценка на файл със запитвания`,
  headings: {
    usage: 'Употреба:',
    options: 'Опции:',
    commands: 'Команди:',
    arguments: 'Аргументи:',
    globalOptions: 'Общи опции:',
    optionsWord: '[опции]',
    commandWord: '[команда]',
    choices: 'възможни: {list}',
    default: 'по подразбиране: {value}',
    placeholders: {
      file: 'файл',
      format: 'формат',
      name: 'име',
      verdicts: 'вердикти',
      verdict: 'вердикт',
      header: 'заглавие',
      column: 'колона',
      names: 'имена',
      values: 'стойности',
      n: 'N',
      id: 'id',
      shell: 'обвивка',
      line: 'ред',
      words: 'думи',
      prospect: 'клиент',
      date: 'дата',
      text: 'текст',
      char: 'знак',
      code: 'код',
      address: 'адрес',
      outcome: 'резултат',
      old: 'стар',
      new: 'нов',
      'id=value': 'id=стойност',
      'id=Header': 'id=Заглавие',
      'id=Column': 'id=Колона',
      'name|id': 'име|id',
      'name|n': 'име|N',
      'accept=N,review=M': 'accept=N,review=M',
    },
  },
  errors: {
    unknownOption: "непозната опция '{flag}'",
    unknownCommand: "непозната команда '{name}'",
    missingArgument: "липсва задължителният аргумент '{name}'",
    optionMissingArgument: "опцията '{flags}' иска стойност",
    missingMandatoryOption: "задължителната опция '{flags}' не е зададена",
    invalidOptionArgument: "опция '{flags}': недопустима стойност '{value}'.",
    invalidArgument: "аргумент '{name}': недопустима стойност '{value}'.",
    allowedChoices: 'Възможни са: {choices}.',
    tooManyArguments: {
      one: 'твърде много аргументи: очаква се {count} аргумент, а са {got}.',
      other: 'твърде много аргументи: очакват се {count} аргумента, а са {got}.',
    },
    tooManyArgumentsFor: {
      one: "твърде много аргументи за '{name}': очаква се {count} аргумент, а са {got}.",
      other: "твърде много аргументи за '{name}': очакват се {count} аргумента, а са {got}.",
    },
    conflictingOption: '{first} не може да се ползва заедно с {second}',
    didYouMean: '(Може би {word}?)',
    didYouMeanOneOf: '(Може би {words}?)',
  },
  unknownCommand: 'непозната команда „{name}“',
  scoreALeadFile: 'За оценка на файл със запитвания: clientfit batch {file}',
  commandList: 'Команди: {commands} (clientfit --help).',
  criteriaOption: 'файл с критерии (по подразбиране: ./clientfit.yaml, после ~/.config/clientfit/clientfit.yaml, после вграденият списък)',
  journalOption: 'файл на дневника (по подразбиране: $CLIENTFIT_JOURNAL, иначе $XDG_DATA_HOME/clientfit/journal.jsonl, иначе ~/.local/share/clientfit/journal.jsonl)',
  failOnOption: 'изход с код 3, когато вердиктът е този или по-лош',
  formatOption: 'формат на изхода',
  leads: {
    encoding: 'кодиране на входа, напр. windows-1251, windows-1253, windows-1250, latin1 (по подразбиране UTF-8 или UTF-16 по BOM)',
    delimiter: 'разделител на полетата: , ; | или tab (по подразбиране: от реда sep=, иначе се разпознава)',
    decimalComma: 'чете 1 200,50 като 1200.5 (по подразбиране включено при разделител ;)',
    map: 'чете критерия от тази колона (може да се повтаря)',
    allowMissing: 'критериите без колона се броят за неизвестни, вместо командата да спре',
    sheet: 'кой лист от книга .xlsx: име или номер (по подразбиране първият видим)',
  },
  score: {
    description:
      'проверка на клиент (командата по подразбиране: стига и само `clientfit`): отговаряте на критериите един по един в терминал и получавате вердикт, какво още да попитате и чернова на писмо',
    answers: 'отговори като YAML или JSON: id на критерий → стойност (- чете stdin)',
    set: 'един отговор; може да се повтаря, с предимство пред --answers',
    name: 'името на клиента',
    noInput: 'без въпроси: липсващите отговори се броят за неизвестни',
    noMessage: 'без чернова на писмо',
    messageFile: 'започване от отговорите, казани направо в писмото на клиента (ФАЙЛ или - за поставяне)',
    save: 'записва решението в дневника (в терминал ще ви попитам след въпросите)',
    noSave: 'не записва и не пита',
    resume: 'връщане към последното решение за клиента: пита само неизясненото, показва преди и след',
    resumeId: 'като --resume, но ключът се чете само като id на решение',
    resumeName: 'като --resume, но ключът се чете само като име на клиент (или част от него)',
    ids: 'id на критериите вместо въпросите в таблицата (автоматично, когато въпросите не се побират)',
    decimalComma: 'чете „1.200,50“ като 1200.5',
    examples: `
Примери:
  clientfit                                    въпроси за клиента, един по един
  clientfit score --resume "Acme Ltd" --save   връщане: пита само неизясненото
  clientfit score --set pays_upfront=yes --set revisions=3 --no-input --fail-on reject`,
  },
  batch: {
    description: 'оценява CSV със запитвания: всички входни колони плюс точки, вердикт, неизпълнени и неизвестни критерии',
    file: 'CSV със запитвания или книга .xlsx; - или нищо при вход от канал чете stdin',
    output: 'записва тук (атомарно: всичко или нищо) вместо в stdout',
    format: 'csv, jsonl, json или table (по подразбиране: table в терминал, иначе csv; или по разширението на -o)',
    outputEncoding: 'кодиране на изходния CSV: utf-8, utf-8-bom, utf-16le, windows-1251 ... (по подразбиране като на входа)',
    only: 'оставя само редовете с тези вердикти, напр. accept,review',
    strict: 'изход с код 1 накрая, ако е имало невалидна клетка или накъсан ред',
    noEscapeFormulas: "не слага ' пред клетки, които започват като формула",
    nameColumn: 'колоната с името на всяко запитване в таблицата (по подразбиране: колона с име, пълно име или фирма)',
    quiet: 'без обобщение и предупреждения в stderr, само грешки',
    examples: `
Примери:
  clientfit batch leads.csv                       таблица в терминал, CSV в канал
  clientfit batch leads.csv -o scored.csv --only accept,review
  clientfit batch crm.csv --map pays_upfront="Deposit?" --fail-on reject`,
  },
  calibrate: {
    description: 'твърде придирчив ли е списъкът или твърде отстъпчив? дял приети, кои критерии отсяват сами, проба с различни прагове и резултати, върху реални запитвания и минали клиенти',
    file: 'CSV със запитвания или книга .xlsx, чете се точно както в batch; - или нищо при вход от канал чете stdin',
    journal: 'ползва и (или само) решенията и резултатите от дневника (по подразбиране: личният дневник)',
    outcome: 'колона в CSV, която казва как се е показал клиентът: good/bad, да/не ...',
    good: 'стойности за добър клиент, разделени със запетая, напр. "Closed Won" (може да се повтаря)',
    bad: 'стойности за лош клиент, напр. Lost,Churned (може да се повтаря)',
    costBadAccepted: 'колко отказани добри клиенти струва един допуснат лош',
    threshold: 'ами ако праговете бяха тези',
    drop: 'ами ако този критерий го нямаше (може да се повтаря)',
    optional: 'ами ако това задължително условие беше обикновен критерий (може да се повтаря)',
    examples: `
Примери:
  clientfit calibrate leads.csv                   твърде придирчив ли е списъкът за тези запитвания?
  clientfit calibrate --journal                   поука от записаните решения и резултатите им
  clientfit calibrate leads.csv --threshold accept=75,review=45 --drop polite`,
  },
  compare: {
    description: 'какво ще промени една промяна в списъка? същите запитвания по стар и нов файл с критерии: сменени вердикти, приемане, резултати и причините',
    old: 'файлът с критерии, какъвто е (или беше)',
    new: 'файлът с критерии, какъвто би бил',
    file: 'CSV със запитвания или книга .xlsx, чете се точно както в batch; - или нищо при вход от канал чете stdin',
    journal: 'сравнява и (или само) по решенията и резултатите в дневника (по подразбиране: личният дневник)',
    outcome: 'колона в CSV, която казва как се е показал клиентът: good/bad, да/не ...',
    good: 'стойности на резултата, които значат добър клиент, със запетаи, напр. "Closed Won" (може да се повтаря)',
    bad: 'стойности на резултата, които значат лош клиент, напр. Lost,Churned (може да се повтаря)',
    costBadAccepted: 'един допуснат лош клиент струва колкото толкова отказани добри',
    examples: `
Примери:
  clientfit compare clientfit.yaml new.yaml leads.csv          какво ще промени новият списък при тези запитвания?
  clientfit compare clientfit.yaml new.yaml --journal          ... при записаните ви решения и резултатите им
  clientfit compare old.yaml new.yaml leads.csv --outcome Result --format json`,
  },
  sql: {
    description: 'отпечатва една SQL заявка, която оценява всеки ред от таблица или CSV в DuckDB, PostgreSQL, MySQL/MariaDB или ClickHouse, както batch',
    dialect: 'базата данни',
    from: 'оценява този CSV (DuckDB го чете с read_csv, всички колони като текст)',
    table: 'оценява тази таблица или изглед',
    view: 'обвива заявката в CREATE OR REPLACE VIEW име',
    dbtRef: "записва модел на dbt (select без ;), който чете {{ ref('model') }}",
    dbtSource: "записва модел на dbt (select без ;), който чете {{ source('source', 'table') }}",
    map: 'чете критерия от тази колона (може да се повтаря)',
    columns: 'колоните на таблицата, разделени със запетая, за да се намери колоната на всеки критерий както в batch (по подразбиране с --table: първото име на колона на всеки критерий)',
    encoding: '--from: кодирането на CSV (DuckDB чете UTF-8)',
    delimiter: '--from: разделител на полетата (по подразбиране: от реда sep=, иначе се разпознава)',
    decimalComma: 'чете 1 200,50 като 1200.5 (по подразбиране включено при разделител ; в --from)',
    checkView: 'казва дали списъкът на изглед е днешният от файла с критерии, по дефиницията на изгледа или стойността на clientfit_list във ФАЙЛ (- за стандартния вход)',
  },
  history: {
    description: 'минали решения, записани със `score --save`: по ред на клиент (последното му решение), с резултатите; ИМЕ или ID показва цялата история на клиента',
    prospect: 'име на клиент или id на решение: всички решения за този клиент, с отговорите',
    name: 'само клиенти, чието име съдържа този текст (без значение главни или малки букви)',
    limit: 'само последните N реда',
    since: 'само решения от тази дата нататък (ГГГГ-ММ-ДД)',
    all: 'всички записани резултати, включително заменените от по-късни',
    id: 'клиентът на решението с този id (когато може да се разбере и като име)',
    examples: `
Примери:
  clientfit history                           по ред на клиент, последното решение най-долу
  clientfit history "Acme Ltd"                всички решения за Acme Ltd, с отговорите
  clientfit history --since 2026-01-01 --format json`,
  },
  read: {
    description: 'прочита писмото на клиента (имейл или поставен текст): отговорите, казани направо, с думите им, и тревожните сигнали; без интернет',
    file: 'писмото: текстов файл, запазен .eml или - за да поставите текста',
    encoding: 'кодирането на писмо в обикновен текст, ако не е UTF-8 (windows-1251, windows-1253, windows-1250 ...)',
    examples: `
Примери:
  clientfit read запитване.eml                 какво отговаря писмото, с думите му
  pbpaste | clientfit read - --format json     поставено писмо, в JSON
  clientfit score --message запитване.eml      въпросите, като се започне от тези отговори`,
  },
  outcome: {
    description: 'записва как се е показал клиентът всъщност (платил навреме, спазил условията), за калибриране',
    name: 'името, под което е записано решението („(без име)“, както го показва history, за решение, записано без име)',
    outcome: 'как мина: добър или лош (също добре, лошо, да, не, good, bad)',
    note: 'какво стана, с две думи',
    id: 'към кое решение (по подразбиране: последното с това име; вижте `clientfit history`)',
    byName: 'ИМЕ се чете само като име на клиент, никога като id на решение',
    examples: `
Примери:
  clientfit outcome "Acme Ltd" добър --note "плати навреме"
  clientfit outcome - лош --id mwtj5t5m-0mt31q    решение, записано без име`,
  },
  init: {
    description: 'създава файл с критерии от шаблон, който да нагодите към своите минимални изисквания',
    file: 'къде да се запише',
    template: 'шаблон за начало (вижте --list; по подразбиране е шаблонът на езика на интерфейса: freelancer-bg)',
    list: 'списък на шаблоните',
    global: 'записва личен файл в папката с настройки (~/.config/clientfit/clientfit.yaml), валиден от всяка папка',
    force: 'презаписва съществуващ файл',
    examples: `
Примери:
  clientfit init                                  ./clientfit.yaml от шаблона freelancer-bg
  clientfit init --list                           шаблоните
  clientfit init --global -t agency               личен файл, валиден от всяка папка`,
  },
  check: {
    description: 'проверява файл с критерии, обобщава го и търси слабости в калибрирането (твърде придирчив, приема всички, недостижим праг)',
    file: 'файл с критерии (по подразбиране този, който clientfit би ползвал)',
    strict: 'изход с код 1 при предупреждения',
    examples: `
Примери:
  clientfit check                                 файлът, който clientfit би ползвал
  clientfit check my-criteria.yaml --strict       код 1 и при предупреждения (за CI)`,
  },
  completion: {
    description: 'отпечатва скрипт за довършване в обвивката (команди, опции, id на критерии, шаблони и имена на клиенти); не пипа rc файловете ви',
    shell: 'обвивката',
    examples: `
Примери:
  eval "$(clientfit completion bash)"                               в ~/.bashrc
  eval "$(clientfit completion zsh)"                                в ~/.zshrc, след compinit
  clientfit completion fish > ~/.config/fish/completions/clientfit.fish`,
    complete: 'отпечатва вариантите за довършване на дадените думи (извикват го скриптовете за довършване)',
    completeShell: 'коя обвивка пита',
    completeLine: 'командният ред до курсора (bash)',
    completeWords: 'думите след „clientfit“, последната се довършва',
  },
});
