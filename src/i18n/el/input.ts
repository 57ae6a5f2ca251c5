import { translation } from '../catalog.js';
import { input as english } from '../en/input.js';

export const input = translation('el', english, {
  undefinedByte: 'το byte {byte} δεν είναι χαρακτήρας του {encoding} (η κωδικοσελίδα δεν το ορίζει). Ελέγξτε το --encoding.',
  utf16Half: 'bytes που δεν είναι έγκυρο {name} ({bytes}): μισός χαρακτήρας στο τέλος του αρχείου. Το αρχείο είναι κατεστραμμένο ή κομμένο.',
  utf16Surrogate: 'bytes που δεν είναι έγκυρο {name} ({bytes}): μισό ζεύγος υποκατάστασης (surrogate pair). Το αρχείο είναι κατεστραμμένο ή κομμένο.',
  utf8: 'bytes που δεν είναι έγκυρο UTF-8 ({bytes}). Το αρχείο μάλλον είναι σε παλιά κωδικοσελίδα: δοκιμάστε --encoding windows-1253 (ελληνικά), windows-1251 (κυριλλικά), windows-1250 (Κεντρική Ευρώπη) ή windows-1252 (Δυτική Ευρώπη).',
  builtinDefault: '{label}, η ενσωματωμένη λίστα',
  utf8Bom: 'utf-8 με BOM',
  mail: {
    pasteHint: 'Επικολλήστε το μήνυμα και πατήστε Ctrl-D σε κενή γραμμή (Ctrl-Z και Enter στα Windows).',
    tooLarge: 'Το {file} είναι μεγαλύτερο από {limit}: δεν είναι μήνυμα. Αποθηκεύστε μόνο το μήνυμα (ή το email) και διαβάστε αυτό.',
    binary: '{file}:{line}:{col}: δυαδικά δεδομένα (byte NUL): δεν είναι μήνυμα ούτε email.',
    notUtf8:
      '{file}:{line}:{col}: το κείμενο δεν είναι σε UTF-8. Αν το μήνυμα είναι σε παλιά κωδικοσελίδα, δηλώστε την: --encoding windows-1253 (ελληνικά), windows-1251 (κυριλλικά), windows-1250 (Κεντρική Ευρώπη).',
    notUtf8Save: '{file}:{line}:{col}: το κείμενο δεν είναι σε UTF-8. Αποθηκεύστε το σε UTF-8 και δοκιμάστε ξανά.',
    badEncoding: '{file}: τα bytes δεν είναι κείμενο σε {encoding}. Ελέγξτε το --encoding.',
    damagedEmail:
      '{file}: μοιάζει με email, αλλά η δομή MIME του δεν διαβάζεται (υπερβολικά βαθιά ένθεση, τεράστιες κεφαλίδες ή χαλασμένο τμήμα). Αποθηκεύστε ξανά το μήνυμα από το πρόγραμμα αλληλογραφίας ή επικολλήστε μόνο το κείμενό του.',
  },
});
