/**
 * What the CSV library refuses, as typed problems: csv/ names no flag and words nothing a person
 * reads. The edge words them (src/render/csv-problem.ts) and decides the exit code; the lead
 * pipeline (src/leads/open.ts) turns a CsvError into the error the command reports.
 */

/** Bytes the decoder cannot read. */
export type Undecodable =
  /** a single-byte code page leaves this byte undefined */
  | { readonly kind: 'undefined-byte'; readonly byte: string; readonly encoding: string }
  /** UTF-16: half a character at the end, or half of a surrogate pair */
  | { readonly kind: 'utf16-half' | 'utf16-surrogate'; readonly name: string; readonly bytes: string }
  /** not valid UTF-8 (`more`: the sequence may go on past the bytes shown) */
  | { readonly kind: 'utf8'; readonly bytes: string; readonly more: boolean };

export type CsvProblem =
  /** an encoding label no decoder knows (a usage problem) */
  | { readonly code: 'unknown-encoding'; readonly label: string }
  /** a delimiter that is not one character (a usage problem) */
  | { readonly code: 'invalid-delimiter'; readonly value: string }
  /** several delimiters fit the sample equally well */
  | { readonly code: 'ambiguous-delimiter'; readonly where: string; readonly tied: readonly { readonly delimiter: string; readonly columns: number }[] }
  /** NUL bytes: probably UTF-16 without a BOM */
  | { readonly code: 'nul-bytes'; readonly source: string; readonly line: number }
  | { readonly code: 'undecodable'; readonly source: string; readonly line: number; readonly bytes: Undecodable }
  | { readonly code: 'unclosed-quote' | 'text-after-quote'; readonly source: string; readonly line: number }
  /** a record past the reader's limit: no quote open, or one opened on `line` */
  | { readonly code: 'record-too-long' | 'record-runs-on'; readonly source: string; readonly line: number; readonly limitMiB: number };

/** The problems that are a wrong value given by the user rather than bad data. */
export function isUsageProblem(problem: CsvProblem): boolean {
  return problem.code === 'unknown-encoding' || problem.code === 'invalid-delimiter';
}

export class CsvError extends Error {
  constructor(readonly problem: CsvProblem) {
    super(problem.code);
    this.name = 'CsvError';
  }
}
