import { translation } from '../catalog.js';
import { input as english } from '../en/input.js';

export const input = translation('bs', english, {
  undefinedByte: 'bajt {byte} nije znak kodne stranice {encoding} (ona ga ne definiše). Provjerite --encoding.',
  utf16Half: 'bajtovi koji nisu ispravan {name} ({bytes}): pola znaka na kraju ulaza. Fajl je oštećen ili odsječen.',
  utf16Surrogate: 'bajtovi koji nisu ispravan {name} ({bytes}): pola surogatnog para. Fajl je oštećen ili odsječen.',
  utf8: 'bajtovi koji nisu ispravan UTF-8 ({bytes}). Fajl je vjerovatno u staroj kodnoj stranici: probajte --encoding windows-1250 (srednja Evropa), windows-1251 (ćirilica), windows-1253 (grčki) ili windows-1252 (zapadna Evropa).',
  builtinDefault: '{label}, ugrađena lista',
  utf8Bom: 'utf-8 s BOM',
  mail: {
    pasteHint: 'Zalijepite poruku, pa pritisnite Ctrl-D u praznom redu (Ctrl-Z i Enter na Windowsu).',
    tooLarge: '{file} je veći od {limit}: to nije poruka. Sačuvajte samo poruku (ili e-mail) i pročitajte nju.',
    binary: '{file}:{line}:{col}: binarni podaci (bajt NUL): ovo nije poruka ni e-mail.',
    notUtf8: '{file}:{line}:{col}: tekst nije u UTF-8. Ako je poruka u staroj kodnoj stranici, navedite je: --encoding windows-1250 (srednja Evropa), windows-1251 (ćirilica), windows-1253 (grčki).',
    notUtf8Save: '{file}:{line}:{col}: tekst nije u UTF-8. Sačuvajte ga kao UTF-8 i pokušajte ponovo.',
    badEncoding: '{file}: bajtovi nisu tekst u {encoding}. Provjerite --encoding.',
    damagedEmail:
      '{file}: liči na e-mail, ali se njegova MIME struktura ne može pročitati (preduboko ugnježđivanje, ogromna zaglavlja ili oštećen dio). Ponovo sačuvajte poruku iz programa za e-mail ili zalijepite samo njen tekst.',
  },
});
