/**
 * The intake form's questions: what `clientfit form` puts on the page for the prospect, and
 * what the page itself (src/form/page.ts, bundled with this module and the answer reader) needs
 * to show `when` questions and read numbers. Only criteria with prospect wording (`ask:`) are
 * asked; nothing here carries points, must-haves, thresholds or red flags, so the page cannot
 * show them.
 */
import { normalizeWord, readChoice, readNumber, readText, readYesNo, type Answer, type DecimalMark } from './answers.js';
import type { Criteria, CriterionType } from './criteria.js';

export interface FormQuestion {
  readonly id: string;
  readonly type: CriterionType;
  /** the question as the prospect reads it */
  readonly prompt: string;
  readonly help?: string;
  /** a choice's options for the prospect: the option's value and the prospect's label */
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  /** the criterion's `when`, kept only for parents that are on the form too */
  readonly when?: Readonly<Record<string, readonly (string | number | boolean)[]>>;
  /** the criterion's own decimal mark, when it has one (wins over the form's) */
  readonly decimal?: DecimalMark;
}

/** The questions for the prospect, in the file's order; `only` keeps those ids (a follow-up's open questions). */
export function formQuestions(criteria: Criteria, only?: ReadonlySet<string>): FormQuestion[] {
  const asked = criteria.criteria.filter((criterion) => criterion.ask !== undefined && (only === undefined || only.has(criterion.id)));
  const onForm = new Set(asked.map((criterion) => criterion.id));
  return asked.map((criterion) => {
    const ask = criterion.ask!;
    const when = Object.entries(criterion.when ?? {}).filter(([parent]) => onForm.has(parent));
    return {
      id: criterion.id,
      type: criterion.type,
      prompt: ask.prospect,
      ...(ask.help === undefined ? {} : { help: ask.help }),
      ...(criterion.type === 'choice'
        ? {
            options: criterion.options.map((option) => ({
              value: option.value,
              label: (ask.options !== undefined && Object.hasOwn(ask.options, option.value) ? ask.options[option.value] : undefined) ?? option.label,
            })),
          }
        : {}),
      ...(when.length === 0 ? {} : { when: Object.fromEntries(when) }),
      ...(criterion.type === 'number' && criterion.decimal !== undefined ? { decimal: criterion.decimal } : {}),
    };
  });
}

/** FNV-1a over UTF-16 code units, as 8 hex digits: a checksum, not a secret. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * What the questions asked were: ids, types and option values, never wording, so fixing a typo
 * in a label or a comment does not invalidate forms already sent.
 */
export function formFingerprint(questions: readonly { readonly id: string; readonly type: string; readonly options?: readonly { readonly value: string }[] }[]): string {
  return fnv1a(questions.map((question) => [question.id, question.type, ...(question.options ?? []).map((option) => option.value)].join('\u001f')).join('\u001e'));
}

/** Reads one of the form's raw answers as scoring will: the form's decimal mark unless the criterion has its own. */
export function readFormAnswer(question: Pick<FormQuestion, 'type' | 'options' | 'decimal'>, raw: string, mark: DecimalMark): Answer {
  switch (question.type) {
    case 'yes-no':
      return readYesNo(raw);
    case 'number':
      return readNumber(raw, { decimal: question.decimal ?? mark });
    case 'choice':
      return readChoice(
        raw,
        (question.options ?? []).map((option) => ({ value: option.value, label: option.value })),
      );
    case 'text':
      return readText(raw);
  }
}

function same(a: Answer, b: Answer): boolean {
  if (a.kind !== b.kind || !('value' in a) || !('value' in b)) return false;
  return typeof a.value === 'string' && typeof b.value === 'string' ? normalizeWord(a.value) === normalizeWord(b.value) : a.value === b.value;
}

/**
 * Whether a question applies given the answers so far (raw, by id): every parent on the form
 * must have an answer matching one of the `when` values, as scoring decides it (core/score.ts).
 */
export function formQuestionApplies(question: FormQuestion, questions: readonly FormQuestion[], values: Readonly<Record<string, string>>, mark: DecimalMark): boolean {
  return Object.entries(question.when ?? {}).every(([id, wanted]) => {
    const parent = questions.find((candidate) => candidate.id === id);
    if (parent === undefined) return true;
    const raw = Object.hasOwn(values, id) ? values[id]! : '';
    const answer = readFormAnswer(parent, raw, mark);
    return wanted.some((value) => same(readFormAnswer(parent, String(value), mark), answer));
  });
}
