/**
 * Which CSV column answers which criterion: each criterion tries its `column` names in order
 * (default: its id) against the headers, ignoring case, spaces, `_` and `-`; `--map id=Header`
 * overrides. Pure: batch and calibrate turn the findings into messages and exit codes.
 */
import { normalizeHeader, type Criteria } from './criteria.js';
import { closest } from './suggest.js';

export interface MissingColumn {
  readonly id: string;
  /** the names that were tried */
  readonly tried: readonly string[];
  /** the closest existing header, if one is close */
  readonly suggestion?: string;
}

export interface AmbiguousColumn {
  readonly id: string;
  readonly header: string;
  /** 0-based positions of the headers that match */
  readonly positions: readonly number[];
}

export interface ColumnMap {
  /** for each criterion in file order: the column index, or -1 when missing */
  readonly indexes: readonly number[];
  readonly missing: readonly MissingColumn[];
  /** a criterion's header appears more than once: which one to read is unclear */
  readonly ambiguous: readonly AmbiguousColumn[];
  /** --map entries naming an id that is not a criterion */
  readonly unknownIds: readonly { readonly id: string; readonly suggestion?: string }[];
}

/** Parses `id=Header` overrides. Returns the pairs, or the entry that is malformed. */
export function parseMapOptions(entries: readonly string[]): { map: Map<string, string>; malformed?: string } {
  const map = new Map<string, string>();
  for (const entry of entries) {
    const at = entry.indexOf('=');
    if (at <= 0 || at === entry.length - 1) return { map, malformed: entry };
    map.set(entry.slice(0, at).trim(), entry.slice(at + 1).trim());
  }
  return { map, malformed: undefined };
}

export function resolveColumns(criteria: Criteria, headers: readonly string[], overrides: ReadonlyMap<string, string> = new Map()): ColumnMap {
  const positions = new Map<string, number[]>();
  headers.forEach((header, index) => {
    const key = normalizeHeader(header);
    const list = positions.get(key);
    if (list === undefined) positions.set(key, [index]);
    else list.push(index);
  });
  const ids = new Set(criteria.criteria.map((criterion) => criterion.id));
  const unknownIds = [...overrides.keys()].filter((id) => !ids.has(id)).map((id) => ({ id, suggestion: closest(id, ids) }));

  const indexes: number[] = [];
  const missing: MissingColumn[] = [];
  const ambiguous: AmbiguousColumn[] = [];
  for (const criterion of criteria.criteria) {
    const override = overrides.get(criterion.id);
    const tried = override === undefined ? criterion.column : [override];
    const name = tried.find((candidate) => positions.has(normalizeHeader(candidate)));
    if (name === undefined) {
      indexes.push(-1);
      const suggestion = tried.map((candidate) => closest(candidate, headers, normalizeHeader)).find((found) => found !== undefined);
      missing.push(suggestion === undefined ? { id: criterion.id, tried } : { id: criterion.id, tried, suggestion });
      continue;
    }
    const found = positions.get(normalizeHeader(name))!;
    if (found.length > 1) ambiguous.push({ id: criterion.id, header: headers[found[0]!]!, positions: found });
    indexes.push(found[0]!);
  }
  return { indexes, missing, ambiguous, unknownIds };
}
