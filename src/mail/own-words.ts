/**
 * The prospect's own words in a message: what is left when quoted history (`> ` lines, "On …
 * wrote:", "-----Original Message-----", Outlook's From/Sent/Subject block, and their Russian,
 * Bulgarian, Greek and Bosnian forms) and the signature (after `-- ` or a closing such as
 * "Best regards," / «С уважением,» / «Ευχαριστώ,» / "Hvala,") are set aside. Phone numbers,
 * "20% growth" in a tagline or "v2.0" in a footer are not the prospect's answers.
 *
 * Pure: text in, ranges of that text out, so whatever is quoted as evidence later is an exact
 * substring of the message. Line-based and linear in the text's length.
 */
import { foldWord } from '../core/read-message.js';

/** A range [start, end) of the message text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface OwnWords {
  /** paragraphs of the prospect's own words, in order (ranges of the message text) */
  readonly spans: readonly Span[];
  /** a name taken from the signature, when one stands there plainly */
  readonly signatureName?: string;
}

/** Lines that open quoted history: everything from such a line on is an earlier message. */
const HISTORY_LINES: readonly RegExp[] = [
  /^-{2,}\s*(original message|forwarded message|исходное сообщение|пересылаемое сообщение|оригинално съобщение|препратено съобщение|αρχικό μήνυμα|προωθημένο μήνυμα|originalna poruka|izvorna poruka|proslijeđena poruka)\s*-{2,}\s*$/iu,
  /^_{10,}\s*$/u,
  // Gmail and Apple Mail: "On Mon, 2 Nov 2026 at 17:40, Studio <…> wrote:", and their translations.
  /(?:^|\s)(wrote|написал|написала|написал\(а\)|написа|έγραψε|napisao|napisala|napisao\/la|je napisao|je napisala)\s*:\s*$/iu,
  // Localised Gmail headers without a verb: "пн, 2 нояб. 2026 г. в 11:02, Studio <a@b>:".
  /<[^<>\s@]+@[^<>\s@]+>\s*:\s*$/u,
];

/** Outlook's header block: a From line followed within three lines by a Sent/Date or Subject line. */
const OUTLOOK_FROM = /^\*?(from|от|από|od|šalje|salje)\s*:\*?\s/iu;
const OUTLOOK_NEXT = /^\*?(sent|date|to|subject|отправлено|дата|кому|тема|изпратено|до|относно|στάλθηκε|ημερομηνία|προς|θέμα|poslano|datum|za|predmet|prima|šalje)\s*:/iu;

/**
 * Closings after which the rest is a signature. Only a line that is the closing alone (with a
 * name or punctuation after it at most) counts: "Thanks, we'll wait for your reply" is words.
 */
const CLOSINGS: readonly string[] = [
  // en
  'thanks',
  'thank you',
  'thanks so much',
  'thank you so much',
  'many thanks',
  'thanks in advance',
  'best',
  'best regards',
  'kind regards',
  'regards',
  'warm regards',
  'best wishes',
  'cheers',
  'sincerely',
  'yours sincerely',
  'all the best',
  'cordially',
  // ru
  'с уважением',
  'спасибо',
  'заранее спасибо',
  'благодарю',
  'всего доброго',
  'всего хорошего',
  'хорошего дня',
  'с наилучшими пожеланиями',
  // bg
  'поздрави',
  'с поздрав',
  'с уважение',
  'благодаря',
  'благодаря предварително',
  'благодаря ви',
  'хубав ден',
  'всичко хубаво',
  'поздрав',
  // el
  'ευχαριστώ',
  'ευχαριστώ πολύ',
  'ευχαριστούμε',
  'με εκτίμηση',
  'φιλικά',
  'χαιρετώ',
  'χαιρετισμούς',
  'με φιλικούς χαιρετισμούς',
  'καλή συνέχεια',
  'με τιμή',
  // bs
  'hvala',
  'hvala vam',
  'hvala unaprijed',
  'hvala vam unaprijed',
  'unaprijed hvala',
  'hvala puno',
  'lijep pozdrav',
  'lp',
  'pozdrav',
  'srdačan pozdrav',
  's poštovanjem',
  'sa poštovanjem',
  'pozdravi',
  'srdačno',
].map(foldWord);

function isClosing(line: string): boolean {
  // A closing is a short line: a long one is never folded (a pasted log can be one line of megabytes).
  if (line.length > 60) return false;
  const bare = foldWord(line)
    .replace(/[,.!…:;\s]+$/u, '')
    .replace(/^[\s-]+/u, '')
    .trim();
  if (bare.length === 0 || bare.length > 40) return false;
  // "Hvala unaprijed i lijep pozdrav", "Thanks and best regards": closings joined by "and".
  return bare.split(/\s+(?:and|и|και|i)\s+/u).every((part) => CLOSINGS.includes(part.replace(/[,.!]+$/u, '')));
}

/** A title before a signature's name ("dr. Amra Hodžić", "Prof. Ivan Petrov"): not part of the name. */
const TITLE = /^(?:dr|mr|mrs|ms|prof|doc|mag|ing|dipl|д-р|проф|г-н|г-жа|δρ|κ|κα)\.?\s+/iu;

/** A web form's name field, as form mailers write it ("Name: Jane Doe", «Όνομα: Κατερίνα Σπυροπούλου»). */
// `s`: a U+2028 in the line must not make (.+)$ fail and the spaces before it be tried each way.
const NAME_FIELD = /^\*?(?:name|full name|your name|имя|ваше имя|име|вашето име|όνομα|ονοματεπώνυμο|ime|ime i prezime)\s*:\*?\s*(.+)$/isu;

/** 1 to 3 capitalised words of letters (hyphens and apostrophes inside): "Hannah Price", "Ольга", "Γιώργος Παπαδάκης". */
const NAME_LINE = /^\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/** The lines of the text with their start offsets. */
function lines(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let at = 0;
  for (;;) {
    const end = text.indexOf('\n', at);
    out.push({ text: text.slice(at, end === -1 ? text.length : end), start: at });
    if (end === -1) return out;
    at = end + 1;
  }
}

/** The index of the first line of quoted history, or the number of lines. */
function historyStart(all: readonly { text: string }[]): number {
  for (let index = 0; index < all.length; index++) {
    const line = all[index]!.text.trim();
    if (HISTORY_LINES.some((pattern) => pattern.test(line))) {
      // "On Mon, 2 Nov 2026 at 17:40, Studio <s@example.com>" wrapped before "wrote:": the line above belongs to it.
      const above = index > 0 ? all[index - 1]!.text.trim() : '';
      return /^(on|в|на|στις|dana)(?=\s)/iu.test(foldWord(above)) && !/[.!?]$/u.test(above) && !/^(on|в|на|στις|dana)(?=\s)/iu.test(foldWord(line)) ? index - 1 : index;
    }
    if (OUTLOOK_FROM.test(line)) {
      for (let next = index + 1; next <= index + 3 && next < all.length; next++) {
        if (OUTLOOK_NEXT.test(all[next]!.text.trim())) return index;
      }
    }
  }
  return all.length;
}

/**
 * Splits a message into the prospect's own paragraphs and what is not theirs. `> ` lines are
 * dropped wherever they stand (inline replies keep the words between them).
 */
export function ownWords(text: string): OwnWords {
  const all = lines(text);
  let end = historyStart(all);
  let signatureName: string | undefined;
  // The signature: from a `--` line, else after the last closing line within the last lines.
  for (let index = 0; index < end; index++) {
    if (/^--\s*$/u.test(all[index]!.text)) {
      signatureName = nameIn(all.slice(index + 1, end));
      end = index;
      break;
    }
  }
  const tail = Math.max(0, end - 12);
  let closed = signatureName !== undefined;
  for (let index = end - 1; index >= tail; index--) {
    if (isClosing(all[index]!.text)) {
      closed = true;
      signatureName ??= nameIn(all.slice(index + 1, end));
      // The closing line is the prospect's own ("Thanks so much," is polite); what follows is not.
      end = index + 1;
      break;
    }
  }
  if (!closed) {
    // A name alone as the last paragraph ("…ASAP really\n\nMike").
    let last = end - 1;
    while (last >= 0 && all[last]!.text.trim() === '') last--;
    const line = last >= 0 ? all[last]!.text.trim() : '';
    if (last > 0 && all[last - 1]!.text.trim() === '' && NAME_LINE.test(line)) {
      signatureName = line;
      end = last;
    }
  }
  signatureName ??= nameField(all, end);
  const spans: Span[] = [];
  let open: number | undefined;
  let close = 0;
  for (let index = 0; index < end; index++) {
    const line = all[index]!;
    const quoted = /^\s*>/u.test(line.text);
    const blank = line.text.trim() === '';
    if (quoted || blank) {
      if (open !== undefined) spans.push({ start: open, end: close });
      open = undefined;
      continue;
    }
    open ??= line.start;
    close = line.start + line.text.length;
  }
  if (open !== undefined) spans.push({ start: open, end: close });
  return signatureName === undefined ? { spans } : { spans, signatureName };
}

/** The first line of a signature block, when it reads as a name. */
function nameIn(block: readonly { text: string }[]): string | undefined {
  const first = block.find((line) => line.text.trim() !== '');
  const line = first?.text.trim().replace(/[,]$/u, '').replace(TITLE, '') ?? '';
  return NAME_LINE.test(line) ? line : undefined;
}

/** The name in a web form's name field among the first lines, when it reads as a name. */
function nameField(all: readonly { text: string }[], end: number): string | undefined {
  for (let index = 0; index < Math.min(end, 12); index++) {
    const value = NAME_FIELD.exec(all[index]!.text.trim())?.[1]?.trim();
    if (value !== undefined) return NAME_LINE.test(value) ? value : undefined;
  }
  return undefined;
}
