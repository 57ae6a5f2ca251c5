/** Compare: the options commander parses for `clientfit compare`, imported by its index.ts and run.ts. */
import type { LeadFlags } from '../../define.js';

export interface CompareOptions extends Omit<LeadFlags, 'criteria'> {
  /** true: the default journal; a string: that file */
  readonly journal?: string | true;
  readonly outcome?: string;
  readonly good?: string[];
  readonly bad?: string[];
  readonly costBadAccepted: string;
  readonly format: 'text' | 'json';
}
