/**
 * The red-flag families' whole words in each language (the seeds' freelancers' own list: see
 * lexicon.ts), apart from the rest of the message reader's vocabulary: `check` shows a stem's
 * whole words from them and loads nothing else of the reader.
 */
import type { Lang } from './languages.js';

export const RED_FLAG_FAMILIES = ['discount', 'free', 'rush', 'quick-job', 'unlimited-revisions', 'pay-later', 'off-platform', 'cheaper', 'free-test'] as const;
export type RedFlagFamily = (typeof RED_FLAG_FAMILIES)[number];

export const RED_FLAG_WORDS: Readonly<Record<Lang, Readonly<Record<RedFlagFamily, readonly string[]>>>> = {
  en: {
    discount: ['discount', 'discounts', 'discounted', 'cheaper price', 'best price'],
    free: ['for free', 'free of charge', 'exposure', 'no budget', 'unpaid'],
    rush: ['asap', 'urgent', 'urgently', 'rush', 'by tomorrow', 'yesterday'],
    'quick-job': ['quick job', 'quick task', 'small job', 'simple job', 'only takes an hour'],
    'unlimited-revisions': ['unlimited revisions', 'unlimited changes', 'until i am happy', "until i'm happy"],
    'pay-later': ['pay later', 'pay you later', 'pay when', 'pay after', 'pay on completion', 'once we get funding'],
    'off-platform': ['outside upwork', 'off platform', 'off-platform', 'outside the platform', 'pay directly', 'via western union'],
    cheaper: ['do it cheaper', 'cheaper elsewhere', 'someone cheaper', 'found cheaper', 'for less elsewhere'],
    'free-test': ['test task', 'free test', 'free sample', 'trial task', 'spec work'],
  },
  ru: {
    discount: ['скидка', 'скидку', 'скидки', 'скидкой', 'подешевле', 'дешевле'],
    free: ['бесплатно', 'бесплатный', 'бесплатная', 'за отзыв', 'за портфолио', 'без оплаты', 'бюджета нет'],
    rush: ['срочно', 'срочный', 'срочная', 'горит', 'вчера', 'как можно скорее'],
    'quick-job': ['быстренько', 'на пять минут', 'простенький', 'простенькая', 'делов на час'],
    'unlimited-revisions': ['неограниченное количество правок', 'сколько угодно правок', 'пока не понравится', 'безлимитные правки'],
    'pay-later': ['по факту', 'оплата по факту', 'оплата после', 'заплатим потом', 'оплатим потом', 'после запуска'],
    'off-platform': ['мимо биржи', 'вне биржи', 'напрямую на карту', 'на карту'],
    cheaper: ['сделают дешевле', 'другие делают дешевле', 'найдем дешевле', 'дешевле найдем'],
    'free-test': ['тестовое задание', 'тестовое бесплатно', 'бесплатное тестовое'],
  },
  bg: {
    discount: ['отстъпка', 'отстъпки', 'отстъпката', 'по-евтино', 'намаление', 'свалите цената', 'свалиш цената'],
    free: ['безплатно', 'без заплащане', 'за портфолиото', 'нямаме бюджет', 'за реклама', 'реклама за вас'],
    rush: ['спешно', 'е спешно', 'много спешно', 'за вчера', 'възможно най-бързо', 'до утре', 'ама спешно', 'но спешно', 'трябва спешно', 'спешно ми', 'спешно ни'],
    'quick-job': ['набързо', 'нещо набързо', 'елементарно', 'за пет минути', 'не е сложно', 'малка работа', 'за един час'],
    'unlimited-revisions': ['неограничени корекции', 'колкото трябва корекции', 'докато ми хареса', 'корекции без ограничение'],
    'pay-later': ['ще платя след', 'плащане след', 'ще платим по-късно', 'след като видя', 'ще ти платя като', 'ще ви платя като'],
    'off-platform': ['извън платформата', 'директно по сметка', 'на ръка'],
    cheaper: ['по-евтино', 'някой друг ще го направи', 'други го правят по-евтино', 'по-ниска цена', 'по-ниски цени'],
    'free-test': ['тестова задача', 'безплатен тест', 'пробна задача', 'тестово задание'],
  },
  el: {
    discount: ['έκπτωση', 'έκπτωσης', 'εκπτώσεις', 'εκπτωση', 'εκπτωσεις', 'φθηνότερα', 'πιο φθηνά'],
    free: ['τζάμπα', 'δωρεάν', 'χωρίς αμοιβή', 'για το portfolio', 'για προβολή', 'δεν έχουμε budget'],
    rush: ['επειγόντως', 'επείγον', 'επείγει', 'επειγοντως', 'επειγον', 'στα γρήγορα', 'μέχρι αύριο', 'για χθες'],
    'quick-job': ['στα γρήγορα', 'μια μικρή δουλειά', 'απλή δουλειά', 'δεν είναι κάτι δύσκολο', 'δουλίτσα'],
    'unlimited-revisions': ['απεριόριστες διορθώσεις', 'απεριόριστες αλλαγές', 'μέχρι να μου αρέσει', 'μέχρι να μας αρέσει', 'χωρίς όριο στις διορθώσεις'],
    'pay-later': ['θα πληρώσω όταν τελειώσει', 'πληρώνουμε στο τέλος', 'θα πληρώσουμε αργότερα', 'πληρωμή στο τέλος'],
    'off-platform': ['εκτός πλατφόρμας', 'απευθείας στον λογαριασμό', 'στο χέρι'],
    cheaper: ['φθηνότερα', 'άλλος το κάνει φθηνότερα', 'βρήκα φθηνότερα', 'στη μισή τιμή'],
    'free-test': ['δοκιμαστική εργασία', 'δωρεάν δοκιμή', 'δείγμα δωρεάν'],
  },
  bs: {
    discount: ['popust', 'popusta', 'popustom', 'jeftinije'],
    free: ['besplatno', 'bez naknade', 'džaba', 'dzaba', 'za portfolio', 'nemamo budžet'],
    rush: ['hitno', 'što prije', 'sto prije', 'do sutra', 'za juče'],
    'quick-job': ['na brzinu', 'sitan posao', 'jednostavan posao', 'nije komplikovano'],
    'unlimited-revisions': ['neograničen broj izmjena', 'neograničene izmjene', 'dok mi se ne svidi'],
    'pay-later': ['platimo kad', 'platit ćemo kasnije', 'plaćanje nakon', 'poslije platimo'],
    'off-platform': ['mimo platforme', 'van platforme', 'direktno na račun', 'na ruke'],
    cheaper: ['jeftinije', 'neko drugi će to uraditi jeftinije', 'našli smo jeftinije'],
    'free-test': ['probni zadatak', 'testni zadatak', 'besplatan test'],
  },
};

let wordList: readonly string[] | undefined;

/**
 * Whole words a red flag written as a stem finds (`скидк`: скидка, скидку), from the families'
 * words in every language, shortest first: what `check` shows so that a stem does not read as a
 * typo. None for a flag that is itself a word of the list or a phrase.
 */
export function stemExamples(flag: string, limit = 2): string[] {
  const stem = flag.toLowerCase();
  if (/\s/u.test(stem) || stem === '') return [];
  wordList ??= [...new Set(Object.values(RED_FLAG_WORDS).flatMap((families) => Object.values(families).flatMap((phrases) => phrases.flatMap((phrase) => phrase.toLowerCase().split(/\s+/u)))))];
  if (wordList.includes(stem)) return [];
  return wordList
    .filter((word) => word.startsWith(stem) && word !== stem)
    .sort((a, b) => a.length - b.length || a.localeCompare(b))
    .slice(0, limit);
}
