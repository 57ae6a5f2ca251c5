import type { DialectName } from '../../../sql/dialect.js';

/** Sql: the options commander parses for `clientfit sql`, imported by its index.ts and run.ts. */

export interface SqlFlags {
  readonly criteria?: string;
  readonly dialect: DialectName;
  readonly from?: string;
  readonly table?: string;
  readonly view?: string;
  readonly map?: string[];
  readonly columns?: string;
  readonly encoding?: string;
  readonly delimiter?: string;
  readonly decimalComma?: boolean;
  readonly allowMissing?: boolean;
  readonly checkView?: string;
  readonly dbtRef?: string;
  readonly dbtSource?: string;
}
