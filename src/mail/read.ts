/**
 * A prospect's message or reply as text, whatever way it arrived: a saved `.eml` or an email
 * pasted with its headers (MIME: multipart, quoted-printable, base64, any charset Node's ICU
 * decodes, forwarded `message/rfc822` parts, HTML-only bodies), or plain text (UTF-8, UTF-16
 * with a BOM, or a legacy code page named by the caller).
 *
 * One reader for `clientfit read` and `score --reply`. Pure: bytes in, typed text or a typed
 * problem out; reading the file with a size bound and wording problems are the CLI's
 * (src/cli/mail-input.ts). The MIME parsing is postal-mime's (zero dependencies, kept by the
 * maintainer of Nodemailer); it is loaded only by the commands that read mail.
 */
import { decodeUtf8 } from '../core/load-text.js';

/** A 50 MB paste is refused before it is parsed: real inquiries with a few attachments are well under this. */
export const MAX_MAIL_BYTES = 8 * 1024 * 1024;

export interface MailAddress {
  readonly name?: string;
  readonly address?: string;
}

export interface MailAttachment {
  readonly filename?: string;
  /** the attachment decoded as text (text/* parts only) */
  readonly text: string;
}

export interface Mail {
  /** `email`: headers were found and the MIME structure decoded; `text`: read as plain text */
  readonly kind: 'email' | 'text';
  /** the body: the text/plain part (else the HTML part as text), LF line ends */
  readonly text: string;
  readonly from?: MailAddress;
  readonly subject?: string;
  /** the Date header as ISO 8601 where it parses */
  readonly date?: string;
  /** text attachments, in order (a downloaded reply file sent as an attachment, say) */
  readonly attachments: readonly MailAttachment[];
}

export type MailProblem =
  /** a NUL or other binary content: not a message */
  | { readonly code: 'binary'; readonly line: number; readonly col: number }
  /** plain text that is not UTF-8 and no encoding was named */
  | { readonly code: 'not-utf-8'; readonly line: number; readonly col: number }
  /** the bytes are not text in the encoding named */
  | { readonly code: 'bad-encoding'; readonly encoding: string }
  /** the MIME structure could not be decoded (nesting or header bounds, a broken part) */
  | { readonly code: 'damaged-email' };

export type MailRead = { readonly ok: true; readonly mail: Mail } | { readonly ok: false; readonly problem: MailProblem };

/** Header names that mark the start of an email (any one of them in the header block is enough). */
const MAIL_HEADERS = new Set(['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'received', 'return-path', 'delivered-to', 'reply-to', 'cc']);
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9-]*):[ \t]?/u;
/** How far into the input the header block is looked for. */
const HEADER_SCAN_BYTES = 64 * 1024;

/**
 * Whether the input starts with an RFC 5322 header block: `Name: value` lines (folded lines
 * allowed) up to an empty line, at least two of them, one a mail header. A pasted message body
 * that begins "Subject: logo" alone is text, not an email.
 */
export function looksLikeEmail(head: string): boolean {
  const lines = head.replace(/^From [^\n]*\n/u, '').split(/\r?\n/u);
  let headers = 0;
  let mail = false;
  for (const line of lines) {
    if (line === '') return headers >= 2 && mail;
    if (/^[ \t]/u.test(line)) {
      if (headers === 0) return false;
      continue;
    }
    const match = HEADER_LINE.exec(line);
    if (match === null) return false;
    headers++;
    if (MAIL_HEADERS.has(match[1]!.toLowerCase())) mail = true;
  }
  return false;
}

function lf(text: string): string {
  return text.replace(/\r\n?/gu, '\n');
}

function firstNul(text: string): number {
  return text.indexOf('\0');
}

function position(text: string, index: number): { line: number; col: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, col: index - before.lastIndexOf('\n') };
}

/** Plain text: a BOM says UTF-8 or UTF-16; otherwise UTF-8, or the encoding the caller names. */
function readPlain(bytes: Uint8Array, encoding: string | undefined): MailRead {
  const [a, b] = [bytes[0], bytes[1]];
  const utf16 = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : undefined;
  const label = utf16 ?? encoding;
  let text: string;
  if (label === undefined || label === 'utf-8') {
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) return { ok: false, problem: { code: decoded.code === 'nul' || decoded.code === 'utf-16' ? 'binary' : 'not-utf-8', line: decoded.line, col: decoded.col } };
    text = decoded.text;
  } else {
    try {
      text = new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, problem: { code: 'bad-encoding', encoding: label } };
    }
  }
  text = lf(text);
  const nul = firstNul(text);
  if (nul !== -1) return { ok: false, problem: { code: 'binary', ...position(text, nul) } };
  return { ok: true, mail: { kind: 'text', text, attachments: [] } };
}

function address(value: unknown): MailAddress | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { name, address: email } = value as { name?: unknown; address?: unknown };
  const result: { name?: string; address?: string } = {};
  if (typeof name === 'string' && name.trim() !== '') result.name = name.trim();
  if (typeof email === 'string' && email.trim() !== '') result.address = email.trim();
  return result.name === undefined && result.address === undefined ? undefined : result;
}

function attachmentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (content instanceof ArrayBuffer || ArrayBuffer.isView(content)) {
    const view = content instanceof ArrayBuffer ? new Uint8Array(content) : new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
    const decoded = decodeUtf8(view);
    return decoded.ok ? decoded.text : undefined;
  }
  return undefined;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  euro: '€',
};

/** Drops `<tag …>…</tag>` blocks (script, style, head): indexOf, so unclosed tags cost linear time. */
function dropBlocks(html: string, tag: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let at = 0;
  for (;;) {
    const start = lower.indexOf(`<${tag}`, at);
    if (start === -1) return out + html.slice(at);
    out += html.slice(at, start);
    const end = lower.indexOf(`</${tag}`, start);
    if (end === -1) return out;
    const close = lower.indexOf('>', end);
    at = close === -1 ? html.length : close + 1;
  }
}

/**
 * An HTML-only email's words: blocks and line breaks become new lines, tags go, entities are
 * decoded. Only for reading what the prospect wrote; nothing is rendered.
 */
export function htmlToText(html: string): string {
  let text = html;
  for (const tag of ['head', 'script', 'style']) text = dropBlocks(text, tag);
  // Every pattern linear on a hostile body: a tag is [^<>] (with [^>], a run of `<` and no `>`
  // was scanned again from each one), and trailing spaces are cut from the start of their run.
  return text
    .replace(/<br\b[^<>]*>/giu, '\n')
    .replace(/<\/(?:p|div|li|tr|h[1-6]|blockquote|table)\s*>/giu, '\n')
    .replace(/<[^<>]*>/gu, '')
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/giu, (whole, entity: string) => {
      if (entity[0] === '#') {
        const code = entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[entity.toLowerCase()] ?? whole;
    })
    .replace(/(?<![ \t\u00a0])[ \t\u00a0]+\n/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n');
}

async function readEmail(bytes: Uint8Array): Promise<MailRead> {
  const { default: PostalMime } = await import('postal-mime');
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(bytes, { maxNestingDepth: 32, maxHeadersSize: 256 * 1024, maxRfc822NestingDepth: 4 });
  } catch {
    return { ok: false, problem: { code: 'damaged-email' } };
  }
  const text = lf(email.text ?? (email.html === undefined ? '' : htmlToText(email.html)));
  const nul = firstNul(text);
  if (nul !== -1) return { ok: false, problem: { code: 'binary', ...position(text, nul) } };
  const attachments: MailAttachment[] = [];
  for (const attachment of email.attachments) {
    if (!attachment.mimeType.startsWith('text/') || attachment.mimeType === 'text/html') continue;
    const content = attachmentText(attachment.content);
    if (content === undefined || firstNul(content) !== -1) continue;
    attachments.push({ ...(attachment.filename === null ? {} : { filename: attachment.filename }), text: lf(content) });
  }
  const from = address(email.from);
  const date = email.date !== undefined && !Number.isNaN(Date.parse(email.date)) ? new Date(email.date).toISOString() : undefined;
  return {
    ok: true,
    mail: {
      kind: 'email',
      text,
      ...(from === undefined ? {} : { from }),
      ...(email.subject === undefined || email.subject.trim() === '' ? {} : { subject: email.subject.trim() }),
      ...(date === undefined ? {} : { date }),
      attachments,
    },
  };
}

/**
 * Reads a message's bytes (at most MAX_MAIL_BYTES: the caller bounds the read). An input with
 * an email's header block is decoded as MIME; anything else is plain text.
 */
export async function readMail(bytes: Uint8Array, options: { encoding?: string } = {}): Promise<MailRead> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEADER_SCAN_BYTES));
  return looksLikeEmail(head) ? readEmail(bytes) : readPlain(bytes, options.encoding);
}
