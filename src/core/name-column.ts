/**
 * Which columns name a lead in the table view: exports start with `Record ID` (HubSpot) or
 * `Timestamp` (Google Forms), so the first column rarely says who the lead is. Headers are
 * compared as normalizeHeader sees them (no case, spaces, `_` or `-`), in the answer
 * reader's languages: English, Russian, Bulgarian, Greek, Bosnian/Croatian/Serbian, German,
 * French, Spanish.
 */
import { normalizeHeader } from './criteria.js';

const words = (...list: string[]): Set<string> => new Set(list.map(normalizeHeader));

/** A whole name in one column. */
const FULL_NAME = words(
  'name',
  'full name',
  'contact name',
  'client name',
  'lead name',
  'your name',
  'customer name',
  'фио',
  'полное имя',
  'ф.и.о.',
  'пълно име',
  'име и фамилия',
  'ονοματεπώνυμο',
  'ονοματεπωνυμο',
  'ime i prezime',
  'име и презиме',
  'vollständiger name',
  'nom complet',
  'nombre completo',
);
const FIRST_NAME = words('first name', 'given name', 'firstname', 'имя', 'име', 'όνομα', 'ονομα', 'ime', 'vorname', 'prénom', 'prenom', 'nombre');
const LAST_NAME = words('last name', 'surname', 'family name', 'lastname', 'фамилия', 'επώνυμο', 'επωνυμο', 'prezime', 'презиме', 'nachname', 'nom', 'apellido', 'apellidos');
/** Who the lead is when no name is given. */
const WHO = words('client', 'lead', 'contact', 'customer', 'клиент', 'заказчик', 'πελάτης', 'πελατης', 'klijent', 'kunde', 'cliente');
const COMPANY = words(
  'company',
  'company name',
  'organisation',
  'organization',
  'org',
  'business',
  'account name',
  'компания',
  'организация',
  'фирма',
  'εταιρεία',
  'εταιρια',
  'εταιρία',
  'οργανισμός',
  'tvrtka',
  'firma',
  'kompanija',
  'preduzeće',
  'organizacija',
  'unternehmen',
  'entreprise',
  'société',
  'empresa',
  'organización',
);
/** Long form questions: "What is your name?", "Company name (if any)". */
const NAME_WORD = /(?:^|[^\p{L}])(?:name|имя|име|όνομα|ime|nom|nombre|фио)(?:[^\p{L}]|$)/iu;

export type NameColumn = { readonly kind: 'found'; readonly header: string; readonly indexes: readonly number[] } | { readonly kind: 'not-found'; readonly wanted: string };

/** `wanted` (--name-column) picks by header; otherwise the first rule that matches wins. */
export function pickNameColumn(names: readonly string[], wanted?: string): NameColumn {
  const keys = names.map(normalizeHeader);
  if (wanted !== undefined) {
    const index = keys.indexOf(normalizeHeader(wanted));
    return index < 0 ? { kind: 'not-found', wanted } : { kind: 'found', header: names[index]!, indexes: [index] };
  }
  const one = (set: ReadonlySet<string>): number => keys.findIndex((key) => set.has(key));
  const found = (index: number): NameColumn => ({ kind: 'found', header: names[index]!, indexes: [index] });
  const full = one(FULL_NAME);
  if (full >= 0) return found(full);
  const first = one(FIRST_NAME);
  const last = keys.findIndex((key, index) => index !== first && LAST_NAME.has(key));
  if (first >= 0 && last >= 0) return { kind: 'found', header: `${names[first]} ${names[last]}`, indexes: [first, last] };
  if (first >= 0) return found(first);
  for (const set of [WHO, COMPANY]) {
    const index = one(set);
    if (index >= 0) return found(index);
  }
  const question = names.findIndex((name) => NAME_WORD.test(name));
  if (question >= 0) return found(question);
  const email = keys.findIndex((key) => /e-?mail|почта/u.test(key));
  return found(Math.max(email, 0));
}
