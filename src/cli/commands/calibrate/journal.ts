/**
 * `clientfit calibrate --journal`: each decision re-scored from its answers by every calibrator
 * (the file's criteria, and the what-if ones) with its recorded outcome. Returns the note the
 * report's heading gives the journal.
 */
import { UserError } from '../../../errors.js';
import { counted, plain } from '../../../render/locale.js';
import { displayPath, type LoadedCriteria } from '../../criteria-file.js';
import type { IO } from '../../io.js';
import { journalPath, readDecisions } from '../../journal.js';
import { add, type Lens } from './lens.js';

export function scoreJournal(io: IO, journal: string | true, loaded: LoadedCriteria, lenses: (options: object) => Lens[]): string {
  const t = io.voice.words.calibrate;
  const path = journalPath(io, journal === true ? undefined : journal);
  const { journal: file, entries } = readDecisions(io, path);
  if (!file.exists) throw new UserError(t.errors.noJournal({ path }));
  // Journal answers are typed already: none of the CSV's reading settings (decimal comma,
  // columns scored unknown by --allow-missing) apply to them.
  const targets = lenses({});
  const label = displayPath(io, path);
  const sources = targets.map((target) => target.calibrator.source({ kind: 'journal', label }));
  let withOutcome = 0;
  // Each decision stores the sha256 of the criteria file it was made under.
  let otherCriteria = 0;
  for (const { decision, outcome } of entries) {
    if (decision.criteria.sha256 !== loaded.sha256) otherCriteria++;
    // Decisions are re-scored from their answers with the criteria as they are now.
    const values = loaded.criteria.criteria.map((criterion) => decision.answers[criterion.id]);
    if (outcome !== undefined) withOutcome++;
    for (const target of targets) add(target, values, outcome?.outcome);
  }
  targets.forEach((target, index) => target.calibrator.describeSource(sources[index]!, { kind: 'journal', label, otherCriteria }));
  const other = otherCriteria === 0 ? '' : t.otherCriteriaNote({ count: counted(io.voice.lang, otherCriteria) });
  return t.journalDecisions({ count: counted(io.voice.lang, entries.length), withOutcome: plain(io.voice.lang, withOutcome), other });
}
