/** Batch: the options commander parses for `clientfit batch`, imported by its index.ts and run.ts. */
import type { LeadFlags } from '../../define.js';

export type BatchFormat = 'csv' | 'jsonl' | 'json' | 'table';

export interface BatchOptions extends LeadFlags {
  readonly output?: string;
  readonly format?: BatchFormat;
  readonly only?: string;
  readonly failOn?: 'review' | 'reject';
  readonly strict?: boolean;
  readonly escapeFormulas: boolean;
  readonly outputEncoding?: string;
  readonly quiet?: boolean;
  readonly nameColumn?: string;
}
