import { translation } from '../catalog.js';
import { init as english } from '../en/init.js';

export const init = translation('bs', english, {
  table: { template: 'predložak', name: 'naziv', size: 'veličina' },
  invalid: '(neispravan predložak)',
  default: '{title} (zadani)',
  size: {
    one: 'kriterija: {criteria}, obaveznih: {count}',
    few: 'kriterija: {criteria}, obaveznih: {count}',
    other: 'kriterija: {criteria}, obaveznih: {count}',
  },
  unknown: 'nepoznat predložak "{name}"{suggestion}',
  templates: 'Predlošci: {names} (clientfit init --list).',
  fileOrGlobal: 'navedite ili FAJL ili --global, ne oboje',
  exists: '{path} već postoji: neću ga prepisati',
  forceGlobal: 'Dodajte --force da ga zamijenite.',
  force: 'Dodajte --force da ga zamijenite ili navedite drugi FAJL.',
  notAFolder: '{path} nije folder',
  cannotWrite: 'ne mogu zapisati {path}: {reason}',
  wrote: 'Zapisan {path} iz predloška {template} (kriterija: {criteria}, obaveznih: {musts}).',
  next: 'Svedite ga na svoj kratki spisak minimalnih zahtjeva, pa pokrenite `{check}`.',
  languageTemplate: 'Predložak {template} je na bosanskom; engleski zapisuje `clientfit --lang en init`.',
});
