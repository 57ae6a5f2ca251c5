/** Plain, width-aware text tables for terminals and for `--format table`. */
import { printableStyled } from './sanitize.js';

// Node's util without its ES module face: `import … from 'node:util'` works out every export
// first, and on Node 24 `util.diff` makes process.stderr (a socket on a pipe) for its colours.
const { stripVTControlCharacters } = process.getBuiltinModule('node:util');

// Width in terminal columns, per grapheme cluster (what a person sees as one character): combining
// marks, zero-width and format characters take none; East Asian wide and fullwidth characters and
// emoji (with emoji presentation, a VS16, a keycap, a flag, or a ZWJ sequence) take two.
// Not string-width: v4 (in node_modules through @inquirer/core) counts a ZWJ family as 6 or more
// columns, and v7 adds emoji-regex and get-east-asian-width to the bundle; Intl.Segmenter is built in.
// The Segmenter costs about 18 ms to create (ICU data) and segmenting is about 3x slower than
// counting code points, so it is made on first need, and text without anything that joins
// characters into a cluster (all ASCII, most names) is counted as before, at the same speed.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{1b000}-\u{1b2ff}\u{1f200}-\u{1f2ff}\u{20000}-\u{3fffd}]|\p{Emoji_Presentation}/u;
const ZERO_WIDTH = /^[\p{M}\p{Cf}\p{Default_Ignorable_Code_Point}]+$/u;
/** Characters that join a cluster with their neighbour: marks, ZWJ and variation selectors, skin tones, flags' halves, Hangul jamo. */
const JOINS = /[\p{M}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Emoji_Modifier}\p{Regional_Indicator}\u1160-\u11ff\ud7b0-\ud7ff]/u;
/** An emoji drawn as a picture: emoji presentation, or text-default emoji with VS16, a keycap or a ZWJ. */
const EMOJI_CLUSTER = /\p{Emoji_Presentation}|\p{Regional_Indicator}|\p{Extended_Pictographic}.*[\ufe0f\u200d]|\u20e3/u;
const ASCII = /^[\x20-\x7e]*$/u;

const WIDE_ALL = new RegExp(WIDE.source, 'gu');

let segmenter: Intl.Segmenter | undefined;

function clusters(text: string): Iterable<string> {
  if (!JOINS.test(text)) return text;
  segmenter ??= new Intl.Segmenter();
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

function clusterWidth(cluster: string): number {
  if (cluster.length === 1 && cluster < '\u0300') return 1;
  if (ZERO_WIDTH.test(cluster)) return 0;
  if (EMOJI_CLUSTER.test(cluster)) return 2;
  return WIDE.test(cluster) ? 2 : 1;
}

/** Kept here too: renderers import it with the table. One sanitiser: src/render/sanitize.ts. */
export { printable } from './sanitize.js';

export function textWidth(text: string): number {
  const plain = stripVTControlCharacters(text);
  if (ASCII.test(plain)) return plain.length;
  if (!JOINS.test(plain)) {
    // every code point is a cluster of its own: one column each, two for the wide ones
    let count = 0;
    for (const _ of plain) count++;
    return count + (plain.match(WIDE_ALL)?.length ?? 0);
  }
  let width = 0;
  for (const cluster of clusters(plain)) width += clusterWidth(cluster);
  return width;
}

/**
 * Word-wraps prose to `width` columns, prefixes included: `first` starts the first line, `rest`
 * the others (a hanging indent). A word longer than a line keeps a line of its own.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const candidate = empty ? line + word : `${line} ${word}`;
    if (!empty && textWidth(candidate) > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line = candidate;
    }
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines;
}

/** Splits styled text after `count` visible characters (colour codes do not count). */
function splitVisible(text: string, count: number): [string, string] {
  let seen = 0;
  let at = 0;
  while (at < text.length && seen < count) {
    const escape = /^\u001b\[[0-9;]*m/u.exec(text.slice(at));
    if (escape !== null) at += escape[0].length;
    else {
      at += text.codePointAt(at)! > 0xffff ? 2 : 1;
      seen++;
    }
  }
  return [text.slice(0, at), text.slice(at)];
}

/**
 * Fits text to a terminal `width` columns wide, line by line, so that the terminal never cuts a
 * line inside a word: a line that fits stays as it is; a longer one is word-wrapped (with wrap())
 * under where its text starts: after the indent and a list mark (`- `), or after the first gap of
 * two spaces or more of a "term  description" line (help, a banner, a label column) when that
 * leaves room. Its first line keeps its own spacing. A word longer than a line (a path, a
 * command) keeps a line of its own, whole.
 */
export function fitLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (textWidth(line) <= width) return line;
      const plain = stripVTControlCharacters(line);
      const gap = /^(\s*\S.*?\s{2,})\S/u.exec(plain)?.[1];
      const lead = /^\s*(?:[-•*] )?/u.exec(plain)![0];
      if (gap !== undefined && textWidth(gap) > width - 20) {
        // A term too wide to hang its description beside (help's examples): the term on a line of its own, the description under it.
        const [term, rest] = splitVisible(line, [...gap].length);
        const indent = ' '.repeat(textWidth(lead) + 4);
        return [...wrap(term, width, lead, indent), ...wrap(rest, width, indent)].join('\n');
      }
      const hang = gap ?? lead;
      const [head, rest] = splitVisible(line, [...hang].length);
      return wrap(rest, width, head, ' '.repeat(textWidth(hang))).join('\n');
    })
    .join('\n');
}

/** Cuts text to a width, with an ellipsis when it was longer. */
export function truncate(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  if (width <= 1) return '…'.slice(0, width);
  let out = '';
  let used = 0;
  for (const cluster of clusters(stripVTControlCharacters(text))) {
    used += clusterWidth(cluster);
    if (used > width - 1) break;
    out += cluster;
  }
  return `${out}…`;
}

/**
 * A line of a wrapped cell that is still wider than its column (one word: check's
 * `«бесплатно»/«бесплатная»` at 60 columns) in pieces that fit, after a `/` or `-` where one
 * falls in the piece, else at the width: in a column whose cells wrap nothing is cut. Coloured
 * text is left to truncate(), whose escape codes a split could tear.
 */
function breakWord(line: string, width: number): string[] {
  if (textWidth(line) <= width || width < 2 || line !== stripVTControlCharacters(line)) return [line];
  const pieces: string[] = [];
  let piece: string[] = [];
  let used = 0;
  for (const cluster of Array.from(clusters(line))) {
    const size = clusterWidth(cluster);
    if (used + size > width && piece.length > 0) {
      const after = Math.max(piece.lastIndexOf('/'), piece.lastIndexOf('-'));
      const cut = after > 0 && after < piece.length - 1 ? after + 1 : piece.length;
      pieces.push(piece.slice(0, cut).join(''));
      piece = piece.slice(cut);
      used = piece.reduce((sum, kept) => sum + clusterWidth(kept), 0);
    }
    piece.push(cluster);
    used += size;
  }
  if (piece.length > 0) pieces.push(piece.join(''));
  return pieces;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const gap = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'right' ? gap + text : text + gap;
}

export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
  /** may be cut to fit the terminal (the widest such column shrinks first) */
  readonly shrink?: boolean;
  /** a cell wider than its column wraps at word boundaries onto lines of its own rather than being cut (the other cells stay on the first) */
  readonly wrap?: boolean;
  /**
   * may be left out when the table cannot fit even with every `shrink` column at its least:
   * the highest first, 0 never. A number cut to `12…` misleads; a column left out only goes unseen.
   */
  readonly drop?: number;
  /** a `shrink` column's narrowest (default 8): row labels such as ids, kept whole while a `drop` column can go instead */
  readonly least?: number;
}

/** Columns shrink no narrower than this, unless they say otherwise. */
const LEAST = 8;

/**
 * Lays out rows under headers, two spaces apart, fitting `maxWidth` by shrinking the columns
 * marked `shrink` (after leaving out those marked `drop`, when shrinking alone cannot fit).
 * Cells may carry colour codes; widths ignore them.
 */
export function renderTable(allColumns: readonly Column[], given: readonly (readonly string[])[], maxWidth: number, indent = ''): string[] {
  // Cells are data: whatever a caller forgot, no control sequence but colour reaches the terminal.
  const allRows = given.map((row) => row.map((cell) => printableStyled(cell, { singleLine: true })));
  const allHeaders = allColumns.map((column) => printableStyled(column.header, { singleLine: true }));
  // A loop, not Math.max(...rows): spreading 120,000 rows overflows the call stack.
  const cellWidths = allColumns.map(() => 0);
  for (const row of allRows) {
    cellWidths.forEach((width, index) => {
      cellWidths[index] = Math.max(width, textWidth(row[index] ?? ''));
    });
  }
  const allWidths = allColumns.map((_, index) => Math.max(cellWidths[index]!, textWidth(allHeaders[index]!)));
  // A header wider than its cells may wrap onto lines of its own, down to its longest word:
  // nothing is lost that way, so it gives way before any cell is cut.
  const headerLeast = allHeaders.map((header, index) => Math.min(allWidths[index]!, Math.max(cellWidths[index]!, ...header.split(/\s+/u).map(textWidth))));
  // Columns that may be left out go, highest first, while even the least the others can come to is too wide.
  let kept = allColumns.map((_, index) => index);
  let gap = 2;
  const floor = allColumns.map((column, index) => Math.min(allWidths[index]!, column.least ?? LEAST));
  const least = (): number =>
    kept.reduce((sum, index) => sum + (allColumns[index]!.shrink ? Math.min(headerLeast[index]!, floor[index]!) : headerLeast[index]!), 0) + gap * (kept.length - 1) + indent.length;
  const droppable = allColumns.flatMap((column, index) => ((column.drop ?? 0) > 0 ? [{ index, rank: column.drop! }] : [])).sort((a, b) => b.rank - a.rank);
  for (const { index } of droppable) {
    // One column always stays: a table of none would print blank lines.
    if (least() <= maxWidth || kept.length === 1) break;
    kept = kept.filter((at) => at !== index);
  }
  // Still too wide: one space between columns, the same on every line (the terminal's own
  // squeeze would close up each line on its own, and the figures would leave their headers).
  if (least() > maxWidth) gap = 1;
  const columns = kept.map((index) => allColumns[index]!);
  const headers = kept.map((index) => allHeaders[index]!);
  const widths = kept.map((index) => allWidths[index]!);
  const floors = kept.map((index) => floor[index]!);
  const rows = kept.length === allColumns.length ? allRows : allRows.map((row) => kept.map((index) => row[index] ?? ''));
  const total = (): number => widths.reduce((sum, width) => sum + width, 0) + gap * (columns.length - 1) + indent.length;
  // Headers wider than their cells wrap first, the widest overhang first.
  const overhang = kept.map((index, at) => ({ at, spare: allWidths[index]! - headerLeast[index]! })).sort((a, b) => b.spare - a.spare);
  for (const { at, spare } of overhang) {
    const over = total() - maxWidth;
    if (over <= 0) break;
    widths[at] = widths[at]! - Math.min(over, spare);
  }
  // Fair shares: the widest shrinkable column gives way, only down to the next widest, so
  // several long columns end up equally wide (a long name does not starve "failed").
  while (total() > maxWidth) {
    let widest = -1;
    let next = 0;
    columns.forEach((column, index) => {
      if (!column.shrink || widths[index]! <= floors[index]!) return;
      if (widest < 0 || widths[index]! > widths[widest]!) {
        if (widest >= 0) next = Math.max(next, widths[widest]!);
        widest = index;
      } else {
        next = Math.max(next, widths[index]!);
      }
    });
    if (widest < 0) break;
    widths[widest] = Math.max(next === widths[widest] ? next - 1 : next, floors[widest]!, widths[widest]! - (total() - maxWidth));
  }
  // Last, a one-word header wider than its figures is cut (`βαθμολ…` over `37`): the figures never are.
  for (const at of widths.map((_, index) => index).sort((a, b) => widths[b]! - cellWidths[kept[b]!]! - (widths[a]! - cellWidths[kept[a]!]!))) {
    const over = total() - maxWidth;
    if (over <= 0) break;
    widths[at] = widths[at]! - Math.max(0, Math.min(over, widths[at]! - Math.max(cellWidths[kept[at]!]!, 5)));
  }
  const line = (cells: readonly string[]): string =>
    indent +
    cells
      .map((cell, index) => pad(truncate(cell, widths[index]!), widths[index]!, columns[index]!.align ?? 'left'))
      .join(' '.repeat(gap))
      .trimEnd();
  const wrapped = (cells: readonly string[]): string[] => {
    const parts = cells.map((cell, index) => (columns[index]!.wrap && textWidth(cell) > widths[index]! ? wrap(cell, widths[index]!).flatMap((part) => breakWord(part, widths[index]!)) : [cell]));
    const height = Math.max(...parts.map((part) => part.length));
    return Array.from({ length: height }, (_, at) => line(parts.map((part) => part[at] ?? '')));
  };
  // A header wider than its column wraps at its spaces, bottom-aligned over its cells.
  const headerParts = headers.map((header, index) => (textWidth(header) > widths[index]! ? wrap(header, widths[index]!) : [header]));
  const headerHeight = Math.max(...headerParts.map((part) => part.length));
  const header = Array.from({ length: headerHeight }, (_, at) => line(headerParts.map((part) => part[at - (headerHeight - part.length)] ?? '')));
  if (!columns.some((column) => column.wrap)) return [...header, ...rows.map(line)];
  return [...header, ...rows.flatMap(wrapped)];
}
