/**
 * Where each answer came from. An answer can be typed in the interview, passed with --set or an
 * answers file, taken from the prospect's intake-form reply, or read from their message; the
 * journal records the source and the time of each (`sources` on a decision line), and when two
 * sources answer the same question differently the stronger one is kept and the conflict is
 * returned for the command to show: never resolved silently.
 *
 * Precedence, strongest first: typed in the interview, --set, an answers file, the form reply,
 * a message cue. What the user says beats what the prospect filled in, which beats what a
 * reader inferred from prose.
 */

export const ANSWER_SOURCES = ['typed', 'set', 'file', 'reply', 'message'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];

const STRENGTH: Readonly<Record<AnswerSource, number>> = { typed: 5, set: 4, file: 3, reply: 2, message: 1 };

/** What the journal keeps of an answer's origin. */
export interface SourcedAnswer {
  readonly from: AnswerSource;
  /** ISO 8601: when that source gave the answer */
  readonly at: string;
}

/** One source's answers (raw values, as the answer reader takes them). */
export interface AnswerLayer {
  readonly from: AnswerSource;
  readonly at: string;
  readonly values: Readonly<Record<string, unknown>>;
}

export interface SourceConflict {
  readonly id: string;
  /** the answer kept (the stronger source) */
  readonly kept: { readonly from: AnswerSource; readonly value: unknown };
  /** the answer set aside */
  readonly other: { readonly from: AnswerSource; readonly value: unknown };
}

export interface CombinedAnswers {
  readonly values: Record<string, unknown>;
  readonly sources: Record<string, SourcedAnswer>;
  readonly conflicts: readonly SourceConflict[];
}

/** Whether `a` outranks `b`. */
export function stronger(a: AnswerSource, b: AnswerSource): boolean {
  return STRENGTH[a] > STRENGTH[b];
}

/**
 * Combines answer layers: for each id, the strongest source's value. `same(id, a, b)` says
 * whether two raw values read as the same answer (`yes` and `Y`, `40` and `40 %`); different
 * ones are conflicts. Earlier sources carried from a resumed decision are given as `base`
 * (values and their recorded sources) and are overridden by any layer without a conflict: a
 * follow-up changes answers on purpose.
 */
export function combineAnswers(
  layers: readonly AnswerLayer[],
  same: (id: string, a: unknown, b: unknown) => boolean,
  base: { readonly values: Readonly<Record<string, unknown>>; readonly sources: Readonly<Record<string, SourcedAnswer>> } = { values: {}, sources: {} },
): CombinedAnswers {
  const values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const sources: Record<string, SourcedAnswer> = Object.create(null) as Record<string, SourcedAnswer>;
  for (const [id, value] of Object.entries(base.values)) {
    values[id] = value;
    const source = base.sources[id];
    if (source !== undefined) sources[id] = source;
  }
  const chosen = new Map<string, AnswerLayer>();
  const conflicts: SourceConflict[] = [];
  const ordered = [...layers].sort((a, b) => STRENGTH[b.from] - STRENGTH[a.from]);
  for (const layer of ordered) {
    for (const [id, value] of Object.entries(layer.values)) {
      const kept = chosen.get(id);
      if (kept === undefined) {
        chosen.set(id, layer);
        values[id] = value;
        sources[id] = { from: layer.from, at: layer.at };
      } else if (kept.from !== layer.from && !same(id, kept.values[id], value)) {
        conflicts.push({ id, kept: { from: kept.from, value: kept.values[id] }, other: { from: layer.from, value } });
      }
    }
  }
  return { values, sources, conflicts };
}
