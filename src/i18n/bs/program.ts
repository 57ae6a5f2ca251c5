import { translation } from '../catalog.js';
import { program as english } from '../en/program.js';

export const program = translation('bs', english, {
  description: 'Odlučite s kojim klijentima raditi: provjerite klijenta, ocijenite CSV s upitima, kalibrirajte svoje kriterije.',
  version: 'ispisuje verziju (i -v)',
  help: 'prikazuje pomoć',
  helpCommand: 'pomoć za naredbu',
  noColor: 'bez boja, čak i u terminalu (poštuju se i NO_COLOR i FORCE_COLOR)',
  debug: 'kod greške ispisuje i njen cijeli trag (stack trace)',
  lang: 'jezik interfejsa: en, ru, bg, el ili bs (zadano: CLIENTFIT_LANG, inače jezičke postavke sistema: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)',
  afterHelp: `
Izlazni kodovi:
  0    sve u redu
  1    greška u podacima ili pri radu (ulaz se ne može pročitati, pokvaren CSV,
       izlaz se ne može upisati, upozorenja uz --strict)
  2    greška u naredbi ili u fajlu s kriterijima
  3    dostignuta je preporuka iz --fail-on
  130  prekinuto (Ctrl-C)

Dokumentacija: \`clientfit <naredba> --help\` i priručnik:
  {readme}

Primjeri:
  clientfit                                   provjera klijenta, pitanje po pitanje
  clientfit score --resume "Acme Ltd" --save  nastavak s onim što je još nepoznato
  clientfit batch leads.csv -o scored.csv     ocjena fajla s upitima`,
  headings: {
    usage: 'Upotreba:',
    options: 'Opcije:',
    commands: 'Naredbe:',
    arguments: 'Argumenti:',
    globalOptions: 'Opće opcije:',
    optionsWord: '[opcije]',
    commandWord: '[naredba]',
    choices: 'moguće: {list}',
    default: 'zadano: {value}',
    placeholders: {
      file: 'fajl',
      format: 'format',
      name: 'ime',
      verdicts: 'preporuke',
      verdict: 'preporuka',
      header: 'zaglavlje',
      column: 'kolona',
      names: 'imena',
      values: 'vrijednosti',
      n: 'N',
      id: 'id',
      shell: 'ljuska',
      line: 'linija',
      words: 'riječi',
      prospect: 'klijent',
      date: 'datum',
      text: 'tekst',
      char: 'znak',
      code: 'kod',
      address: 'adresa',
      outcome: 'ishod',
      old: 'stari',
      new: 'novi',
      'id=value': 'id=vrijednost',
      'id=Header': 'id=Zaglavlje',
      'id=Column': 'id=Kolona',
      'name|id': 'ime|id',
      'name|n': 'ime|N',
      'accept=N,review=M': 'accept=N,review=M',
    },
  },
  errors: {
    unknownOption: "nepoznata opcija '{flag}'",
    unknownCommand: "nepoznata naredba '{name}'",
    missingArgument: "nedostaje obavezni argument '{name}'",
    optionMissingArgument: "opciji '{flags}' treba vrijednost",
    missingMandatoryOption: "obavezna opcija '{flags}' nije navedena",
    invalidOptionArgument: "opcija '{flags}': vrijednost '{value}' nije dozvoljena.",
    invalidArgument: "argument '{name}': vrijednost '{value}' nije dozvoljena.",
    allowedChoices: 'Dozvoljeno: {choices}.',
    tooManyArguments: {
      one: 'previše argumenata: očekivan je {count} argument, dato ih je {got}.',
      few: 'previše argumenata: očekivana su {count} argumenta, dato ih je {got}.',
      other: 'previše argumenata: očekivano je {count} argumenata, dato ih je {got}.',
    },
    tooManyArgumentsFor: {
      one: "previše argumenata za '{name}': očekivan je {count} argument, dato ih je {got}.",
      few: "previše argumenata za '{name}': očekivana su {count} argumenta, dato ih je {got}.",
      other: "previše argumenata za '{name}': očekivano je {count} argumenata, dato ih je {got}.",
    },
    conflictingOption: '{first} se ne može koristiti zajedno s {second}',
    didYouMean: '(Možda ste mislili {word}?)',
    didYouMeanOneOf: '(Možda ste mislili {words}?)',
  },
  unknownCommand: 'nepoznata naredba "{name}"',
  scoreALeadFile: 'Za ocjenu fajla s upitima: clientfit batch {file}',
  commandList: 'Naredbe: {commands} (clientfit --help).',
  criteriaOption: 'fajl s kriterijima (zadano: ./clientfit.yaml, zatim ~/.config/clientfit/clientfit.yaml, zatim ugrađena lista)',
  journalOption: 'fajl dnevnika (zadano: $CLIENTFIT_JOURNAL, inače $XDG_DATA_HOME/clientfit/journal.jsonl, inače ~/.local/share/clientfit/journal.jsonl)',
  failOnOption: 'izlaz s kodom 3 kad je preporuka ova ili lošija',
  formatOption: 'format izlaza',
  leads: {
    encoding: 'kodiranje ulaza, npr. windows-1251, windows-1253, windows-1250, latin1 (zadano: UTF-8, ili UTF-16 po BOM-u)',
    delimiter: 'razdjelnik polja: , ; | ili tab (zadano: iz reda sep=, inače se prepoznaje)',
    decimalComma: 'čita 1 200,50 kao 1200.5 (samo se uključuje uz razdjelnik ;)',
    map: 'čita kriterij iz ove kolone (može se ponavljati)',
    allowMissing: 'kriteriji bez kolone računaju se kao nepoznati, umjesto da se rad prekine',
    sheet: 'koji list .xlsx radne knjige: ime ili broj (zadano: prvi vidljivi)',
  },
  score: {
    description: 'provjera klijenta (zadano: samo `clientfit`): odgovorite na kriterije, u terminalu jedan po jedan, i dobijete preporuku, šta još pitati i nacrt poruke',
    answers: 'odgovori kao YAML ili JSON: id kriterija → vrijednost (- čita stdin)',
    set: 'jedan odgovor; može se ponavljati, ima prednost pred --answers',
    name: 'ime klijenta',
    noInput: 'bez pitanja: odgovori koji nedostaju računaju se kao nepoznati',
    noMessage: 'bez nacrta poruke',
    messageFile: 'počinje od odgovora koje poruka klijenta jasno kaže (FAJL ili - za lijepljenje)',
    save: 'upisuje odluku u dnevnik (u terminalu vas to pita na kraju)',
    noSave: 'ne čuva i ne pita',
    resume: 'nastavak od posljednje odluke o klijentu: pita samo ono što je još nepoznato, pokazuje prije i poslije',
    resumeId: 'kao --resume, ali se ključ čita samo kao id odluke',
    resumeName: 'kao --resume, ali se ključ čita samo kao ime klijenta (ili dio imena)',
    ids: 'id-ovi kriterija umjesto pitanja u tabeli (samo se uključuje kad pitanja ne stanu)',
    decimalComma: 'čita "1.200,50" kao 1200.5',
    examples: `
Primjeri:
  clientfit                                    pitanja o klijentu, jedno po jedno
  clientfit score --resume "Acme Ltd" --save   nastavak: samo ono što je još nepoznato
  clientfit score --set pays_upfront=yes --set revisions=3 --no-input --fail-on reject`,
  },
  batch: {
    description: 'ocjenjuje CSV s upitima: sve ulazne kolone plus ocjena, preporuka, neispunjeni i nepoznati kriteriji',
    file: 'CSV s upitima ili .xlsx radna knjiga; - ili ništa uz preusmjeren ulaz čita stdin',
    output: 'piše ovdje (atomski: sve ili ništa) umjesto na stdout',
    format: 'csv, jsonl, json ili table (zadano: table u terminalu, inače csv; ili po nastavku -o)',
    outputEncoding: 'kodiranje izlaznog CSV-a: utf-8, utf-8-bom, utf-16le, windows-1251 ... (zadano: kao na ulazu)',
    only: 'zadržava samo redove s ovim preporukama, npr. accept,review',
    strict: 'izlaz s kodom 1 na kraju ako je neka ćelija bila neispravna ili neki red imao pogrešan broj polja',
    noEscapeFormulas: "ne stavlja ' ispred ćelija koje počinju kao formula",
    nameColumn: 'kolona koja imenuje svaki upit u tabeli (zadano: kolona imena, punog imena ili firme)',
    quiet: 'bez sažetka i upozorenja na stderr, samo greške',
    examples: `
Primjeri:
  clientfit batch leads.csv                       tabela u terminalu, CSV kad se izlaz preusmjeri
  clientfit batch leads.csv -o scored.csv --only accept,review
  clientfit batch crm.csv --map pays_upfront="Deposit?" --fail-on reject`,
  },
  calibrate: {
    description: 'je li lista prestroga ili preblaga? udio prihvaćenih, kriteriji koji sami odbijaju, pregled pragova i ishodi, na stvarnim upitima i bivšim klijentima',
    file: 'CSV s upitima ili .xlsx radna knjiga, čita se tačno kao u batch; - ili ništa uz preusmjeren ulaz čita stdin',
    journal: 'koristi i (ili samo) odluke i ishode iz dnevnika (zadano: lični dnevnik)',
    outcome: 'kolona CSV-a koja kaže kakav je bio svaki klijent: good/bad, da/ne ...',
    good: 'vrijednosti koje znače dobrog klijenta, odvojene zarezom, npr. "Closed Won" (može se ponavljati)',
    bad: 'vrijednosti koje znače lošeg klijenta, npr. Lost,Churned (može se ponavljati)',
    costBadAccepted: 'jedan propušten loš klijent košta koliko N odbijenih dobrih',
    threshold: 'šta ako bi pragovi bili ovi',
    drop: 'šta ako se ovaj kriterij izostavi (može se ponavljati)',
    optional: 'šta ako bi ovaj obavezni kriterij bio običan (može se ponavljati)',
    examples: `
Primjeri:
  clientfit calibrate leads.csv                   prestrogo ili preblago za ove upite?
  clientfit calibrate --journal                   učite iz svojih sačuvanih odluka i njihovih ishoda
  clientfit calibrate leads.csv --threshold accept=75,review=45 --drop polite`,
  },
  compare: {
    description: 'šta bi promijenila izmjena liste? isti upiti po starom i novom fajlu kriterija: preporuke koje se mijenjaju, prihvatanje, ishodi i uzroci',
    old: 'fajl kriterija kakav jeste (ili je bio)',
    new: 'fajl kriterija kakav bi bio',
    file: 'CSV s upitima ili .xlsx radna knjiga, čita se tačno kao u batch; - ili ništa uz preusmjeren ulaz čita stdin',
    journal: 'poredi i (ili samo) na odlukama i ishodima iz dnevnika (zadano: lični dnevnik)',
    outcome: 'kolona CSV-a koja kaže kakav je bio svaki klijent: good/bad, da/ne ...',
    good: 'vrijednosti ishoda koje znače dobrog klijenta, odvojene zarezom, npr. "Closed Won" (može se ponavljati)',
    bad: 'vrijednosti ishoda koje znače lošeg klijenta, npr. Lost,Churned (može se ponavljati)',
    costBadAccepted: 'jedan propušten loš klijent košta koliko N odbijenih dobrih',
    examples: `
Primjeri:
  clientfit compare clientfit.yaml new.yaml leads.csv          šta bi nova lista promijenila na ovim upitima?
  clientfit compare clientfit.yaml new.yaml --journal          ... na vašim sačuvanim odlukama i njihovim ishodima
  clientfit compare old.yaml new.yaml leads.csv --outcome Result --format json`,
  },
  sql: {
    description: 'ispisuje jednu SQL naredbu koja ocjenjuje svaki red tabele ili CSV-a unutar DuckDB-a, PostgreSQL-a, MySQL-a/MariaDB-a ili ClickHousea, kao batch',
    dialect: 'baza podataka',
    from: 'ocjenjuje ovaj CSV (DuckDB ga čita s read_csv, svaku kolonu kao tekst)',
    table: 'ocjenjuje ovu tabelu ili pogled',
    view: 'umotava naredbu u CREATE OR REPLACE VIEW ime',
    dbtRef: "piše dbt model (select bez ;) koji čita {{ ref('model') }}",
    dbtSource: "piše dbt model (select bez ;) koji čita {{ source('source', 'table') }}",
    map: 'čita kriterij iz ove kolone (može se ponavljati)',
    columns: 'kolone tabele, odvojene zarezom, da se nađe kolona svakog kriterija kao u batch (zadano uz --table: prvo ime kolone svakog kriterija)',
    encoding: '--from: kodiranje CSV-a (DuckDB čita UTF-8)',
    delimiter: '--from: razdjelnik polja (zadano: iz reda sep=, inače se prepoznaje)',
    decimalComma: 'čita 1 200,50 kao 1200.5 (samo se uključuje uz razdjelnik ; u --from)',
    checkView: 'kaže je li lista pogleda današnja iz fajla s kriterijima, po definiciji pogleda ili vrijednosti clientfit_list u FAJLU (- za standardni ulaz)',
  },
  history: {
    description: 'ranije odluke sačuvane sa `score --save`, jedan red po klijentu (njegova posljednja odluka), s ishodima; IME ili ID pokazuje cijelu historiju klijenta',
    prospect: 'ime klijenta ili id odluke: svaka odluka o tom klijentu, s odgovorima',
    name: 'samo klijenti čije ime sadrži ovo (velika ili mala slova, svejedno)',
    limit: 'samo posljednjih N redova',
    since: 'samo odluke od ovog datuma nadalje (GGGG-MM-DD)',
    all: 'pokazuje svaki ikad zapisani ishod, i one koje je kasniji zamijenio',
    id: 'klijent odluke s ovim id-om (kad bi se moglo misliti i na ime)',
    examples: `
Primjeri:
  clientfit history                           jedan red po klijentu, najnovija odluka zadnja
  clientfit history "Acme Ltd"                svaka odluka o Acme Ltd, s odgovorima
  clientfit history --since 2026-01-01 --format json`,
  },
  read: {
    description: 'čita poruku klijenta (e-mail ili zalijepljen tekst): odgovore koje jasno kaže, s njenim riječima, i znakove upozorenja; bez interneta',
    file: 'poruka: tekstualni fajl, sačuvan .eml ili - za lijepljenje teksta',
    encoding: 'kodna stranica poruke u običnom tekstu ako nije UTF-8 (windows-1250, windows-1251, windows-1253 ...)',
    examples: `
Primjeri:
  clientfit read upit.eml                      šta poruka odgovara, s njenim riječima
  pbpaste | clientfit read - --format json     zalijepljena poruka, kao JSON
  clientfit score --message upit.eml           pitanja, počevši od tih odgovora`,
  },
  outcome: {
    description: 'zapisuje kakav je klijent zaista bio (platio na vrijeme, držao se uslova), za kalibraciju',
    name: 'ime pod kojim je odluka sačuvana ("(bez imena)", kako ga pokazuje history, za odluku sačuvanu bez imena)',
    outcome: 'kako je prošlo: dobar ili loš (također dobro, loše, da, ne, good, bad)',
    note: 'šta se desilo, u par riječi',
    id: 'odluka uz koju se veže (zadano: posljednja s tim imenom; vidi `clientfit history`)',
    byName: 'IME se čita samo kao ime klijenta, nikad kao id odluke',
    examples: `
Primjeri:
  clientfit outcome "Acme Ltd" good --note "platio na vrijeme"
  clientfit outcome - bad --id mwtj5t5m-0mt31q    odluka sačuvana bez imena`,
  },
  init: {
    description: 'piše fajl s kriterijima iz šablona, da ga prilagodite svojim minimalnim zahtjevima',
    file: 'gdje ga upisati',
    template: 'šablon za početak (vidi --list; zadani je šablon na jeziku interfejsa: freelancer-bs)',
    list: 'prikazuje šablone',
    global: 'piše vaš lični fajl u folder postavki (~/.config/clientfit/clientfit.yaml), važi iz svakog foldera',
    force: 'prepisuje postojeći fajl',
    examples: `
Primjeri:
  clientfit init                                  ./clientfit.yaml iz šablona freelancer-bs
  clientfit init --list                           šabloni
  clientfit init --global -t agency               lični fajl, važi iz svakog foldera`,
  },
  check: {
    description: 'provjerava fajl s kriterijima, sažima ga i traži slabosti u kalibraciji (prestrogo, prolaze svi, nedostižno)',
    file: 'fajl s kriterijima (zadano: onaj koji bi clientfit koristio)',
    strict: 'izlaz s kodom 1 kad ima upozorenja',
    examples: `
Primjeri:
  clientfit check                                 fajl koji bi clientfit koristio
  clientfit check my-criteria.yaml --strict       izlaz 1 i na upozorenja (za CI)`,
  },
  completion: {
    description: 'ispisuje skriptu za dopunjavanje u ljusci (naredbe, opcije, id-ovi kriterija, šabloni i imena klijenata); vaše rc fajlove ne dira',
    shell: 'ljuska',
    examples: `
Primjeri:
  eval "$(clientfit completion bash)"                               u ~/.bashrc
  eval "$(clientfit completion zsh)"                                u ~/.zshrc, nakon compinit
  clientfit completion fish > ~/.config/fish/completions/clientfit.fish`,
    complete: 'ispisuje prijedloge dopune za date riječi (pozivaju ga skripte za dopunjavanje)',
    completeShell: 'koja ljuska pita',
    completeLine: 'naredbena linija do kursora (bash)',
    completeWords: 'riječi nakon "clientfit", posljednja se dopunjava',
  },
});
