import { translation } from '../catalog.js';
import { check as english } from '../en/check.js';

export const check = translation('bs', english, {
  clauseJoin: '; ',
  criteria: 'Kriteriji:',
  thresholds: 'Pragovi:',
  thresholdsLine: 'prihvatanje od {accept}, razmatranje od {review}, ispod toga odbijanje',
  maxUnknown: '; najviše razmatranje ako je više od {maxUnknown} odgovora nepoznato',
  headers: { id: 'id', type: 'tip', must: 'obav.', points: 'bodovi', passes: 'prolazi ako' },
  mustCell: 'da',
  totals: '{criteria}, {musts}, ukupno {points}.',
  criteriaCount: { one: '{count} kriterij', few: '{count} kriterija', other: '{count} kriterija' },
  mustCount: { one: '{count} obavezan', few: '{count} obavezna', other: '{count} obaveznih' },
  pointsCount: { one: '{count} bod', few: '{count} boda', other: '{count} bodova' },
  noWarnings: 'Nema upozorenja: kratka lista minimalnih zahtjeva.',
  warnings: { one: '{count} upozorenje:', few: '{count} upozorenja:', other: '{count} upozorenja:' },
  kinds: { 'too picky': 'prestrogo', 'accepts everyone': 'prolaze svi', unreachable: 'nedostižno', inconsistent: 'nedosljedno' },
  passes: {
    yes: 'da',
    no: 'ne',
    between: 'od {min} do {max}',
    atLeast: 'najmanje {min}',
    atMost: 'najviše {max}',
    anyNumber: 'bilo koji broj',
    option: '{value} {points}',
    withFails: '{options}; odbija se: {fails}',
    noMention: 'bez spominjanja {flags}',
    flag: '„{flag}“',
    label: '„{label}“',
    /** a red flag written as a stem, shown by the whole words it finds */
    stem: '{examples} (i drugi oblici)',
    anything: 'bilo šta',
  },
  when: 'ako {conditions}',
  condition: '{id}: {values}',
  or: ' ili ',
});
