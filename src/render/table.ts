/** Plain, width-aware text tables for terminals and for `--format table`. */
import { stripVTControlCharacters } from 'node:util';
import { printableStyled } from './sanitize.js';

// Combining marks take no column; East Asian wide and emoji take two.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: lists the combining ranges themselves; replaced by Intl.Segmenter next
const ZERO_WIDTH = /[\u0300-\u036f\u0483-\u0489\u200b-\u200f\ufe00-\ufe0f]/gu;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/gu;

/** Kept here too: renderers import it with the table. One sanitiser: src/render/sanitize.ts. */
export { printable } from './sanitize.js';

export function textWidth(text: string): number {
  const plain = stripVTControlCharacters(text).replace(ZERO_WIDTH, '');
  let width = 0;
  for (const _ of plain) width++;
  return width + (plain.match(WIDE)?.length ?? 0);
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

/** Cuts text to a width, with an ellipsis when it was longer. */
export function truncate(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  if (width <= 1) return '…'.slice(0, width);
  let out = '';
  for (const character of stripVTControlCharacters(text)) {
    if (textWidth(out + character) > width - 1) break;
    out += character;
  }
  return `${out}…`;
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
}

/**
 * Lays out rows under headers, two spaces apart, fitting `maxWidth` by shrinking the
 * columns marked `shrink`. Cells may carry colour codes; widths ignore them.
 */
export function renderTable(columns: readonly Column[], given: readonly (readonly string[])[], maxWidth: number, indent = ''): string[] {
  // Cells are data: whatever a caller forgot, no control sequence but colour reaches the terminal.
  const rows = given.map((row) => row.map((cell) => printableStyled(cell, { singleLine: true })));
  // A loop, not Math.max(...rows): spreading 120,000 rows overflows the call stack.
  const widths = columns.map((column) => textWidth(printableStyled(column.header, { singleLine: true })));
  for (const row of rows) {
    widths.forEach((width, index) => {
      widths[index] = Math.max(width, textWidth(row[index] ?? ''));
    });
  }
  const total = (): number => widths.reduce((sum, width) => sum + width, 0) + 2 * (columns.length - 1) + indent.length;
  // Fair shares: the widest shrinkable column gives way, only down to the next widest, so
  // several long columns end up equally wide (a long name does not starve "failed").
  while (total() > maxWidth) {
    let widest = -1;
    let next = 8;
    columns.forEach((column, index) => {
      if (!column.shrink || widths[index]! <= 8) return;
      if (widest < 0 || widths[index]! > widths[widest]!) {
        if (widest >= 0) next = Math.max(next, widths[widest]!);
        widest = index;
      } else {
        next = Math.max(next, widths[index]!);
      }
    });
    if (widest < 0) break;
    widths[widest] = Math.max(next === widths[widest] ? next - 1 : next, 8, widths[widest]! - (total() - maxWidth));
  }
  const line = (cells: readonly string[]): string =>
    indent + cells.map((cell, index) => pad(truncate(cell, widths[index]!), widths[index]!, columns[index]!.align ?? 'left')).join('  ').trimEnd();
  return [line(columns.map((column) => printableStyled(column.header, { singleLine: true }))), ...rows.map(line)];
}
