import { translation } from '../catalog.js';
import { input as english } from '../en/input.js';

export const input = translation('bs', english, {
  undefinedByte: 'bajt {byte} nije znak kodne stranice {encoding} (ona ga ne definiše). Provjerite --encoding.',
  utf16Half: 'bajtovi koji nisu ispravan {name} ({bytes}): pola znaka na kraju ulaza. Datoteka je oštećena ili odsječena.',
  utf16Surrogate: 'bajtovi koji nisu ispravan {name} ({bytes}): pola surogatnog para. Datoteka je oštećena ili odsječena.',
  utf8: 'bajtovi koji nisu ispravan UTF-8 ({bytes}). Datoteka je vjerovatno u staroj kodnoj stranici: probajte --encoding windows-1250 (srednja Evropa), windows-1251 (ćirilica), windows-1253 (grčki) ili windows-1252 (zapadna Evropa).',
  builtinDefault: '{label}, ugrađena lista',
});
