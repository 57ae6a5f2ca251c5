import { translation } from '../catalog.js';
import { sql as english } from '../en/sql.js';

export const sql = translation('bs', english, {
  problems: {
    csvNeedsDuckdb: "--from čita CSV fajl, a to unutar jedne naredbe zna samo DuckDB; učitajte fajl u tabelu (psql: \\copy leads FROM 'leads.csv' CSV HEADER) i dajte --table",
    csvEncoding: 'DuckDB čita CSV fajlove kao UTF-8, a ovaj je u {encoding}: prvo ga pretvorite (iconv -f {encoding} -t utf-8) ili ga ocijenite sa clientfit batch',
    csvPath: 'read_csv u DuckDB-u ne može tačno pročitati putanju {path} (obrnutu kosu crtu uzima kao razdjelnik foldera): preimenujte ili kopirajte fajl ili ga ocijenite sa clientfit batch',
    sigmaContext:
      '{id}: crvena zastavica "{flag}" ima σ ili ς čije malo slovo zavisi od okolnih slova (JavaScript pretvara Σ u ς na kraju riječi); tačne SQL pretrage nema: počnite ili završite zastavicu cijelom riječju ili ocijenite sa clientfit batch',
    tooManySpellings: '{id}: "{text}" ima previše σ/ς da bi se nabrojalo svako pisanje velikim slovima; ocijenite sa clientfit batch',
    notLowerCase: '"{text}" se mijenja kad se ponovo prebaci u mala slova; ocijenite sa clientfit batch',
    coreChanged: '{what} u čitaču odgovora SQL kompajler ne poznaje: ovo je greška u clientfitu, molimo prijavite je',
  },
  ambiguousColumn: '{source}: kolona "{header}" javlja se {count} puta, a "{id}" je čita: nije jasno na koju se misli',
  columns: 'Kolone: {columns}',
  mapHint: {
    one: 'Povežite kolonu pomoću --map {id}="{column}" ili dajte --allow-missing da se računa kao nepoznat.',
    few: 'Povežite kolonu pomoću --map {id}="{column}" ili dajte --allow-missing da se računaju kao nepoznati.',
    other: 'Povežite kolonu pomoću --map {id}="{column}" ili dajte --allow-missing da se računaju kao nepoznati.',
  },
  columnPlaceholder: 'Kolona',
  quotedSpaces: '{source}:{line}: red samo od razmaka, neki pod navodnicima: batch ga ocjenjuje, a read_csv u DuckDB-u ga ne razlikuje od praznog reda; ocijenite fajl sa clientfit batch',
  mixedEndings: '{source}: fajl miješa krajeve redova ({counts}), koje read_csv u DuckDB-u čita drugačije; svedite ih na jedan ili ocijenite sa clientfit batch',
  noRows: 'dajte redove za ocjenu: --from FAJL.csv (DuckDB) ili --table IME',
  noRowsExamples: 'Primjeri: clientfit sql --from leads.csv | duckdb',
  noRowsExamples2: '          clientfit sql --dialect postgres --table crm.leads --view scored_leads | psql',
  badName: '{flag} „{name}“ nije ime tabele: svaki dio između tačaka mora biti obično ime (latinična slova, cifre, _ ili $, bez cifre na početku) ili ime u dvostrukim navodnicima',
  badNameHint: `Stavite u navodnike dio s razmacima ili drugim znakovima: {flag} '"Sales Team".leads' (navodnik unutra se piše "")`,
  fromStdin: '--from imenuje fajl koji upit čita po putanji, a ne standardni ulaz: prvo sačuvajte redove u fajl',
  mapMalformed: '--map "{value}" nije oblika id=Kolona',
  columnsMalformed: '--columns „{value}“ nije jedan red imena odvojenih zarezima: ime sa zarezom ili navodnikom stavite u navodnike kao u CSV fajlu ("Budget, EUR"; navodnik unutra se udvostručuje)',
  cannotCompile: '{file} se ne može tačno prevesti u SQL za {dialect}: {problem}',
  also: '  još: {problem}',
  allowMissingNeedsColumns: '--allow-missing uz --table traži --columns: bez kolona tabele ne zna se koje nedostaju (upit bi pao na prvoj); navedite ih u --columns',
  alreadyScored: '{source} već ima kolonu „{column}“, koju upit dodaje (jesu li ovi redovi već ocijenjeni?): prvo uklonite ili preimenujte njene kolone clientfit_',
  checkViewAlone: '--check-view čita definiciju pogleda i ne ocjenjuje redove: izostavite --from, --table i --view',
  viewTooLarge: '{source} je veći od {limit}: dajte definiciju pogleda ili vrijednost clientfit_list',
  viewNoFingerprint: '{source}: u njemu nema otiska liste (sha256:…): dajte definiciju pogleda ili vrijednost clientfit_list',
  viewHowTo: 'Ispišite je ovako (scored_leads je pogled):',
  viewStale: '{source}: pogled ocjenjuje po drugoj listi ({found}); {file} je danas {today}',
  viewRemake: 'Napravite pogled ponovo sa clientfit sql, kako je napravljen (--view IME).',
  viewCurrent: '{source}: pogled ocjenjuje po {file} kakav je danas ({today})',
});
