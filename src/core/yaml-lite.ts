/**
 * A fast path for criteria files in front of the `yaml` library, as src/leads/scanner.ts is one in
 * front of the general CSV reader: a small reader for a strict subset of YAML that gives
 * exactly what yaml gives (`parseDocument(source, { uniqueKeys: true, strict: true, version:
 * '1.2' }).toJS({ maxAliasCount: 0 })`, for a source yaml reads with no error or warning), or
 * says the text is not its own (undefined) and yaml reads it as before.
 *
 * Why: `clientfit check` runs once and cold, and yaml running cold took about 76 million
 * instructions to read freelancer.yaml (of check's 843M; bare Node is 503M). A file in the
 * subset never reaches the general parser, so positions for problems never come from here:
 * load.ts re-reads any file with a problem through yaml.
 *
 * The subset (everything in criteria/, and what `clientfit init` writes): block mappings and
 * sequences (`- key: value` with the mapping's further keys under it), `#` comments, plain
 * scalars on one line, single- and double-quoted scalars on one line (`''`; the escapes
 * `\\ \" \/ \n \t`), flow sequences and mappings of scalars on one line, and literal block
 * scalars `|` and `|-`, with LF or CRLF line ends. Anything else, or anything it is not sure
 * of (tabs, a lone CR, a document marker, a tag, an anchor, a continuation line, a duplicate or
 * reserved key, a key that is not a string, a number in a form other than plain decimal), is
 * left to yaml. test/core/yaml-lite.test.ts compares it with yaml on random documents built
 * around the subset's edges.
 */

/** Left to yaml: thrown anywhere inside the reader, caught once at the top. */
class NotInSubset extends Error {}

function outside(): never {
  throw new NotInSubset();
}

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DOUBLE = 34;
const SINGLE = 39;
const BACKSLASH = 92;

/**
 * Keys that name JavaScript's own object machinery: in YAML input they are refused, never read
 * (load.ts reports them, so this reader leaves such files to yaml).
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deeper block nesting than any criteria file needs (load.ts allows as much flow nesting). */
const MAX_DEPTH = 100;

/** A key longer than this is left to yaml, which limits implicit keys to 1024 characters. */
const MAX_KEY = 1000;

/**
 * Characters outside plain printable text, or that YAML and JavaScript treat differently as
 * white space (JavaScript's `\s` takes U+00A0, YAML does not): a source with any is yaml's.
 */
function unusualCharacters(source: string): boolean {
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code < 0x20) {
      // CR only before LF: yaml reads CRLF as one line break, everywhere in the subset.
      if (code !== 10 && !(code === 13 && source.charCodeAt(index + 1) === 10)) return true;
    } else if (code >= 0x7f) {
      if (code <= 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000) return true;
      if (code === 0xfeff || code >= 0xfff0) return true;
      if (code >= 0xd800 && code <= 0xdbff) {
        const next = source.charCodeAt(index + 1);
        if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
        index++;
      } else if (code >= 0xdc00 && code <= 0xdfff) return true;
    }
  }
  return false;
}

/** Spaces at the start of a line. */
function indentOf(text: string): number {
  let at = 0;
  while (text.charCodeAt(at) === SPACE) at++;
  return at;
}

function skipSpaces(text: string, at: number): number {
  while (text.charCodeAt(at) === SPACE) at++;
  return at;
}

/** Without the spaces at its end (YAML's white space here is the space only: tabs were refused). */
function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === SPACE) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `- ` (or `-` ending the line) at `at`: a block sequence item. */
function isItem(text: string, at: number): boolean {
  return text.charCodeAt(at) === DASH && (at + 1 === text.length || text.charCodeAt(at + 1) === SPACE);
}

/** Characters that cannot start a plain scalar here (YAML's indicators), `-` only before a space. */
function checkPlainStart(text: string, at: number, flow: boolean): void {
  const character = text[at];
  if (character === undefined || '?:,[]{}#&*!|>\'"%@`'.includes(character)) outside();
  if (character === '-') {
    const next = text[at + 1];
    if (next === undefined || next === ' ' || (flow && ',[]{}'.includes(next))) outside();
  }
}

/** Whether a plain scalar's text could be one of the YAML 1.2 core schema's numbers. */
function numberLike(text: string): boolean {
  const first = text.charCodeAt(0);
  if (!((first >= 48 && first <= 57) || first === DASH || first === 43 || first === 46)) return false;
  for (let index = 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46 || code === 43 || code === DASH)) return false;
  }
  return true;
}

/** Decimal digits from `from` to `to`, at least one and at most 15 (always exact as a double). */
function digits(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 15) return false;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * A plain scalar's value as the core schema resolves it: null, booleans, and integers and
 * decimals in plain form (through parseInt and parseFloat, as yaml's own int and float tags do,
 * so `-0` is -0 and `1.0` is 1). Other number forms (`0x1f`, `.5`, `1e3`, `.inf`, long digit
 * runs) are left to yaml; text that merely starts like a number (`50% deposit`) is text.
 */
function resolvePlain(text: string): unknown {
  switch (text) {
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  if (!numberLike(text)) return text;
  const first = text.charCodeAt(0);
  const start = first === DASH || first === 43 ? 1 : 0;
  const dot = text.indexOf('.');
  if (dot < 0 && digits(text, start, text.length)) return Number.parseInt(text, 10);
  if (dot > 0 && digits(text, start, dot) && digits(text, dot + 1, text.length)) return Number.parseFloat(text);
  return outside();
}

/** A key as yaml would give it: a string, never a reserved name; `seen` holds the mapping's keys so far. */
function checkKey(key: string, map: Record<string, unknown>): void {
  if (key === '' || key.length > MAX_KEY || RESERVED_KEYS.has(key) || Object.hasOwn(map, key)) outside();
}

interface Scalar {
  readonly value: string;
  /** just past the closing quote */
  readonly end: number;
}

/** A quoted scalar that closes on its line. */
function quoted(text: string, at: number): Scalar {
  const quote = text.charCodeAt(at);
  let value = '';
  let from = at + 1;
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === quote) {
      if (quote === SINGLE && text.charCodeAt(index + 1) === SINGLE) {
        value += text.slice(from, index + 1);
        from = ++index + 1;
        continue;
      }
      return { value: value + text.slice(from, index), end: index + 1 };
    }
    if (code === BACKSLASH && quote === DOUBLE) {
      const escaped = text[index + 1];
      const meaning = escaped === '\\' ? '\\' : escaped === '"' ? '"' : escaped === '/' ? '/' : escaped === 'n' ? '\n' : escaped === 't' ? '\t' : outside();
      value += text.slice(from, index) + meaning;
      from = ++index + 1;
    }
  }
  return outside();
}

/** After a value on its line: nothing but spaces and a comment that follows a space. */
function checkRest(text: string, at: number): void {
  const next = skipSpaces(text, at);
  if (next === text.length) return;
  if (text.charCodeAt(next) !== HASH || next === at) outside();
}

interface Flow {
  readonly value: unknown;
  readonly end: number;
}

/** One scalar inside a flow collection: quoted, or plain up to `,` `]` `}`. */
function flowScalar(text: string, at: number): Flow {
  const code = text.charCodeAt(at);
  if (code === DOUBLE || code === SINGLE) {
    const scalar = quoted(text, at);
    return { value: scalar.value, end: scalar.end };
  }
  checkPlainStart(text, at, true);
  let index = at;
  for (; index < text.length; index++) {
    const character = text[index]!;
    if (character === ',' || character === ']' || character === '}') break;
    if (character === '[' || character === '{' || character === ':') outside();
    if (character === '#' && text.charCodeAt(index - 1) === SPACE) outside();
  }
  if (index === text.length) outside();
  return { value: resolvePlain(trimSpaces(text.slice(at, index))), end: index };
}

/** A flow sequence or mapping of scalars that closes on its line (`[a, "b c", 1]`, `{ value: x, points: 20 }`). */
function flow(text: string, at: number): Flow {
  const mapping = text[at] === '{';
  const close = mapping ? '}' : ']';
  const items: unknown[] = [];
  const map: Record<string, unknown> = {};
  let index = skipSpaces(text, at + 1);
  if (text[index] === close) return { value: mapping ? map : items, end: index + 1 };
  for (;;) {
    if (mapping) {
      let key: string;
      const code = text.charCodeAt(index);
      if (code === DOUBLE || code === SINGLE) {
        const scalar = quoted(text, index);
        key = scalar.value;
        index = scalar.end;
      } else {
        checkPlainStart(text, index, true);
        const colon = text.indexOf(':', index);
        if (colon < 0) outside();
        const written = text.slice(index, colon);
        if (/[,[\]{}#]/u.test(written)) outside();
        const resolved = resolvePlain(trimSpaces(written));
        if (typeof resolved !== 'string') outside();
        key = resolved;
        index = colon;
      }
      if (text.charCodeAt(index) !== COLON || text.charCodeAt(index + 1) !== SPACE) outside();
      checkKey(key, map);
      const value = flowScalar(text, skipSpaces(text, index + 1));
      map[key] = value.value;
      index = value.end;
    } else {
      const value = flowScalar(text, index);
      items.push(value.value);
      index = value.end;
    }
    index = skipSpaces(text, index);
    const character = text[index];
    if (character === close) return { value: mapping ? map : items, end: index + 1 };
    if (character !== ',') outside();
    index = skipSpaces(text, index + 1);
    if (text[index] === close) outside();
  }
}

/** The reader's place in the source's lines. */
class Reader {
  private line = 0;

  constructor(private readonly lines: string[]) {}

  /**
   * Moves to the next line with content (past blank lines and comment lines) and gives its
   * indentation, or -1 at the end of the text.
   */
  nextContent(): number {
    const lines = this.lines;
    for (; this.line < lines.length; this.line++) {
      const text = lines[this.line]!;
      const indent = indentOf(text);
      if (indent === text.length) continue;
      if (indent === 0 && (text.startsWith('---') || text.startsWith('...') || text.startsWith('%'))) outside();
      if (text.charCodeAt(indent) === HASH) continue;
      return indent;
    }
    return -1;
  }

  /** How many block collections hold the current one: past MAX_DEPTH, yaml reads the text (and its guards apply). */
  private depth = 0;

  /** The block collection whose first line is the current one, at indentation `indent`. */
  private block(indent: number): unknown {
    // `- - - - …` nests a level every two characters: without a bound, the stack would overflow.
    if (++this.depth > MAX_DEPTH) outside();
    const value = isItem(this.lines[this.line]!, indent) ? this.sequence(indent) : this.mapping(indent);
    this.depth--;
    return value;
  }

  /** A block mapping at `indent`: `key: value` lines, until a line less indented. */
  mapping(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (;;) {
      const at = this.nextContent();
      if (at < indent) return map;
      if (at > indent) outside();
      const text = this.lines[this.line]!;
      let key: string;
      let colon: number;
      const code = text.charCodeAt(indent);
      if (code === DOUBLE || code === SINGLE) {
        const scalar = quoted(text, indent);
        key = scalar.value;
        colon = scalar.end;
        if (text.charCodeAt(colon) !== COLON) outside();
      } else {
        checkPlainStart(text, indent, false);
        colon = keyEnd(text, indent);
        const resolved = resolvePlain(trimSpaces(text.slice(indent, colon)));
        if (typeof resolved !== 'string') outside();
        key = resolved;
      }
      if (colon + 1 < text.length && text.charCodeAt(colon + 1) !== SPACE) outside();
      if (colon - indent > MAX_KEY) outside();
      checkKey(key, map);
      map[key] = this.value(text, colon + 1, indent);
    }
  }

  /** A block sequence at `indent`: `- item` lines, until a line that is not one. */
  private sequence(indent: number): unknown[] {
    const items: unknown[] = [];
    for (;;) {
      const at = this.nextContent();
      if (at < indent) return items;
      if (at > indent) outside();
      const text = this.lines[this.line]!;
      // A key at the indentation of a sequence that is its value (`key:\n- a\nnext: b`).
      if (!isItem(text, indent)) return items;
      const start = skipSpaces(text, indent + 1);
      if (start === text.length) outside();
      const code = text.charCodeAt(start);
      if (code === HASH || code === 124 || code === 62) outside();
      if (isItem(text, start) || this.startsMapping(text, start)) {
        // `- key: value` and `- - a` are a collection at the column after the dash.
        this.lines[this.line] = ' '.repeat(start) + text.slice(start);
        items.push(this.block(start));
      } else {
        items.push(this.inline(text, start));
      }
    }
  }

  /** Whether an item's text is a key (`- id: x`, `- "a b": x`) rather than a scalar. */
  private startsMapping(text: string, at: number): boolean {
    const code = text.charCodeAt(at);
    if (code === 91 || code === 123) return false;
    if (code === DOUBLE || code === SINGLE) {
      const end = quoted(text, at).end;
      return text.charCodeAt(end) === COLON;
    }
    for (let index = at; index < text.length; index++) {
      const character = text.charCodeAt(index);
      if (character === COLON && (index + 1 === text.length || text.charCodeAt(index + 1) === SPACE)) return true;
      if (character === HASH && text.charCodeAt(index - 1) === SPACE) return false;
    }
    return false;
  }

  /** A value after `key:`: on the line, or below it. */
  private value(text: string, at: number, indent: number): unknown {
    const start = skipSpaces(text, at);
    if (start === text.length || text.charCodeAt(start) === HASH) {
      this.line++;
      const next = this.nextContent();
      if (next > indent) return this.block(next);
      if (next === indent && isItem(this.lines[this.line]!, indent)) return this.sequence(indent);
      return null;
    }
    if (text.charCodeAt(start) === 124) return this.literal(text, start, indent);
    return this.inline(text, start);
  }

  /** A scalar or flow collection that ends on its line. */
  private inline(text: string, at: number): unknown {
    const code = text.charCodeAt(at);
    let value: unknown;
    if (code === 91 || code === 123) {
      const collection = flow(text, at);
      checkRest(text, collection.end);
      value = collection.value;
    } else if (code === DOUBLE || code === SINGLE) {
      const scalar = quoted(text, at);
      checkRest(text, scalar.end);
      value = scalar.value;
    } else {
      checkPlainStart(text, at, false);
      let end = text.length;
      for (let index = at; index < text.length; index++) {
        const character = text.charCodeAt(index);
        if (character === COLON && (index + 1 === text.length || text.charCodeAt(index + 1) === SPACE)) outside();
        if (character === HASH && text.charCodeAt(index - 1) === SPACE) {
          end = index;
          break;
        }
      }
      value = resolvePlain(trimSpaces(text.slice(at, end)));
    }
    this.line++;
    return value;
  }

  /**
   * A literal block scalar (`|` keeps one final line break, `|-` none) whose first line has
   * text, more indented than its key. Trailing blank lines are not part of it.
   */
  private literal(text: string, at: number, indent: number): string {
    let index = at + 1;
    const strip = text.charCodeAt(index) === DASH;
    if (strip) index++;
    checkRest(text, index);
    const lines = this.lines;
    const first = lines[++this.line];
    if (first === undefined) outside();
    const margin = indentOf(first);
    if (margin === first.length || margin <= indent) outside();
    const content: string[] = [];
    let kept = 0;
    for (; this.line < lines.length; this.line++) {
      const line = lines[this.line]!;
      const spaces = indentOf(line);
      if (spaces === line.length) {
        if (spaces > margin) outside();
        content.push('');
        continue;
      }
      if (spaces < margin) break;
      // The last line of a text without a final line break: chomping it is yaml's business.
      if (this.line === lines.length - 1) outside();
      content.push(line.slice(margin));
      kept = content.length;
    }
    content.length = kept;
    return strip ? content.join('\n') : `${content.join('\n')}\n`;
  }
}

/** Where a plain key ends: the `:` followed by a space or the end of the line. */
function keyEnd(text: string, at: number): number {
  for (let index = at; index < text.length; index++) {
    const character = text[index]!;
    if (character === ':') {
      if (index + 1 === text.length || text.charCodeAt(index + 1) === SPACE) return index;
      outside();
    }
    if ('#[]{},"\''.includes(character)) outside();
  }
  return outside();
}

/**
 * The value of a YAML text in the subset, or undefined when the text is outside it (then yaml
 * reads it). The text's top level is a block mapping.
 */
export function readSimpleYaml(source: string): { readonly value: unknown } | undefined {
  if (unusualCharacters(source)) return undefined;
  const reader = new Reader((source.includes('\r') ? source.replaceAll('\r\n', '\n') : source).split('\n'));
  try {
    if (reader.nextContent() !== 0) return undefined;
    const value = reader.mapping(0);
    if (reader.nextContent() !== -1) return undefined;
    return { value };
  } catch (error) {
    if (error instanceof NotInSubset) return undefined;
    throw error;
  }
}
