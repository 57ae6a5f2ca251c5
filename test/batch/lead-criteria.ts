/** The criteria the batch file tests score with: a must-have yes/no, a number and a text with a red flag, each naming its column. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LEAD_CRITERIA = [
  'version: 1',
  'thresholds: { accept: 70, review: 40 }',
  'criteria:',
  '  - { id: polite, question: Polite?, type: yes-no, must: true, column: [polite] }',
  '  - { id: budget, question: Budget?, type: number, min: 100, column: [budget] }',
  '  - { id: notes, question: Notes?, type: text, red_flags: [discount, скидк], column: [notes] }',
  '',
].join('\n');

/** Writes them as `dir`/clientfit.yaml. */
export function writeLeadCriteria(dir: string): void {
  writeFileSync(join(dir, 'clientfit.yaml'), LEAD_CRITERIA);
}
