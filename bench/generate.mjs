#!/usr/bin/env node
// Deterministic generator of lead CSV files for benchmarks and manual testing.
// Usage: node bench/generate.mjs ROWS [OUT.csv]   (default OUT: bench/data/leads-ROWS.csv)
// The same ROWS always gives byte-identical output (seeded PRNG, no Math.random),
// so timings on different machines and commits are comparable.
import { mkdirSync, openSync, writeSync, closeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const HEADER = 'name,email,company,pays_upfront,deposit_percent,conflict_style,polite,respects_time,revisions,notes';
const SEED = 0x5eed1ead;
const ROWS_PER_WRITE = 20_000;

/** mulberry32: tiny, fast and good enough for picking test values. */
function makeRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Names by script, with an ASCII form for the e-mail local part.
const PEOPLE = [
  {
    first: ['Anna', 'Lukas', 'Sophie', 'Jan', 'Marie', 'Tomás', 'Zoë', 'Jörg', 'Łukasz', 'Chloé'],
    last: ['Müller', 'Schmidt', 'Dubois', 'Nowak', 'García', 'Rossi', 'Janssen', 'Ødegaard', 'Novák', 'Smith'],
    ascii: ['anna', 'lukas', 'sophie', 'jan', 'marie', 'tomas', 'zoe', 'joerg', 'lukasz', 'chloe'],
  },
  {
    first: ['Иван', 'Мария', 'Алексей', 'Ольга', 'Дмитрий', 'Елена', 'Сергей', 'Наталья'],
    last: ['Петров', 'Иванова', 'Смирнов', 'Кузнецова', 'Попов', 'Соколова', 'Лебедев', 'Новикова'],
    ascii: ['ivan', 'maria', 'alexey', 'olga', 'dmitry', 'elena', 'sergey', 'natalia'],
  },
  {
    first: ['Γιώργος', 'Μαρία', 'Νίκος', 'Ελένη', 'Κώστας', 'Δήμητρα'],
    last: ['Παπαδόπουλος', 'Οικονόμου', 'Γεωργίου', 'Νικολάου', 'Βασιλείου', 'Αλεξίου'],
    ascii: ['giorgos', 'maria', 'nikos', 'eleni', 'kostas', 'dimitra'],
  },
];
const DOMAINS = ['example.com', 'mail.example.org', 'example.de', 'почта.рф', 'example.gr'];
const COMPANIES = [
  'Acme GmbH',
  'Nordwind AG',
  'ООО Ромашка',
  'Εταιρεία Α.Ε.',
  'Blue Fox Studio',
  'Smith, Jones & Co',
  'Müller & Söhne',
  'ИП Петров, торговля',
  'Pixel Forge',
  'Ελληνικά Έργα, Ο.Ε.',
  'Startup Ltd',
  '',
];
const PAYS_UPFRONT = ['yes', 'no', 'да', 'нет', 'ναι', 'όχι', '', '?', 'yes', 'no'];
const DEPOSITS = ['30', '50%', '0', '', '20', '100%', '10', '25%'];
const CONFLICT_STYLES = ['negotiates', 'silent', 'scandal', '', 'negotiates', 'silent'];
const POLITE = ['yes', 'no', 'yes'];
const RESPECTS_TIME = ['yes', 'yes', 'no', 'да', 'ναι', ''];
const REVISIONS = ['0', '1', '2', '3', '4', '5', ''];
const NOTES = [
  '',
  '',
  '',
  'Referred by a friend',
  'wants a discount',
  'needs it ASAP',
  'просит скидка 20%',
  'Long-term project, budget approved',
  'Asked for a "small" favour',
  'ASAP, will pay a discount later',
  'Line one\nline two',
  'He said "maybe"\nthen called back',
  'Обсудили сроки; всё ок',
  'Θέλει έκπτωση',
];

/** Quotes a cell only when CSV requires it (the generator needs no other escaping rules). */
function csvCell(value) {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function leadRow(random, index) {
  const people = pick(random, PEOPLE);
  const f = Math.floor(random() * people.first.length);
  const first = people.first[f];
  const last = pick(random, people.last);
  // A few names in "Last, First" form: they contain a comma and must be quoted.
  const name = random() < 0.05 ? `${last}, ${first}` : `${first} ${last}`;
  const email = `${people.ascii[f]}.${index}@${pick(random, DOMAINS)}`;
  return [
    name,
    email,
    pick(random, COMPANIES),
    pick(random, PAYS_UPFRONT),
    pick(random, DEPOSITS),
    pick(random, CONFLICT_STYLES),
    pick(random, POLITE),
    pick(random, RESPECTS_TIME),
    pick(random, REVISIONS),
    pick(random, NOTES),
  ]
    .map(csvCell)
    .join(',');
}

function main() {
  const [rowsArg, outArg] = process.argv.slice(2);
  const rows = Number(rowsArg);
  if (!Number.isInteger(rows) || rows < 0) {
    console.error('usage: node bench/generate.mjs ROWS [OUT.csv]');
    process.exit(2);
  }
  const out = outArg ?? join(dirname(fileURLToPath(import.meta.url)), 'data', `leads-${rows}.csv`);
  mkdirSync(dirname(out), { recursive: true });

  const random = makeRandom(SEED);
  const fd = openSync(out, 'w');
  let lines = [HEADER];
  for (let i = 1; i <= rows; i++) {
    lines.push(leadRow(random, i));
    if (lines.length >= ROWS_PER_WRITE) {
      writeSync(fd, `${lines.join('\n')}\n`);
      lines = [];
    }
  }
  if (lines.length > 0) writeSync(fd, `${lines.join('\n')}\n`);
  closeSync(fd);
  console.error(`wrote ${rows} rows to ${out}`);
}

// Run when called as a script; importing it (bench/run.mjs reads HEADER) does nothing.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
