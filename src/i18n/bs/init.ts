import { translation } from '../catalog.js';
import { init as english } from '../en/init.js';

export const init = translation('bs', english, {
  table: { template: 'šablon', name: 'naziv', size: 'veličina' },
  invalid: '(neispravan šablon)',
  default: '{title} (zadani)',
  size: {
    one: 'kriterija: {criteria}, obaveznih: {count}',
    few: 'kriterija: {criteria}, obaveznih: {count}',
    other: 'kriterija: {criteria}, obaveznih: {count}',
  },
  unknown: 'nepoznat šablon "{name}"{suggestion}',
  templates: 'Šabloni: {names} (clientfit init --list).',
  fileOrGlobal: 'navedite ili FAJL ili --global, ne oboje',
  exists: '{path} već postoji: neću ga prepisati',
  forceGlobal: 'Dodajte --force da ga zamijenite.',
  force: 'Dodajte --force da ga zamijenite ili navedite drugi FAJL.',
  notAFolder: '{path} nije folder',
  cannotWrite: 'ne mogu zapisati {path}: {reason}',
  wrote: 'Zapisan je {path} iz šablona {template} (kriterija: {criteria}, obaveznih: {musts}).',
  next: 'Svedite ga na svoju kratku listu minimalnih zahtjeva, pa pokrenite `{check}`.',
  languageTemplate: 'Šablon {template} je na bosanskom; engleski dobijete sa `clientfit --lang en init`.',
});
