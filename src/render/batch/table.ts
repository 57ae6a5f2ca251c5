/** `clientfit batch --format table`: the first rows as a table for a person, the rest counted. */
import type { AllWords } from '../../i18n/index.js';
import type { Result } from '../../core/score.js';
import type { BatchSink, ScoredRow } from './sink.js';
import { createStyle, verdictColor } from '../style.js';
import { printable, renderTable } from '../table.js';

/** Rows kept for the terminal table; the rest are counted under it. */
export const TABLE_ROWS = 20;

export interface TableOptions {
  /** colour level: 0 when the table goes into a file */
  readonly colorLevel: 0 | 1 | 2 | 3;
  /** columns to cut to (Infinity into a file) */
  readonly width: number;
  /** the columns that label a row, and their header */
  readonly name: { readonly header: string; readonly indexes: readonly number[] };
}

/** The failed criteria's ids; one failed by a red flag with the words it matched (`notes «скидку»`), not the list's stem. */
function failedText(t: AllWords['batch']['table'], result: Result): string {
  return result.failed
    .map((id) => {
      const reason = result.results.find((entry) => entry.id === id)?.reason;
      return reason?.code === 'red-flag' ? t.redFlag({ id, words: printable(reason.words) }) : id;
    })
    .join(', ');
}

export function tableSink(t: AllWords['batch'], options: TableOptions): BatchSink {
  const rows: ScoredRow[] = [];
  const style = createStyle(options.colorLevel);
  const { name } = options;
  return {
    start: () => '',
    row(row) {
      if (rows.length < TABLE_ROWS) rows.push(row);
      return '';
    },
    end(kept) {
      const body = rows.map(({ record, result }) => [
        String(record.line),
        printable(
          name.indexes
            .map((index) => record.fields[index] ?? '')
            .join(' ')
            .trim(),
        ),
        String(result.score),
        verdictColor(style, result.verdict)(t.verdicts[result.verdict]),
        failedText(t.table, result),
        [...result.unknown, ...result.invalid].join(', '),
      ]);
      const lines = renderTable(
        [
          { header: t.table.line, align: 'right' },
          { header: printable(name.header) || t.table.name, shrink: true },
          { header: t.table.score, align: 'right' },
          { header: t.table.verdict },
          { header: t.table.failed, shrink: true },
          { header: t.table.toAsk, shrink: true },
        ],
        body,
        options.width,
      );
      if (kept > rows.length) {
        lines.push(style.dim(t.table.more({ count: kept - rows.length })));
      }
      return `${lines.join('\n')}\n`;
    },
  };
}
