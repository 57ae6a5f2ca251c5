/**
 * A small streaming scanner for the XML of a workbook's parts (SpreadsheetML as Excel,
 * LibreOffice, Google Sheets and exceljs write it): tags and text, fed in chunks of any size,
 * nothing held but the tag that a chunk cut in two. It does not validate, expand a DTD or
 * resolve anything outside the text: a part with a DOCTYPE is refused, as Excel refuses it.
 *
 * Chosen over exceljs (and its saxes) by measurement, see read.ts: the cells are read here from
 * the tags alone, so phonetic guides, error values and Excel's _xHHHH_ escapes are read as Excel
 * shows them.
 */

/** Why a part's XML cannot be read. */
export type XmlProblem = 'doctype' | 'run-on' | 'cut';

export class XmlError extends Error {
  constructor(readonly problem: XmlProblem) {
    super(problem);
    this.name = 'XmlError';
  }
}

export interface XmlEvents {
  /** an element opens: its local name (no prefix) and its attributes as written */
  open(name: string, attributes: string): void;
  /** an element closes (right after `open` for `<x/>`) */
  close(name: string): void;
  /** text between tags, entities not decoded (CDATA comes escaped), possibly in pieces */
  text(raw: string): void;
}

/** A tag longer than this is no tag Excel writes (its longest hold a few hundred characters). */
export const TAG_LIMIT = 1024 * 1024;

const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;

/** Where the tag opened just before `from` ends (its `>`), skipping quoted attribute values; -1 if not yet in `data`. */
function tagEnd(data: string, from: number): number {
  for (let index = from; index < data.length; index++) {
    const code = data.charCodeAt(index);
    if (code === 0x3e) return index;
    if (code === 0x22 || code === 0x27) {
      const close = data.indexOf(code === 0x22 ? '"' : "'", index + 1);
      if (close < 0) return -1;
      index = close;
    }
  }
  return -1;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export class XmlScanner {
  /** the start of a tag (or comment, CDATA section) that the last chunk cut off */
  private pending = '';

  constructor(private readonly events: XmlEvents) {}

  write(chunk: string): void {
    const data = this.pending === '' ? chunk : this.pending + chunk;
    const { events } = this;
    let at = 0;
    while (at < data.length) {
      const lt = data.indexOf('<', at);
      if (lt < 0) {
        events.text(data.slice(at));
        at = data.length;
        break;
      }
      if (lt > at) events.text(data.slice(at, lt));
      at = lt;
      const next = data.charCodeAt(lt + 1);
      if (Number.isNaN(next)) break;
      if (next === 0x21 /* ! */) {
        const end = this.declaration(data, lt);
        if (end < 0) break;
        at = end;
        continue;
      }
      if (next === 0x3f /* ? */) {
        const end = data.indexOf('?>', lt + 2);
        if (end < 0) break;
        at = end + 2;
        continue;
      }
      const gt = tagEnd(data, lt + 1);
      if (gt < 0) break;
      if (next === 0x2f /* / */) {
        events.close(localName(data.slice(lt + 2, gt).trim()));
      } else {
        const selfClosing = data.charCodeAt(gt - 1) === 0x2f;
        const end = selfClosing ? gt - 1 : gt;
        let nameEnd = lt + 1;
        while (nameEnd < end && !isSpace(data.charCodeAt(nameEnd))) nameEnd++;
        const name = localName(data.slice(lt + 1, nameEnd));
        events.open(name, data.slice(nameEnd, end));
        if (selfClosing) events.close(name);
      }
      at = gt + 1;
    }
    this.pending = at < data.length ? data.slice(at) : '';
    if (this.pending.length > TAG_LIMIT) throw new XmlError('run-on');
  }

  /** The end of the input: a tag left open means the part was cut short. */
  end(): void {
    if (this.pending.trim() !== '') throw new XmlError('cut');
  }

  /** `<!--`, `<![CDATA[` or a declaration at `lt`: where it ends, or -1 when not yet in `data`. */
  private declaration(data: string, lt: number): number {
    if (data.startsWith('<!--', lt)) {
      const end = data.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (data.startsWith('<![CDATA[', lt)) {
      const end = data.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      this.events.text(
        data
          .slice(lt + 9, end)
          .replaceAll('&', '&amp;')
          .replaceAll('<', '&lt;'),
      );
      return end + 3;
    }
    // Too short to tell yet what it is.
    if (data.length - lt < 9) return -1;
    throw new XmlError('doctype');
  }
}

/**
 * The value of the first attribute whose name (as written, prefix included) passes `wanted`,
 * entities decoded. The attributes are read in order, so a value that holds `name="..."` is
 * never taken for an attribute.
 */
function findAttribute(attributes: string, wanted: (name: string) => boolean): string | undefined {
  let at = 0;
  while (at < attributes.length) {
    while (isSpace(attributes.charCodeAt(at))) at++;
    const equals = attributes.indexOf('=', at);
    if (equals < 0) return undefined;
    let quote = equals + 1;
    while (isSpace(attributes.charCodeAt(quote))) quote++;
    const mark = attributes[quote];
    if (mark !== '"' && mark !== "'") return undefined;
    const end = attributes.indexOf(mark, quote + 1);
    if (end < 0) return undefined;
    if (wanted(attributes.slice(at, equals).trimEnd())) return decodeEntities(attributes.slice(quote + 1, end));
    at = end + 1;
  }
  return undefined;
}

/** The value of attribute `name` (as written: `r`, `t`, `Target`), or undefined. */
export function attribute(attributes: string, name: string): string | undefined {
  return findAttribute(attributes, (written) => written === name);
}

/** The value of the attribute whose local name is `name`, whatever its prefix (`r:id`, `ns1:id`). */
export function prefixedAttribute(attributes: string, name: string): string | undefined {
  const suffix = `:${name}`;
  return findAttribute(attributes, (written) => written.endsWith(suffix));
}

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([\da-fA-F]{1,6}));/gu;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five entities and character references; a reference to no character is kept as written. */
export function decodeEntities(raw: string): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/gu, '\n') : raw;
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, named: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    if (named !== undefined) return NAMED[named]!;
    const code = decimal === undefined ? Number.parseInt(hex!, 16) : Number(decimal);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const ESCAPE = /_x([\da-fA-F]{4})_/gu;

/**
 * Excel's escapes in text: `_xHHHH_` is the UTF-16 code unit HHHH (a carriage return is
 * `_x000D_`, which XML could not keep), and `_x005F_` the underscore that escapes an escape
 * (`_x005F_x000D_` is the text `_x000D_`): left to right, each match consumes its underscores.
 */
export function decodeEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The text of `<t>` in a shared or inline string: entities, then Excel's escapes. */
export function stringText(raw: string): string {
  return decodeEscapes(decodeEntities(raw));
}
