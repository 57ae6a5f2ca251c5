/**
 * The message reader's built-in vocabulary for the default criteria ids (pays_upfront,
 * deposit_percent, revisions, polite) in en, ru, bg, el, bs: input words, like the answer
 * reader's yes/no words, not wording shown to anyone.
 *
 * Phrases are compared word by word after folding (lower case, accents and marks dropped, so
 * «προκαταβολη» is «προκαταβολή» and "placamo" is "plaćamo"). A word ending in `*` matches any
 * word it begins ("предоплат*": предоплата, предоплату, предоплаты); nothing else is special.
 *
 * The red-flag families are the seeds' freelancers' own list (discounts, free or "exposure"
 * work, rush, "quick job", unlimited revisions, paying later, off-platform payment, "someone
 * would do it cheaper", free test work): the shipped templates' `red_flags` are written from
 * them (a test holds each template to its languages' families), and `check` shows a stem's
 * whole words from them. The reader itself flags only what the criteria file lists.
 */

import { RED_FLAG_WORDS, type RedFlagFamily } from './red-flag-words.js';

/** Every `first second` phrase: "previous" with each word for an agency, a freelancer, a project. */
function pairs(firsts: readonly string[], seconds: readonly string[]): string[] {
  return firsts.flatMap((first) => seconds.map((second) => `${first} ${second}`));
}

export const LEXICON_LANGUAGES = ['en', 'ru', 'bg', 'el', 'bs'] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];

export interface Lexicon {
  /** words that turn a statement into its opposite */
  readonly negations: readonly string[];
  /** phrases that contain a negation but say yes ("no problem", «не против») */
  readonly affirmations: readonly string[];
  /** words that make a statement unsure ("maybe some upfront" is not yes) */
  readonly hedges: readonly string[];
  /** words that open a question even without "?" */
  readonly questions: readonly string[];
  /** numbers written as words */
  readonly numbers: Readonly<Record<string, number>>;
  /** shares written as words, in per cent ("half", «половину», "pola") */
  readonly shares: Readonly<Record<string, number>>;
  /** the word for "per cent" after a number */
  readonly percent: readonly string[];
  /** paying before work starts */
  readonly upfront: readonly string[];
  /** a commitment to pay ("we can pay", «готовы внести») */
  readonly pay: readonly string[];
  /** paying only when the work is done (a no to paying upfront, when no deposit is mentioned) */
  readonly payLater: readonly string[];
  /** revision rounds */
  readonly revisions: readonly string[];
  /** thanks and please: a polite message */
  readonly polite: readonly string[];
  /**
   * Another time or another deal ("last year", "our previous agency", "another freelancer", "used
   * to"): the clause with one, and the clauses after it, answer nothing about this project.
   */
  readonly elsewhere: readonly string[];
  /**
   * The past tense of paying and having, where it cannot be a present or a conditional ("we paid",
   * «внесли», «платихме», «δώσαμε», "platili smo"): another deal, unless `thisDeal` is in its clause.
   */
  readonly pastTense: readonly string[];
  /** this project or this freelancer ("for this project", «перевели вам»): the past tense beside it is about this deal */
  readonly thisDeal: readonly string[];
  /** "before", "previously": another time only as a clause of their own ("Before, our agency took 50%"), not in "before you start" */
  readonly formerly: readonly string[];
  /** whole words for each red-flag family (a template's stems are prefixes of these) */
  readonly redFlags: Readonly<Record<RedFlagFamily, readonly string[]>>;
}

// The words for a deal and the people in one, after "previous", "another", «предыдущий»… (see `elsewhere`).
const EN_DEALS = [
  'agenc*',
  'freelancer*',
  'designer*',
  'developer*',
  'dev',
  'devs',
  'contractor*',
  'project*',
  'site',
  'website',
  'web',
  'studio*',
  'vendor*',
  'team',
  'company',
  'firm',
  'provider*',
  'partner*',
  'guy',
  'job',
  'jobs',
  'collaboration*',
  'supplier*',
  'programmer*',
  'coder*',
  'consultant*',
  'person',
];
// not «работ*»: «по-прежнему работаем с предоплатой» (we still work with a deposit) is this deal
const RU_DEALS = [
  'проект*',
  'подрядчик*',
  'агентств*',
  'фрилансер*',
  'дизайнер*',
  'разработчик*',
  'программист*',
  'исполнител*',
  'студи*',
  'веб',
  'команд*',
  'сайт*',
  'заказ*',
  'компани*',
  'партнер*',
  'раз',
  'год*',
  'сотрудничеств*',
  'специалист*',
  'мастер*',
];
/** «мы внесли» and the rest, with or without the pronoun (it is often dropped: «внесли 50%, а он пропал») */
const RU_PAID = [
  'внесли',
  'внес',
  'внесла',
  'вносили',
  'заплатили',
  'заплатил',
  'заплатила',
  'оплатили',
  'оплатил',
  'оплатила',
  'платили',
  'платил',
  'платила',
  'перевели',
  'перевел',
  'перевела',
  'отдали',
  'дали',
  'давали',
  'оплачивали',
];
const BG_DEALS = [
  'агенци*',
  'фрийлансър*',
  'фрилансър*',
  'дизайнер*',
  'разработчи*',
  'програмист*',
  'изпълнител*',
  'проект*',
  'сайт*',
  'уебсайт*',
  'студи*',
  'екип*',
  'фирм*',
  'компани*',
  'партньор*',
  'доставчи*',
  'уеб',
];
const BG_FORMER = ['предишн*', 'миналия', 'миналата', 'миналото', 'бивш*', 'друг', 'друга', 'друго', 'други', 'стар', 'стария', 'старият', 'старата', 'старото', 'старите'];
const BG_PAID = ['платихме', 'платих', 'плащахме', 'плащах', 'дадохме', 'дадох', 'давахме', 'преведохме', 'преведох', 'внесохме', 'изплатихме', 'заплатихме'];
const EL_DEALS = [
  'εργο',
  'εργου',
  'project',
  'προτζεκτ',
  'γραφει*',
  'εταιρει*',
  'γραφιστ*',
  'σχεδιαστ*',
  'προγραμματιστ*',
  'developer',
  'freelancer',
  'φριλανσερ',
  'συνεργατ*',
  'συνεργασι*',
  'ιστοσελιδ*',
  'σελιδ*',
  'site',
  'σαιτ',
  'ομαδ*',
  'επαγγελματι*',
  'φορα',
];
const EL_FORMER = [
  'προηγουμεν*',
  'πρωην',
  'περασμεν*',
  'τελευται*',
  'αλλος',
  'αλλη',
  'αλλο',
  'αλλον',
  'αλλου',
  'αλλης',
  'αλλοι',
  'αλλους',
  'αλλες',
  'παλιο',
  'παλιος',
  'παλιου',
  'παλια',
  'παλιας',
  'παλιες',
  'παλιοι',
  'παλιους',
];
const EL_PAID = ['πληρωσαμε', 'πληρωσα', 'πληρωναμε', 'δωσαμε', 'εδωσα', 'εδωσαμε', 'διναμε', 'καταβαλαμε', 'καταβαλλαμε', 'στειλαμε', 'εστειλα', 'εξοφλησαμε'];
const BS_DEALS = [
  'agencij*',
  'frilenser*',
  'freelancer*',
  'dizajner*',
  'programer*',
  'developer*',
  'izvođač*',
  'izvodjac*',
  'projekt*',
  'projekat',
  'sajt*',
  'stranic*',
  'web',
  'studi*',
  'tim*',
  'firm*',
  'kompanij*',
  'partner*',
  'saradnj*',
  'suradnj*',
  'posao',
  'poslu',
];
const BS_PAID = ['platili', 'platio', 'platila', 'uplatili', 'uplatio', 'uplatila', 'placali', 'placao', 'placala', 'dali', 'dao', 'dala', 'davali', 'imali', 'imao', 'imala'];

const en: Lexicon = {
  negations: ['no', 'not', "don't", 'dont', "doesn't", "won't", 'wont', "can't", 'cant', 'cannot', 'never', 'without', "we're not", 'nor', "wouldn't", "isn't", "aren't", 'unable'],
  affirmations: ['no problem', 'not a problem', "don't mind", 'no issue', 'no issues', 'not an issue', 'of course', 'no worries'],
  hedges: [
    'maybe',
    'perhaps',
    'possibly',
    'might',
    'depends',
    'depending',
    'not sure',
    'usually',
    'probably',
    'could be',
    "we'll see",
    'we will see',
    'hopefully',
    'if possible',
    'potentially',
    'ideally',
    'if',
  ],
  questions: ['do you', 'would you', 'could you', 'can you', 'will you', 'are you', 'is it', 'how many', 'how much', 'what', 'whether', 'is there', 'should we', 'do we', 'does it'],
  numbers: {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    once: 1,
    twice: 2,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    hundred: 100,
  },
  shares: { 'in full': 100, 'the full amount': 100, 'the whole amount': 100, half: 50, 'a third': 33, 'one third': 33, 'a quarter': 25, 'one quarter': 25, 'two thirds': 67 },
  percent: ['percent', 'per cent', 'pct'],
  upfront: ['upfront', 'up front', 'deposit', 'deposits', 'prepayment', 'prepay', 'advance payment', 'in advance', 'down payment', 'retainer'],
  pay: ['pay', 'paying', 'can pay', 'will pay', "we'll pay", "i'll pay", 'happy to pay', 'transfer', 'put down', 'fine with', 'ok with', 'okay with', 'agree', 'works for', 'can do'],
  payLater: [
    'pay when it',
    'pay when its',
    'pay on completion',
    'pay after',
    'pay at the end',
    'pay once it',
    'paid on completion',
    'paid at the end',
    'payment on completion',
    'payment after delivery',
    'pay upon completion',
    'payment at the end',
    'payment would be at the end',
    'pay you at the end',
  ],
  revisions: ['revision*', 'rounds of changes', 'rounds of edits', 'round of changes', 'round of edits', 'rounds of feedback', 'round of feedback', 'rounds'],
  polite: ['thanks', 'thank you', 'thanks in advance', 'thank you in advance', 'please', 'thx', 'appreciate it', 'many thanks', 'grateful'],
  elsewhere: [
    // "previous email" is not here: "as I said in my previous email, we pay 50% upfront" is about this deal
    ...pairs(['previous', 'former', 'last', 'old', 'another', 'other', 'a different'], EN_DEALS),
    'last year',
    'last month',
    'last time',
    'the time before',
    'in the past',
    'past projects',
    'past project',
    'ago',
    'we used to',
    'i used to',
    'used to pay',
    'used to give',
    'used to have',
    'someone else',
  ],
  // not "we had", "we got": "we had a look at your portfolio, a 50% deposit is fine" is about this deal;
  // nor "we already paid" (a follow-up about this deal, as likely as another's)
  pastTense: ['we paid', 'i paid', 'we had paid', 'we always paid', 'we gave', 'i gave', 'there were', 'went through', 'it took', 'took us', 'we were paying'],
  thisDeal: [
    'this project',
    'this job',
    'this order',
    'this site',
    'this website',
    'this time',
    'for this',
    'paid you',
    'sent you',
    'gave you',
    'transferred you',
    'wired you',
    'to you',
    'your invoice',
    'your account',
  ],
  formerly: ['before', 'previously', 'formerly', 'earlier', 'back then', 'at the time'],
  redFlags: RED_FLAG_WORDS.en,
};

const ru: Lexicon = {
  negations: ['не', 'нет', 'без', 'ни', 'никак', 'никогда', 'нельзя', 'отказываемся'],
  affirmations: ['нет проблем', 'никаких проблем', 'не проблема', 'не против', 'без проблем', 'не вопрос', 'ничего не имеем против', 'больше не понадобится', 'больше не потребуется'],
  hedges: ['может', 'может быть', 'возможно', 'наверное', 'посмотрим', 'зависит', 'не уверен', 'не уверена', 'вероятно', 'если получится', 'скорее всего', 'как правило', 'обычно', 'если'],
  questions: ['подскажите', 'скажите', 'вы берете', 'берете ли', 'сколько', 'какие', 'какой', 'как', 'ли', 'нужна ли', 'нужно ли', 'возможно ли', 'работаете ли'],
  numbers: {
    один: 1,
    одна: 1,
    одну: 1,
    одного: 1,
    одной: 1,
    два: 2,
    две: 2,
    двух: 2,
    три: 3,
    трех: 3,
    четыре: 4,
    четырех: 4,
    пять: 5,
    пяти: 5,
    десять: 10,
    двадцать: 20,
    тридцать: 30,
    сорок: 40,
    пятьдесят: 50,
    шестьдесят: 60,
    семьдесят: 70,
    восемьдесят: 80,
    девяносто: 90,
  },
  shares: {
    'всю сумму': 100,
    'всю стоимость': 100,
    половину: 50,
    половина: 50,
    половины: 50,
    половиной: 50,
    треть: 33,
    трети: 33,
    четверть: 25,
    четверти: 25,
    'десять процентов': 10,
    'двадцать процентов': 20,
    'двадцать пять процентов': 25,
    'тридцать процентов': 30,
    'сорок процентов': 40,
    'пятьдесят процентов': 50,
    'шестьдесят процентов': 60,
    'семьдесят процентов': 70,
    'сто процентов': 100,
  },
  percent: ['процент*', 'проц'],
  upfront: [
    'предоплат*',
    'аванс*',
    'авансом',
    'предварительн* оплат*',
    'оплатить сразу',
    'оплатим сразу',
    'заплатим сразу',
    'внести сразу',
    'внесем сразу',
    'сразу после созвона',
    'после подписания договора',
    'при подписании договора',
  ],
  pay: ['оплатим', 'оплатить', 'оплачу', 'заплатим', 'заплачу', 'внесем', 'внести', 'платим', 'переведем', 'перевести', 'устраивает', 'согласны'],
  payLater: [
    'оплата только после',
    'после результата',
    'оплата по факту',
    'по факту',
    'оплата после',
    'оплатим после',
    'заплатим после',
    'платим после',
    'после сдачи',
    'после приемки',
    'по завершении',
    'по результату',
  ],
  revisions: ['правк*', 'правок', 'круг* правок', 'итераци*', 'корректировк*', 'доработ*'],
  polite: ['спасибо', 'благодарю', 'пожалуйста', 'будьте добры', 'заранее спасибо', 'признательн*'],
  elsewhere: [
    // «в прошлом письме», «как ранее обсуждали» are not here: they speak of this deal
    ...pairs(['прошл*', 'предыдущ*', 'прежн*', 'бывш*', 'друг*', 'старый', 'старого', 'старому', 'старым', 'старом', 'старая', 'старой', 'старую', 'старое', 'старые', 'старых'], RU_DEALS),
    'в прошлый раз',
    'прошлый раз',
    'прошлом году',
    'прошлый год',
    'в прошлом году',
    'год назад',
    'года назад',
    'лет назад',
    'полгода назад',
    'месяц назад',
    'месяца назад',
    'месяцев назад',
    'раньше мы',
    'мы раньше',
    'раньше я',
    'я раньше',
    'раньше нам',
    'нам раньше',
    'когда то',
    'кто то другой',
  ],
  // the past tense; «бы» makes it a conditional («мы бы внесли 30%», we would pay 30%): see thisDeal
  pastTense: [...RU_PAID, 'было', 'были', 'был', 'понадобилось', 'потребовалось', 'ушло', 'прошли', 'сделали'],
  thisDeal: [
    'этот проект',
    'этого проекта',
    'этому проекту',
    'этом проекте',
    'этот раз',
    'в этот раз',
    'за этот',
    'бы',
    'чтобы',
    ...pairs(['вам'], RU_PAID),
    ...pairs(RU_PAID, ['вам']),
    'на ваш',
    'на вашу',
    'по вашему',
  ],
  formerly: ['раньше', 'ранее', 'прежде', 'до этого'],
  redFlags: RED_FLAG_WORDS.ru,
};

const bg: Lexicon = {
  negations: ['не', 'няма', 'нямаме', 'без', 'никога', 'нито'],
  affirmations: ['няма проблем', 'не е проблем', 'нямаме нищо против', 'разбира се', 'без проблем'],
  hedges: ['може би', 'евентуално', 'вероятно', 'ще видим', 'зависи', 'не съм сигурен', 'не съм сигурна', 'най-вероятно', 'обикновено', 'ако може', 'ако'],
  questions: ['бихте ли', 'кажете', 'колко', 'какви', 'какво', 'как', 'дали', 'ли', 'може ли', 'работите ли'],
  numbers: {
    един: 1,
    една: 1,
    едно: 1,
    два: 2,
    две: 2,
    двата: 2,
    три: 3,
    трите: 3,
    четири: 4,
    пет: 5,
    десет: 10,
    двадесет: 20,
    двайсет: 20,
    тридесет: 30,
    трийсет: 30,
    четиридесет: 40,
    четирийсет: 40,
    петдесет: 50,
    шестдесет: 60,
    шейсет: 60,
    седемдесет: 70,
    осемдесет: 80,
    деветдесет: 90,
  },
  shares: {
    'цялата сума': 100,
    'цялата стойност': 100,
    половината: 50,
    половин: 50,
    'една трета': 33,
    третината: 33,
    'една четвърт': 25,
    // a number in words before «процента» (the number words above are counts, for revisions)
    'двайсет процента': 20,
    'двадесет процента': 20,
    'двайсет и пет процента': 25,
    'двадесет и пет процента': 25,
    'трийсет процента': 30,
    'тридесет процента': 30,
    'четирийсет процента': 40,
    'четиридесет процента': 40,
    'петдесет процента': 50,
    'шейсет процента': 60,
    'шестдесет процента': 60,
  },
  percent: ['процент*', 'на сто'],
  upfront: ['аванс*', 'авансово', 'предплат*', 'предплащ*', 'капаро', 'предварително'],
  pay: ['платим', 'платя', 'ще платим', 'можем да платим', 'ще преведем', 'преведем', 'даваме', 'дадем', 'съгласни', 'плащаме'],
  payLater: [
    'плащане след',
    'ще платя след',
    'ще платим след',
    'плащаме след',
    'платя след',
    'след като видя',
    'при предаване',
    'след приключване',
    'накрая',
    'ще ти платя като',
    'ще ви платя като',
    'ще платя като',
    'ще платим като',
  ],
  revisions: ['корекци*', 'редакци*', 'поправк*', 'промен*', 'кръг* корекции'],
  polite: ['благодаря', 'благодарим', 'моля', 'мерси', 'предварително благодаря', 'благодаря предварително'],
  elsewhere: [
    // and with «ни» (our) between: «предишният ни дизайнер», «старият ни сайт»
    ...pairs(BG_FORMER, BG_DEALS),
    ...pairs(pairs(BG_FORMER, ['ни']), BG_DEALS),
    'миналата година',
    'миналия път',
    'предишния път',
    'последния път',
    'в миналото',
    'преди година',
    'преди години',
    'преди месец',
    'преди месеци',
    'преди две години',
    'преди няколко години',
    'преди няколко месеца',
    'някой друг',
    'по-рано ние',
    'ние по-рано',
  ],
  // the aorist and the imperfect («платихме», «плащахме»): the conditional «бихме платили» and the perfect «сме платили» are other forms
  pastTense: [...BG_PAID, 'имахме', 'имаше', 'минахме', 'мина през', 'минаха през', 'направихме', 'отне', 'отнеха', 'трябваха'],
  thisDeal: ['този проект', 'за този', 'този път', 'това запитване', ...pairs(['ви'], BG_PAID), ...pairs(BG_PAID, ['ви']), 'на вас', 'вашата сметка'],
  formerly: ['преди', 'преди това', 'по-рано', 'някога'],
  redFlags: RED_FLAG_WORDS.bg,
};

const el: Lexicon = {
  negations: ['δεν', 'δε', 'μην', 'μη', 'οχι', 'χωρις', 'ουτε', 'ποτε'],
  affirmations: ['κανενα προβλημα', 'δεν υπαρχει προβλημα', 'δεν εχουμε προβλημα', 'φυσικα', 'δεν με πειραζει', 'κανενα θεμα', 'δεν υπαρχει θεμα', 'δεν θα υπαρξει θεμα'],
  hedges: ['ισως', 'μαλλον', 'πιθανον', 'πιθανως', 'εξαρταται', 'θα δουμε', 'δεν ειμαι σιγουρος', 'δεν ειμαι σιγουρη', 'συνηθως', 'αν γινεται', 'αν'],
  questions: ['ζητατε', 'ζητας', 'ποσες', 'ποσο', 'ποσα', 'τι', 'πως', 'μηπως', 'θα μπορουσατε'],
  numbers: {
    ενα: 1,
    ενας: 1,
    μια: 1,
    μιας: 1,
    δυο: 2,
    τρια: 3,
    τρεις: 3,
    τεσσερα: 4,
    τεσσερις: 4,
    πεντε: 5,
    δεκα: 10,
    εικοσι: 20,
    τριαντα: 30,
    σαραντα: 40,
    πενηντα: 50,
    εξηντα: 60,
    εβδομηντα: 70,
    ογδοντα: 80,
    ενενηντα: 90,
  },
  shares: { 'ολο το ποσο': 100, 'ολη την αμοιβη': 100, μιση: 50, μισο: 50, 'το μισο': 50, 'τη μιση': 50, 'τα μισα': 50, 'ενα τριτο': 33, 'ενα τεταρτο': 25 },
  percent: ['τοις εκατο', 'τις εκατο'],
  upfront: ['προκαταβολ*', 'προπληρωμ*', 'προκαταβολικα', 'πληρων* μπροστα', 'πληρωσ* μπροστα', 'πληρωμη μπροστα', 'δινουμε μπροστα', 'δωσουμε μπροστα'],
  pay: ['δωσω', 'δωσουμε', 'δινουμε', 'πληρωσω', 'πληρωσουμε', 'πληρωνουμε', 'εντάξει', 'ενταξει', 'συμφωνουμε', 'καταβαλουμε', 'στειλουμε', 'εξοφλουμε', 'εξοφλω'],
  payLater: [
    'θα πληρωσω οταν',
    'θα πληρωσουμε οταν',
    'πληρωνουμε οταν',
    'πληρωνω οταν',
    'οταν τελειωσει',
    'πληρωνουμε στο τελος',
    'πληρωμη στο τελος',
    'θα πληρωσουμε στο τελος',
    'θα πληρωσω στο τελος',
    'μετα την παραδοση',
    'με την ολοκληρωση',
    'αφου τελειωσει',
  ],
  revisions: ['διορθωσ*', 'αλλαγ*', 'γυρ* διορθωσεων', 'αναθεωρησ*'],
  polite: ['ευχαριστω', 'ευχαριστουμε', 'παρακαλω', 'ευχαριστω πολυ', 'ευχαριστω εκ των προτερων'],
  elsewhere: [
    // and with «μας» (our) between: «ο παλιός μας γραφίστας», «το προηγούμενό μας έργο»
    ...pairs(EL_FORMER, EL_DEALS),
    ...pairs(pairs(EL_FORMER, ['μας']), EL_DEALS),
    'περσι',
    'περυσι',
    'περσινο',
    'την περασμενη χρονια',
    'την προηγουμενη φορα',
    'την τελευταια φορα',
    'στο παρελθον',
    'παλιοτερα',
    'παλια',
    'συνηθιζαμε',
    'πριν απο ενα χρονο',
    'πριν ενα χρονο',
    'πριν απο χρονια',
    'πριν χρονια',
    'πριν απο μερικα χρονια',
    'πριν μερικα χρονια',
    'πριν απο λιγους μηνες',
    'πριν λιγους μηνες',
    'καποιος αλλος',
  ],
  // the aorist and the imperfect; «θα» before the imperfect is a conditional («θα δίναμε 30%»): see thisDeal
  pastTense: [...EL_PAID, 'ειχαμε', 'υπηρξαν', 'χρειαστηκαν', 'καναμε', 'περασαμε', 'πηρε'],
  thisDeal: ['αυτο το εργο', 'αυτο το project', 'αυτη τη φορα', 'για αυτο το', ...pairs(['σας'], EL_PAID), ...pairs(['θα'], [...EL_PAID, 'ειχαμε', 'καναμε'])],
  formerly: ['πριν', 'παλαιοτερα', 'προηγουμενως'],
  redFlags: RED_FLAG_WORDS.el,
};

const bs: Lexicon = {
  negations: ['ne', 'nije', 'nismo', 'nemamo', 'nemam', 'nema', 'bez', 'nikad', 'nikada', 'niti'],
  affirmations: ['nema problema', 'nije problem', 'nemamo nista protiv', 'naravno', 'bez problema'],
  hedges: ['mozda', 'vjerovatno', 'vjerojatno', 'vidjet cemo', 'vidjecemo', 'vidimo', 'zavisi', 'ovisi', 'nisam siguran', 'nisam sigurna', 'obicno', 'ako moze', 'eventualno', 'ako'],
  questions: ['da li', 'li', 'koliko', 'kakve', 'sta', 'sto', 'kako', 'jel', 'je li', 'mozete li'],
  numbers: {
    jedan: 1,
    jedna: 1,
    jednu: 1,
    jedne: 1,
    dva: 2,
    dvije: 2,
    dvaput: 2,
    tri: 3,
    cetiri: 4,
    pet: 5,
    deset: 10,
    dvadeset: 20,
    trideset: 30,
    cetrdeset: 40,
    pedeset: 50,
    sezdeset: 60,
    sedamdeset: 70,
    osamdeset: 80,
    devedeset: 90,
  },
  shares: {
    'cijeli iznos': 100,
    'puni iznos': 100,
    pola: 50,
    polovinu: 50,
    polovina: 50,
    polovine: 50,
    trecinu: 33,
    trecina: 33,
    cetvrtinu: 25,
    // a number word before "posto" is not read as a per cent by the reader: the usual ones as shares
    'dvadeset posto': 20,
    'trideset posto': 30,
    'cetrdeset posto': 40,
    'pedeset posto': 50,
  },
  percent: ['posto', 'procen*', 'procenat*'],
  upfront: ['avans*', 'unaprijed', 'unapred', 'predujam', 'akontacij*'],
  pay: ['platiti', 'platit', 'platicemo', 'uplatiti', 'uplatit', 'uplaticemo', 'uplacujemo', 'dati', 'damo', 'placamo', 'platimo', 'spremni', 'odgovara'],
  payLater: [
    'platimo kad',
    'platicemo kad',
    'placamo kad',
    'placamo nakon',
    'platimo nakon',
    'platicemo nakon',
    'placanje nakon',
    'placanje po zavrsetku',
    'nakon zavrsetka',
    'kad zavrsis',
    'kad zavrsite',
    'po zavrsetku',
  ],
  revisions: ['izmjen*', 'ispravk*', 'korekcij*', 'revizij*', 'rund* izmjena', 'prepravk*'],
  polite: ['hvala', 'molim', 'molimo', 'hvala unaprijed', 'zahvaljujem'],
  elsewhere: [
    ...pairs(['prosl*', 'prethodn*', 'bivs*', 'zadnj*', 'posljednj*', 'drug*', 'stari', 'stara', 'staro', 'starog', 'starom', 'staroj', 'staru', 'stare'], BS_DEALS),
    'prosle godine',
    'prosli put',
    'proslog puta',
    'zadnji put',
    'posljednji put',
    'u proslosti',
    'prije godinu',
    'prije godinu dana',
    'prije dvije godine',
    'prije nekoliko godina',
    'prije nekoliko mjeseci',
    'prije par godina',
    'godinu dana ranije',
    'ranije smo',
    'smo ranije',
    'nekad smo',
    'nekada smo',
    'neko drugi',
    'netko drugi',
  ],
  // the past tense with its auxiliary ("platili smo"): "bismo platili" (we would pay) is a conditional and not here
  pastTense: [...pairs(['smo', 'sam'], BS_PAID), ...pairs(BS_PAID, ['smo', 'sam']), 'bilo je', 'je bilo', 'trebalo je', 'je trebalo'],
  thisDeal: ['ovaj projekat', 'ovaj projekt', 'ovog projekta', 'ovom projektu', 'ovaj put', 'smo vam', 'sam vam', 'vam smo', 'na vas racun'],
  formerly: ['ranije', 'prije', 'prethodno', 'nekad', 'nekada'],
  redFlags: RED_FLAG_WORDS.bs,
};

export const LEXICONS: Readonly<Record<LexiconLanguage, Lexicon>> = { en, ru, bg, el, bs };

/**
 * "After" (and "as soon as") in each language: in a sentence that speaks of paying upfront with no share named,
 * an "after" outside the upfront phrase itself («оплатим сразу после приёмки», "we pay right
 * after launch") makes the sentence say both, so the reader answers nothing.
 */
export const AFTER_WORDS: Readonly<Record<LexiconLanguage, readonly string[]>> = {
  en: ['after', 'afterwards', 'once', 'as soon as', 'when'],
  ru: ['после', 'потом', 'когда', 'как только'],
  bg: ['след', 'когато', 'щом', 'веднага щом'],
  el: ['μετά', 'αφού', 'όταν', 'μόλις'],
  bs: ['nakon', 'poslije', 'posle', 'kad', 'kada', 'čim', 'onda'],
};

/**
 * "Instead of" in each language: the number right after it is the one they do not want ("three
 * rounds instead of two", «три круга вместо двух», "30% umjesto 50%"), so it is not read as a
 * second, disagreeing answer.
 */
export const INSTEAD_WORDS: Readonly<Record<LexiconLanguage, readonly string[]>> = {
  en: ['instead of', 'rather than'],
  ru: ['вместо'],
  bg: ['вместо', 'на мястото на'],
  el: ['αντί για', 'αντί'],
  bs: ['umjesto', 'umesto', 'namjesto', 'namesto'],
};
