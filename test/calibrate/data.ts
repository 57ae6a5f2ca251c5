/** Small hand-computed data sets for the calibration tests. */
import { readFileSync } from 'node:fs';
import { Calibrator, type ClientOutcome } from '../../src/core/calibrate.js';
import type { Criteria } from '../../src/core/criteria.js';
import { loadCriteria } from '../../src/core/load.js';
import { createScorer } from '../../src/core/score.js';

/**
 * Recommend by outcomes from a single good and bad one: the hand-computed sets are small on
 * purpose, and the default minimum (MIN_OUTCOMES_EACH) is tested on its own.
 */
export const FEW = { minOutcomesEach: 1 } as const;

export function criteriaFrom(yaml: string): Criteria {
  const loaded = loadCriteria(yaml);
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => `${problem.line}:${problem.col} ${problem.problem.code}`).join('\n'));
  return loaded.criteria;
}

export function freelancer(): Criteria {
  return criteriaFrom(readFileSync(new URL('../../criteria/freelancer.yaml', import.meta.url), 'utf8'));
}

/**
 * Points add up to 100, so a score is simply the points earned:
 * pays (must, 40) + polite (30) + budget ≥ 1000 (30). Accept 70, review 40.
 */
export function smallYaml(extra = ''): string {
  return `version: 1
thresholds: { accept: 70, review: 40 }
${extra}
criteria:
  - { id: pays, question: Pays a deposit?, type: yes-no, must: true, points: 40 }
  - { id: polite, question: Polite?, type: yes-no, points: 30 }
  - { id: budget, question: Budget?, type: number, min: 1000, points: 30 }
`;
}

export interface Lead {
  readonly name: string;
  readonly answers: Record<string, unknown>;
  readonly outcome?: ClientOutcome;
}

/**
 *      pays polite budget  score verdict  clean  outcome
 *  A   yes  yes    2000    100   accept   yes    good
 *  B   yes  no     2000     70   accept   yes    bad
 *  C   yes  yes     500     70   accept   yes    good
 *  D   yes  no      500     40   review   yes    good
 *  E   no   yes    2000     60   reject   no     good
 *  F   ?    yes    2000     60   review   no     bad    (must open: potential 100)
 *  G   no   no      500      0   reject   no     bad
 *  H   yes  no      ?       40   review   yes    —      (potential 70, budget is not a must)
 *  I   yes  yes     ?       70   accept   yes    bad
 *  J   no   yes     500     30   reject   no     bad
 */
export const SMALL: readonly Lead[] = [
  { name: 'A', answers: { pays: 'yes', polite: 'yes', budget: 2000 }, outcome: 'good' },
  { name: 'B', answers: { pays: 'yes', polite: 'no', budget: 2000 }, outcome: 'bad' },
  { name: 'C', answers: { pays: 'yes', polite: 'yes', budget: 500 }, outcome: 'good' },
  { name: 'D', answers: { pays: 'yes', polite: 'no', budget: 500 }, outcome: 'good' },
  { name: 'E', answers: { pays: 'no', polite: 'yes', budget: 2000 }, outcome: 'good' },
  { name: 'F', answers: { pays: '?', polite: 'yes', budget: 2000 }, outcome: 'bad' },
  { name: 'G', answers: { pays: 'no', polite: 'no', budget: 500 }, outcome: 'bad' },
  { name: 'H', answers: { pays: 'yes', polite: 'no', budget: '?' } },
  { name: 'I', answers: { pays: 'yes', polite: 'yes', budget: '' }, outcome: 'bad' },
  { name: 'J', answers: { pays: 'no', polite: 'yes', budget: 500 }, outcome: 'bad' },
];

/** SMALL ten times over: the same shares, narrower intervals (40 of 100 accepted: 31% to 50%). */
export const HUNDRED: readonly Lead[] = Array.from({ length: 10 }, () => SMALL).flat();

export function calibrate(criteria: Criteria, leads: readonly Lead[], withOutcomes = true): Calibrator {
  const scorer = createScorer(criteria);
  const calibrator = new Calibrator(criteria);
  for (const lead of leads) calibrator.add(scorer.scoreAnswers(lead.answers), withOutcomes ? lead.outcome : undefined);
  return calibrator;
}

/**
 * One lead at every score 0..100 (a single choice criterion worth 0..100 points and a
 * zero-point must-have that always passes); good exactly when the score is at least `goodFrom`.
 */
export function ladderYaml(accept = 50): string {
  const options = Array.from({ length: 101 }, (_, points) => `      - { value: s${points}, points: ${points} }`).join('\n');
  return `version: 1
thresholds: { accept: ${accept}, review: 30 }
criteria:
  - { id: pays, question: Pays?, type: yes-no, must: true, points: 0 }
  - id: fit
    question: How good a fit?
    type: choice
    options:
${options}
`;
}

export function ladder(goodFrom: number): Lead[] {
  return Array.from({ length: 101 }, (_, score) => ({
    name: `s${score}`,
    answers: { pays: 'yes', fit: `s${score}` },
    outcome: score >= goodFrom ? 'good' : 'bad',
  }));
}
