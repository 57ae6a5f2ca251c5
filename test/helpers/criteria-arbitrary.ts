/**
 * Random criteria files for property tests: every type, must-haves, points, choice options with
 * a dealbreaker, and `when` conditions on an earlier yes/no or choice criterion (chains too).
 */
import fc from 'fast-check';

export const generatedCriterion = fc.record({
  type: fc.constantFrom('yes-no', 'number', 'choice', 'text'),
  must: fc.boolean(),
  points: fc.integer({ min: 0, max: 40 }),
  expect: fc.boolean(),
  min: fc.option(fc.integer({ min: -5, max: 50 }), { nil: undefined }),
  optionPoints: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 3 }),
  failOption: fc.boolean(),
  when: fc.option(fc.tuple(fc.nat(), fc.boolean()), { nil: undefined }),
});

export type GeneratedCriterion = typeof generatedCriterion extends fc.Arbitrary<infer T> ? T : never;

/**
 * The YAML of a generated list: criteria c0, c1, ...; a `when` names an earlier criterion when
 * it is a yes/no (`yes` or `no`) or, with `choiceParents`, a choice (its first option, or its
 * first two).
 */
export function criteriaYaml(list: readonly GeneratedCriterion[], accept: number, review: number, options: { choiceParents?: boolean; maxUnknown?: number } = {}): string {
  const lines = list.map((item, index) => {
    const parts = [`id: c${index}`, 'question: Q?', `type: ${item.type}`, `must: ${item.must}`];
    if (item.type !== 'choice') parts.push(`points: ${item.points}`);
    if (item.type === 'yes-no') parts.push(`expect: ${item.expect}`);
    if (item.type === 'number' && item.min !== undefined) parts.push(`min: ${item.min}`);
    if (item.type === 'text') parts.push('red_flags: [asap]');
    if (item.type === 'choice') {
      const choices = item.optionPoints.map((points, at) => `{ value: o${at}, points: ${points}${item.failOption && at === 0 && item.optionPoints.length > 1 ? ', fail: true' : ''} }`);
      parts.push(`options: [${choices.join(', ')}]`);
    }
    const parent = item.when === undefined || index === 0 ? undefined : item.when[0] % index;
    if (parent !== undefined && list[parent]!.type === 'yes-no') parts.push(`when: { c${parent}: ${item.when![1] ? 'yes' : 'no'} }`);
    else if (parent !== undefined && options.choiceParents && list[parent]!.type === 'choice') parts.push(`when: { c${parent}: ${item.when![1] ? '[o0, o1]' : 'o0'} }`);
    return `  - { ${parts.join(', ')} }`;
  });
  const cap = options.maxUnknown === undefined ? '' : `, max_unknown: ${options.maxUnknown}`;
  return `version: 1\nthresholds: { accept: ${accept}, review: ${review}${cap} }\ncriteria:\n${lines.join('\n')}\n`;
}
