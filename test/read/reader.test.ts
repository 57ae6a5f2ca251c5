/**
 * The message reader's rules, in each language: a negation says no, a hedge or a question says
 * nothing (and why), numbers in words are read, quoted history and the signature are not the
 * prospect's answers, two cues that disagree give nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Criteria } from '../../src/core/criteria.js';
import { loadCriteria } from '../../src/core/load.js';
import { detectLanguage, readMessage, type MessageReading } from '../../src/core/read-message.js';
import { ownWords } from '../../src/mail/own-words.js';
import { ROOT } from '../helpers/cli.js';

const TEMPLATES = { en: 'freelancer.yaml', ru: 'freelancer-ru.yaml', bg: 'freelancer-bg.yaml', el: 'freelancer-el.yaml', bs: 'freelancer-bs.yaml' } as const;
type Lang = keyof typeof TEMPLATES;

function criteriaFor(lang: Lang): Criteria {
  const loaded = loadCriteria(readFileSync(join(ROOT, 'criteria', TEMPLATES[lang]), 'utf8'));
  if (!loaded.ok) throw new Error('template does not load');
  return loaded.criteria;
}

function read(lang: Lang, text: string, criteria = criteriaFor(lang)): MessageReading & { signatureName?: string } {
  const own = ownWords(text);
  return { ...readMessage(criteria, text, own.spans), ...(own.signatureName === undefined ? {} : { signatureName: own.signatureName }) };
}

function values(reading: MessageReading): Record<string, string | number> {
  return Object.fromEntries(Object.entries(reading.answers).map(([id, answer]) => [id, answer.value]));
}

interface Case {
  readonly lang: Lang;
  readonly text: string;
  readonly answers: Record<string, string | number>;
}

const NEGATION: readonly Case[] = [
  // «avansa nema», "there is no deposit", and Greek paying «μπροστά» (colloquial "upfront"): reviewers' misses
  { lang: 'bs', text: 'Avansa nema, plaćamo kad završite.', answers: { pays_upfront: 'no' } },
  { lang: 'el', text: 'Δεν πληρώνουμε μπροστά, μόνο με την παράδοση.', answers: { pays_upfront: 'no' } },
  { lang: 'en', text: 'We need a logo. We don’t pay deposits, sorry.', answers: { pays_upfront: 'no' } },
  { lang: 'en', text: 'No deposit on our side, payment in full on delivery.', answers: { pays_upfront: 'no' } },
  { lang: 'ru', text: 'Нужен логотип. Работаем без предоплаты.', answers: { pays_upfront: 'no' } },
  { lang: 'bg', text: 'Трябва ни лого. Аванс не даваме.', answers: { pays_upfront: 'no' } },
  { lang: 'bg', text: 'Трябва ни лого. Предплащане по принцип не правим.', answers: { pays_upfront: 'no' } },
  { lang: 'bg', text: 'Трябват ни визитки. Ще платим като ги видим отпечатани.', answers: { pays_upfront: 'no' } },
  { lang: 'el', text: 'Θέλουμε ένα λογότυπο. Δεν δίνουμε προκαταβολή.', answers: { pays_upfront: 'no' } },
  { lang: 'bs', text: 'Treba nam logo. Ne plaćamo unaprijed.', answers: { pays_upfront: 'no' } },
];

const AFFIRMATION: readonly Case[] = [
  { lang: 'bs', text: 'Nema problema s avansom od 30%.', answers: { pays_upfront: 'yes', deposit_percent: 30 } },
  { lang: 'el', text: 'Πληρώνουμε μπροστά το 40%.', answers: { pays_upfront: 'yes', deposit_percent: 40 } },
  { lang: 'el', text: 'Η προκαταβολή 40% δεν είναι κανένα πρόβλημα.', answers: { pays_upfront: 'yes', deposit_percent: 40 } },
  { lang: 'ru', text: 'С предоплатой 30% не будет никаких проблем.', answers: { pays_upfront: 'yes', deposit_percent: 30 } },
  { lang: 'en', text: 'A 40% deposit is no problem for us.', answers: { pays_upfront: 'yes', deposit_percent: 40 } },
  { lang: 'ru', text: 'Предоплата 30% не проблема.', answers: { pays_upfront: 'yes', deposit_percent: 30 } },
  { lang: 'ru', text: 'По правкам — нам хватит трёх кругов, больше не понадобится.', answers: { revisions: 3 } },
  { lang: 'bs', text: 'Avans od 30% nije problem.', answers: { pays_upfront: 'yes', deposit_percent: 30 } },
  // Greek "no issue" (θέμα) after paying in full upfront (tuning el-10)
  { lang: 'el', text: 'Εξοφλούμε όλο το ποσό προκαταβολικά, οπότε δεν θα υπάρξει θέμα με την πληρωμή.', answers: { pays_upfront: 'yes', deposit_percent: 100 } },
];

const HEDGE: readonly Case[] = [
  { lang: 'en', text: 'We could maybe pay some upfront.', answers: {} },
  { lang: 'ru', text: 'Возможно, внесём небольшую предоплату.', answers: {} },
  { lang: 'bg', text: 'Може би ще платим малък аванс.', answers: {} },
  { lang: 'el', text: 'Ίσως δώσουμε μια μικρή προκαταβολή.', answers: {} },
  { lang: 'bs', text: 'Možda bismo mogli platiti dio unaprijed.', answers: {} },
];

const QUESTION: readonly Case[] = [
  { lang: 'en', text: 'Do you require a deposit?', answers: {} },
  { lang: 'en', text: 'Do you need 50% upfront', answers: {} },
  { lang: 'ru', text: 'Вы берёте предоплату 50%?', answers: {} },
  { lang: 'bg', text: 'Работите ли с 50% аванс?', answers: {} },
  { lang: 'el', text: 'Ζητάτε προκαταβολή 50%;', answers: {} },
  { lang: 'bs', text: 'Da li tražite avans od 50%', answers: {} },
];

const NUMBERS_IN_WORDS: readonly Case[] = [
  { lang: 'en', text: 'We can pay thirty percent upfront.', answers: { pays_upfront: 'yes', deposit_percent: 30 } },
  { lang: 'ru', text: 'Внесём сорок процентов предоплаты.', answers: { pays_upfront: 'yes', deposit_percent: 40 } },
  { lang: 'bg', text: 'Здравейте, ще платим четиридесет процента аванс, а останалото при предаване.', answers: { pays_upfront: 'yes', deposit_percent: 40 } },
  { lang: 'en', text: 'We can pay half upfront. Three rounds of revisions would be enough.', answers: { pays_upfront: 'yes', deposit_percent: 50, revisions: 3 } },
  { lang: 'en', text: 'We will pay a third upfront.', answers: { pays_upfront: 'yes', deposit_percent: 33 } },
  { lang: 'ru', text: 'Готовы внести половину как предоплату. Двух правок нам хватит.', answers: { pays_upfront: 'yes', deposit_percent: 50, revisions: 2 } },
  { lang: 'ru', text: 'Предоплату внесём, тридцать процентов сразу, остальное по этапам.', answers: { pays_upfront: 'yes', deposit_percent: 30 } },
  { lang: 'ru', text: 'Половину суммы переведём сразу после созвона.', answers: { pays_upfront: 'yes', deposit_percent: 50 } },
  { lang: 'bg', text: 'Ще платим половината като аванс. Две корекции са достатъчни.', answers: { pays_upfront: 'yes', deposit_percent: 50, revisions: 2 } },
  { lang: 'bg', text: 'Трябва ни сайт. Мога да платя четирийсет процента предварително.', answers: { pays_upfront: 'yes', deposit_percent: 40 } },
  { lang: 'el', text: 'Θα δώσουμε τη μισή αμοιβή προκαταβολή. Τρεις διορθώσεις είναι αρκετές.', answers: { pays_upfront: 'yes', deposit_percent: 50, revisions: 3 } },
  { lang: 'el', text: 'Εντάξει με την προκαταβολή, θα σας στείλουμε τα μισά αύριο.', answers: { pays_upfront: 'yes', deposit_percent: 50 } },
  { lang: 'bs', text: 'Platit ćemo pola avansno. Dvije izmjene su dovoljne.', answers: { pays_upfront: 'yes', deposit_percent: 50, revisions: 2 } },
  { lang: 'bs', text: 'Avans od trideset posto uplaćujemo čim potpišemo ugovor.', answers: { pays_upfront: 'yes', deposit_percent: 30 } },
];

/** Paying "upfront" and "after" in one sentence with no share named: the sentence says both. */
const BEFORE_AND_AFTER: readonly Case[] = [
  { lang: 'en', text: 'We pay upfront once the design is approved.', answers: {} },
  { lang: 'ru', text: 'Оплатим сразу после приёмки.', answers: {} },
  { lang: 'ru', text: 'Внесём сразу после запуска сайта.', answers: {} },
  { lang: 'ru', text: 'Заплатим сразу, как только всё будет готово.', answers: {} },
  { lang: 'ru', text: 'Предоплату внесём после сдачи.', answers: {} },
  { lang: 'bg', text: 'Ще платим аванс след предаването.', answers: {} },
  { lang: 'el', text: 'Θα δώσουμε προκαταβολή μετά την παράδοση.', answers: {} },
  { lang: 'bs', text: 'Avans ćemo platiti nakon predaje.', answers: {} },
];

/** ... unless a share says which part comes first, or the "after" belongs to the upfront phrase. */
const BEFORE_THEN_AFTER: readonly Case[] = [
  { lang: 'en', text: 'We can pay 50% upfront and the rest after launch.', answers: { pays_upfront: 'yes', deposit_percent: 50 } },
  { lang: 'ru', text: 'Можем внести 30% аванса, остальное после сдачи.', answers: { pays_upfront: 'yes', deposit_percent: 30 } },
  { lang: 'ru', text: 'Готовы внести предоплату сразу после созвона.', answers: { pays_upfront: 'yes' } },
  { lang: 'bg', text: 'Можем да платим 40% аванс, а останалото след предаване.', answers: { pays_upfront: 'yes', deposit_percent: 40 } },
];

/** A negation in another clause of the sentence ("don't worry, ...") denies nothing: no answer, never a no. */
const NEGATION_ELSEWHERE: readonly Case[] = [
  { lang: 'bs', text: 'Ne brinite, avans plaćamo odmah.', answers: {} },
  { lang: 'bs', text: 'Nema potrebe da brinete, avans plaćamo odmah.', answers: {} },
  { lang: 'en', text: "Don't worry, we pay the deposit right away.", answers: {} },
  { lang: 'ru', text: 'Не переживайте, предоплату внесём сразу.', answers: {} },
  { lang: 'el', text: 'Μην ανησυχείτε, την προκαταβολή τη στέλνουμε αμέσως.', answers: {} },
  // "there will be no problem with the deposit": never a no
  { lang: 'bs', text: 'Neće biti problema s avansom.', answers: {} },
];

/** A number right after "instead of" is the one they do not want: the other number stands. */
const INSTEAD: readonly Case[] = [
  { lang: 'bs', text: 'Trebat će nam tri kruga izmjena umjesto dva.', answers: { revisions: 3 } },
  { lang: 'en', text: 'We would need three rounds of revisions instead of two.', answers: { revisions: 3 } },
  { lang: 'en', text: 'We can pay 30% upfront instead of 50%.', answers: { pays_upfront: 'yes', deposit_percent: 30 } },
  { lang: 'ru', text: 'Нам нужно три круга правок вместо двух.', answers: { revisions: 3 } },
  { lang: 'bg', text: 'Ще ни трябват три корекции вместо две.', answers: { revisions: 3 } },
  { lang: 'el', text: 'Θα χρειαστούμε τρεις γύρους διορθώσεων αντί για δύο.', answers: { revisions: 3 } },
  { lang: 'el', text: 'Προκαταβολή 30% αντί για 50%.', answers: { pays_upfront: 'yes', deposit_percent: 30 } },
];

/**
 * Another time or another deal: what they paid a previous agency, how many rounds the old site
 * took, what another freelancer asked. Nothing of it is an answer about this project (a trial's
 * messages, then one per language), and a note says why.
 */
const ELSEWHERE: readonly (Case & { readonly about: readonly string[] })[] = [
  {
    lang: 'en',
    text: "Hello,\n\nLast year we paid our previous agency a 50% deposit and they vanished, so we are careful now.\nOur traffic grew 30% since then. The old site went through 5 rounds of revisions and it was a mess.\n\nCould you tell me your rates? We're hoping to launch in May.\n\nKind regards,\nPriya Shah\n",
    answers: {},
    about: ['pays_upfront', 'deposit_percent', 'revisions'],
  },
  {
    lang: 'ru',
    text: 'Добрый день!\nВ прошлом проекте мы внесли предоплату 50%, а правок было 7 кругов. Сейчас хотим обсудить условия.\nС уважением,\nИгорь Белов\n',
    answers: {},
    about: ['pays_upfront', 'deposit_percent', 'revisions'],
  },
  { lang: 'bg', text: 'Миналата година платихме 50% аванс на предишната агенция и те изчезнаха.', answers: {}, about: ['pays_upfront', 'deposit_percent'] },
  { lang: 'el', text: 'Πέρσι δώσαμε προκαταβολή 50% σε άλλο γραφείο και εξαφανίστηκαν.', answers: {}, about: ['pays_upfront', 'deposit_percent'] },
  { lang: 'bs', text: 'Prošle godine smo platili avans od 50% prethodnoj agenciji i nestali su.', answers: {}, about: ['pays_upfront', 'deposit_percent'] },
  // the past tense of paying alone
  { lang: 'en', text: 'We paid a 50% deposit and they vanished.', answers: {}, about: ['pays_upfront'] },
  { lang: 'ru', text: 'Внесли предоплату 50%, а исполнитель пропал.', answers: {}, about: ['pays_upfront'] },
  { lang: 'bg', text: 'Платихме 50% аванс, а те изчезнаха.', answers: {}, about: ['pays_upfront'] },
  { lang: 'el', text: 'Δώσαμε προκαταβολή 50% και εξαφανίστηκαν.', answers: {}, about: ['pays_upfront'] },
  { lang: 'bs', text: 'Platili smo avans od 50% i nestali su.', answers: {}, about: ['pays_upfront'] },
  // "before," on its own, another freelancer's terms, a past project's revisions
  { lang: 'en', text: 'Before, our agency took a 50% deposit.', answers: {}, about: ['pays_upfront'] },
  { lang: 'en', text: 'Another freelancer asked us for a 50% deposit.', answers: {}, about: ['pays_upfront'] },
  { lang: 'en', text: 'We used to pay 50% upfront.', answers: {}, about: ['pays_upfront'] },
  { lang: 'en', text: 'In the past we had three rounds of revisions.', answers: {}, about: ['revisions'] },
  { lang: 'ru', text: 'Раньше мы всегда платили 50% предоплаты.', answers: {}, about: ['pays_upfront'] },
  { lang: 'ru', text: 'На старом сайте было пять кругов правок.', answers: {}, about: ['revisions'] },
  { lang: 'bg', text: 'При предишния проект имахме пет корекции.', answers: {}, about: ['revisions'] },
  { lang: 'el', text: 'Στο προηγούμενο έργο είχαμε πέντε διορθώσεις.', answers: {}, about: ['revisions'] },
  { lang: 'bs', text: 'Na prošlom projektu smo imali pet izmjena.', answers: {}, about: ['revisions'] },
  // "deposit is fine" (the template's cue) is about this deal; the share is from the clause about another
  { lang: 'en', text: 'A deposit is fine, we paid 50% to our last agency.', answers: { pays_upfront: 'yes' }, about: ['deposit_percent'] },
];

/** The same words about this project still read: the present, the perfect, "this project", "would". */
const THIS_DEAL: readonly Case[] = [
  { lang: 'en', text: 'We pay a 50% deposit upfront.', answers: { pays_upfront: 'yes', deposit_percent: 50 } },
  { lang: 'en', text: 'We have paid the 50% deposit for this project.', answers: { pays_upfront: 'yes', deposit_percent: 50 } },
  { lang: 'en', text: 'We paid the 50% deposit for this project yesterday.', answers: { pays_upfront: 'yes', deposit_percent: 50 } },
  { lang: 'en', text: "We're used to paying a 50% deposit.", answers: { pays_upfront: 'yes', deposit_percent: 50 } },
  { lang: 'en', text: 'As I said in my previous email, we pay 50% upfront.', answers: { pays_upfront: 'yes', deposit_percent: 50 } },
  { lang: 'en', text: 'Before you start, we pay 50% upfront.', answers: { pays_upfront: 'yes', deposit_percent: 50 } },
  { lang: 'ru', text: 'Готовы внести предоплату 50%.', answers: { pays_upfront: 'yes', deposit_percent: 50 } },
  { lang: 'ru', text: 'Мы бы внесли предоплату 30%.', answers: { pays_upfront: 'yes', deposit_percent: 30 } },
  { lang: 'ru', text: 'Мы уже перевели вам предоплату 50%.', answers: { pays_upfront: 'yes', deposit_percent: 50 } },
  { lang: 'bg', text: 'Плащаме 50% аванс.', answers: { pays_upfront: 'yes', deposit_percent: 50 } },
  { lang: 'bg', text: 'Вече ви преведохме аванс от 50%.', answers: { pays_upfront: 'yes', deposit_percent: 50 } },
  { lang: 'el', text: 'Δίνουμε προκαταβολή 50%.', answers: { pays_upfront: 'yes', deposit_percent: 50 } },
  { lang: 'el', text: 'Σας στείλαμε ήδη την προκαταβολή 50%.', answers: { pays_upfront: 'yes', deposit_percent: 50 } },
  { lang: 'bs', text: 'Plaćamo avans od 50%.', answers: { pays_upfront: 'yes', deposit_percent: 50 } },
  { lang: 'bs', text: 'Već smo vam uplatili avans od 50%.', answers: { pays_upfront: 'yes', deposit_percent: 50 } },
  { lang: 'bs', text: 'Trebaju nam dvije izmjene.', answers: { revisions: 2 } },
  // another deal in a later clause is a reason or a comparison, not the time of the answer
  { lang: 'en', text: 'We can pay 50% upfront, unlike our previous agency.', answers: { pays_upfront: 'yes', deposit_percent: 50 } },
  { lang: 'en', text: 'We never pay deposits, we got burned in the past.', answers: { pays_upfront: 'no' } },
  { lang: 'ru', text: 'Предоплату не вносим, в прошлом году уже обожглись.', answers: { pays_upfront: 'no' } },
];

describe('the message reader', () => {
  it.each(NEGATION_ELSEWHERE)('$lang: a negation in another clause gives no answer: $text', ({ lang, text, answers }) => {
    expect(values(read(lang, text))).toEqual(answers);
  });

  it.each(ELSEWHERE)('$lang: another time or another deal is no answer, and a note says why: $text', ({ lang, text, answers, about }) => {
    const reading = read(lang, text);
    expect(values(reading)).toEqual(answers);
    for (const id of about) expect(reading.notes).toContainEqual(expect.objectContaining({ code: 'elsewhere', id }));
  });

  it.each(THIS_DEAL)('$lang: the same words about this project still read: $text', ({ lang, text, answers }) => {
    expect(values(read(lang, text))).toEqual(answers);
  });

  it.each(INSTEAD)('$lang: a number after "instead of" is not their answer: $text', ({ lang, text, answers }) => {
    expect(values(read(lang, text))).toEqual(answers);
  });

  it.each(BEFORE_AND_AFTER)('$lang: paying upfront and after in one sentence says nothing, and why: $text', ({ lang, text }) => {
    const reading = read(lang, text);
    expect(values(reading)).toEqual({});
    expect(reading.notes).toContainEqual(expect.objectContaining({ code: 'disagree', id: 'pays_upfront' }));
  });

  it.each(BEFORE_THEN_AFTER)('$lang: a share upfront and the rest after is a yes: $text', ({ lang, text, answers }) => {
    expect(values(read(lang, text))).toEqual(answers);
  });

  it.each(NEGATION)('$lang: a negation says no: $text', ({ lang, text, answers }) => {
    expect(values(read(lang, text))).toEqual(answers);
  });

  it.each(AFFIRMATION)('$lang: "no problem" is not a negation: $text', ({ lang, text, answers }) => {
    expect(values(read(lang, text))).toEqual(answers);
  });

  it.each(HEDGE)('$lang: a hedge says nothing, and why: $text', ({ lang, text }) => {
    const reading = read(lang, text);
    expect(values(reading)).toEqual({});
    expect(reading.notes).toContainEqual(expect.objectContaining({ code: 'hedge', id: 'pays_upfront' }));
  });

  it.each(QUESTION)('$lang: a question says nothing, and why: $text', ({ lang, text }) => {
    const reading = read(lang, text);
    expect(values(reading)).toEqual({});
    expect(reading.notes).toContainEqual(expect.objectContaining({ code: 'question', id: 'pays_upfront' }));
  });

  it.each(NUMBERS_IN_WORDS)('$lang: numbers in words: $text', ({ lang, text, answers }) => {
    expect(values(read(lang, text))).toEqual(answers);
  });

  it('evidence is an exact substring of the message', () => {
    for (const { lang, text } of [...NEGATION, ...NUMBERS_IN_WORDS, ...AFFIRMATION]) {
      for (const answer of Object.values(read(lang, text).answers)) expect(text).toContain(answer.evidence);
    }
  });

  it.each([
    ['en', 'We can pay 50% upfront.\n\nActually, we cannot pay any deposit.'],
    ['ru', 'Предоплата 50%, остальное потом.\n\nХотя нет, без предоплаты.'],
  ] as const)('%s: two cues that disagree give nothing, and say so', (lang, text) => {
    const reading = read(lang, text);
    expect(reading.answers.pays_upfront).toBeUndefined();
    expect(reading.notes).toContainEqual(expect.objectContaining({ code: 'disagree', id: 'pays_upfront', values: ['yes', 'no'] }));
  });
});

const QUOTED: readonly { lang: Lang; text: string }[] = [
  { lang: 'en', text: 'Sounds good, see you Monday.\n\nOn Mon, 2 Nov 2026 at 17:40, Studio <studio@example.com> wrote:\n> I work with a 50% deposit and two rounds of revisions.\n' },
  { lang: 'en', text: 'Sounds good.\n> We pay 50% upfront.\nSee you Monday.' },
  { lang: 'en', text: 'Sounds good.\n\n-----Original Message-----\nFrom: Studio\nSent: Monday\nSubject: Quote\n\nI work with a 50% deposit.' },
  { lang: 'ru', text: 'Договорились, до понедельника.\n\nпн, 2 нояб. 2026 г. в 11:02, Studio <studio@example.com>:\nРаботаю по предоплате 50%, правок две.' },
  { lang: 'ru', text: 'Договорились.\n\nОт: Studio\nОтправлено: 2 ноября 2026 г.\nТема: Логотип\n\nПредоплата 50%, две правки.' },
  { lang: 'bg', text: 'Добре, до понеделник.\n\nНа пн, 2.11.2026 г. в 11:02 ч. Studio <studio@example.com> написа:\nРаботя с 50% аванс и две корекции.' },
  { lang: 'el', text: 'Εντάξει, τα λέμε Δευτέρα.\n\nΣτις Δευ, 2 Νοε 2026 στις 10:00, ο/η Studio <studio@example.com> έγραψε:\nΔουλεύω με προκαταβολή 50% και δύο διορθώσεις.' },
  { lang: 'el', text: 'Εντάξει.\n\nΑπό: Studio\nΣτάλθηκε: Δευτέρα\nΘέμα: Προσφορά\n\nΠροκαταβολή 50%, δύο διορθώσεις.' },
  { lang: 'bs', text: 'Važi, vidimo se u ponedjeljak.\n\npon, 2. nov 2026. u 10:00 Studio <studio@example.com> je napisao/la:\nRadim uz avans od 50% i dvije izmjene.' },
  { lang: 'bs', text: 'Važi.\n\nOd: Studio\nPoslano: ponedjeljak\nPredmet: Ponuda\n\nAvans 50%, dvije izmjene.' },
];

const SIGNATURES: readonly { lang: Lang; text: string; name?: string }[] = [
  { lang: 'en', text: 'We need a new website.\n\nBest regards,\nJane Doe\nGrowing 20% every year | v2.0 | +44 7700 900123', name: 'Jane Doe' },
  { lang: 'en', text: 'We need a new website.\n-- \nACME Ltd, 50% upfront since 1999\n', name: undefined },
  { lang: 'ru', text: 'Нужен сайт.\n\nС уважением,\nИгорь Светлов\nПредоплата 50% — наш девиз\n+7 495 123-45-67', name: 'Игорь Светлов' },
  { lang: 'bg', text: 'Трябва ни сайт.\n\nПоздрави,\nМария Петрова\n50% аванс за всички клиенти\n0888 123 456', name: 'Мария Петрова' },
  { lang: 'el', text: 'Χρειαζόμαστε ιστοσελίδα.\n\nΜε εκτίμηση,\nΓιώργος Παπαδάκης\nΠροκαταβολή 30% σε όλους\n6944 123456', name: 'Γιώργος Παπαδάκης' },
  { lang: 'bs', text: 'Treba nam web stranica.\n\nSrdačan pozdrav,\nAmra Hodžić\nAvans 50% za sve\n061 234 567', name: 'Amra Hodžić' },
  // a title before the name, closings joined by "and", "Hvala Vam" (reviewers' misses)
  { lang: 'bs', text: 'Treba nam web stranica.\n\nHvala unaprijed i lijep pozdrav,\ndr. Amra Hodžić\nOrdinacija Hodžić\n062/345-678', name: 'Amra Hodžić' },
  { lang: 'bs', text: 'Da li radite sa avansom?\n\nHvala Vam,\nJasmin', name: 'Jasmin' },
  { lang: 'en', text: 'We need a new website.\n\nThanks and best regards,\nProf. Jane Doe\nUniversity of Somewhere', name: 'Jane Doe' },
  // a web form's name field
  { lang: 'el', text: 'Όνομα: Κατερίνα Σπυροπούλου\nEmail: k@example.gr\nΜήνυμα:\nΧρειαζόμαστε ιστοσελίδα.', name: 'Κατερίνα Σπυροπούλου' },
  { lang: 'en', text: 'Name: website redesign\nMessage: We need a new website.', name: undefined },
];

describe("the prospect's own words", () => {
  it.each(QUOTED)('$lang: quoted history is not their answer', ({ lang, text }) => {
    const reading = read(lang, text);
    expect(reading.answers.pays_upfront).toBeUndefined();
    expect(reading.answers.deposit_percent).toBeUndefined();
    expect(reading.answers.revisions).toBeUndefined();
  });

  it.each(SIGNATURES)('$lang: the signature is not their answer, but gives the name', ({ lang, text, name }) => {
    const reading = read(lang, text);
    expect(reading.answers.pays_upfront).toBeUndefined();
    expect(reading.answers.deposit_percent).toBeUndefined();
    expect(reading.signatureName).toBe(name);
  });

  it('an inline reply keeps the words between quotes', () => {
    const text = '> Do you pay a deposit?\nYes, we can pay 30% upfront.\n> Revisions?\nTwo rounds of revisions are enough.';
    expect(values(read('en', text))).toEqual({ pays_upfront: 'yes', deposit_percent: 30, revisions: 2 });
  });
});

describe('red flags', () => {
  it.each([
    ['en', 'It is a quick job, we need it ASAP.', ['quick job', 'ASAP']],
    ['ru', 'Нужно срочно, и сделайте скидку.', ['срочно', 'скидку']],
    ['bg', 'Трябва ни набързо, с отстъпка.', ['набързо', 'отстъпка']],
    ['bg', 'Трябва ни лого, ама спешно, а друг ни даде по-ниска цена.', ['ама спешно', 'по-ниска цена']],
    ['el', 'Το χρειαζόμαστε επειγόντως, με έκπτωση.', ['επειγόντως', 'έκπτωση']],
    ['el', 'Είναι μια δουλίτσα χωρίς όριο στις διορθώσεις, μέχρι να μας αρέσει, και άλλος την κάνει στη μισή τιμή.', ['δουλίτσα', 'χωρίς όριο στις διορθώσεις', 'μέχρι να μας αρέσει', 'μισή τιμή']],
    ['bs', 'Treba nam hitno, uz popust.', ['hitno', 'popust']],
  ] as const)('%s: the template’s red flags, shown as the words written', (lang, text, words) => {
    const reading = read(lang, text);
    expect(reading.redFlags.map((flag) => flag.evidence)).toEqual(words);
    expect(reading.answers.notes?.evidence).toBe(text);
  });

  it('a red flag in quoted history is not theirs', () => {
    expect(read('en', 'Fine.\n> Do you want a discount?').redFlags).toEqual([]);
  });
});

describe('user cues', () => {
  const criteria = (cues: string): Criteria => {
    const loaded = loadCriteria(`version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n${cues}`);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    return loaded.criteria;
  };

  it('a cue gives its answer; negated, hedged or asked it gives none', () => {
    const list = criteria(
      '  - { id: signed_nda, question: NDA?, type: yes-no, cues: { yes: ["NDA is signed", "signed the NDA"], no: ["no NDA"] } }\n  - { id: tier, question: Tier, type: choice, options: [{ value: gold, points: 10 }, { value: basic, points: 1 }], cues: { gold: [gold plan] } }\n  - { id: pages, question: Pages, type: number, cues: { near: [pages] } }\n',
    );
    expect(values(read('en', 'We signed the NDA. We want the gold plan with 12 pages.', list))).toEqual({ signed_nda: 'yes', tier: 'gold', pages: 12 });
    expect(values(read('en', 'We have not signed the NDA.', list))).toEqual({});
    expect(values(read('en', 'Maybe the gold plan.', list))).toEqual({});
    expect(values(read('en', 'Is the gold plan right for us?', list))).toEqual({});
    expect(values(read('en', 'There is no NDA.', list))).toEqual({ signed_nda: 'no' });
  });

  it('a cue in a sentence about another deal gives none and says why, unless the cue itself names it', () => {
    const list = criteria(
      '  - { id: signed_nda, question: NDA?, type: yes-no, cues: { yes: ["signed the NDA"] } }\n  - { id: had_agency, question: Agency before?, type: yes-no, cues: { yes: ["our previous agency"] } }\n',
    );
    const past = read('en', 'Last year we signed the NDA with a studio.', list);
    expect(values(past)).toEqual({});
    expect(past.notes).toContainEqual(expect.objectContaining({ code: 'elsewhere', id: 'signed_nda' }));
    expect(values(read('en', 'Our previous agency built the site.', list))).toEqual({ had_agency: 'yes' });
  });

  it('thousands of cues and a long message read in one pass', () => {
    const phrases = Array.from({ length: 999 }, (_, index) => `"word${index} again"`).join(', ');
    const list = criteria(`  - { id: flag, question: Q, type: yes-no, cues: { yes: [${phrases}, "the end"] } }\n`);
    const text = `${'word1 word2 word3 again and again. '.repeat(20_000)}That is the end.`;
    const reading = read('en', text, list);
    expect(reading.answers.flag?.value).toBe('yes');
  });
});

describe('the language of a message', () => {
  it.each([
    ['Аванс 30%, две корекции.', 'bg'],
    ['Плащаме 50% предварително.', 'bg'],
    ['Две корекции стигат.', 'bg'],
    ['Здравейте! Трябва ни лого.', 'bg'],
    ['Предоплата 30%, две правки.', 'ru'],
    ['Платим половину сразу.', 'ru'],
    ['Θα πληρώσουμε προκαταβολή.', 'el'],
    ['Avans 30%, dvije izmjene.', 'bs'],
    ['We can pay 30% upfront.', 'en'],
  ] as const)('%s is %s, short as it is', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('a short Bulgarian line is read with the Bulgarian words', () => {
    expect(values(read('bg', 'Плащаме 50% предварително, две корекции.'))).toEqual({ pays_upfront: 'yes', deposit_percent: 50, revisions: 2 });
  });
});
