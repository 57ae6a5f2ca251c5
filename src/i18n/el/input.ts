import { translation } from '../catalog.js';
import { input as english } from '../en/input.js';

export const input = translation('el', english, {
  undefinedByte: 'το byte {byte} δεν είναι χαρακτήρας του {encoding} (η κωδικοσελίδα δεν το ορίζει). Ελέγξτε το --encoding.',
  utf16Half: 'bytes που δεν είναι έγκυρο {name} ({bytes}): μισός χαρακτήρας στο τέλος του αρχείου. Το αρχείο είναι κατεστραμμένο ή κομμένο.',
  utf16Surrogate: 'bytes που δεν είναι έγκυρο {name} ({bytes}): μισό ζεύγος υποκατάστασης (surrogate pair). Το αρχείο είναι κατεστραμμένο ή κομμένο.',
  utf8: 'bytes που δεν είναι έγκυρο UTF-8 ({bytes}). Το αρχείο μάλλον είναι σε παλιά κωδικοσελίδα: δοκιμάστε --encoding windows-1253 (ελληνικά), windows-1251 (κυριλλικά), windows-1250 (Κεντρική Ευρώπη) ή windows-1252 (Δυτική Ευρώπη).',
  builtinDefault: '{label}, η ενσωματωμένη λίστα',
});
