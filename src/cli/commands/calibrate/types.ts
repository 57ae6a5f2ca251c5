/** Calibrate: the options commander parses for `clientfit calibrate`, imported by its index.ts and run.ts. */
import type { LeadFlags } from '../../define.js';

export interface CalibrateOptions extends LeadFlags {
  /** true: the default journal; a string: that file */
  readonly journal?: string | true;
  readonly outcome?: string;
  /** --good/--bad: the outcome column's values (CRM statuses) that mean a good or a bad client */
  readonly good?: string[];
  readonly bad?: string[];
  readonly costBadAccepted: string;
  readonly threshold?: string;
  readonly drop?: string[];
  readonly optional?: string[];
  readonly format: 'text' | 'json';
}
