/**
 * "Did you mean": the candidate closest to a mistyped key, id, header or name. The core only finds
 * it; the edge words it in the run's language (src/cli/suggest.ts, the catalogs' didYouMean).
 */

/** Levenshtein distance with the two-row method; fine for short identifiers. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * How much work one suggestion may cost. A header row can hold a million columns and a name
 * can be megabytes long: did-you-mean then spent 60-70 s. Only the first MAX_CANDIDATES
 * candidates are compared, and only names of at most MAX_LENGTH characters.
 */
export const MAX_CANDIDATES = 1000;
export const MAX_LENGTH = 200;

/**
 * The candidate closest to `word`, or undefined when none is close enough to be a likely typo.
 * `normalize` lets callers compare header names without case, spaces, `_` and `-`.
 */
export function closest(word: string, candidates: Iterable<string>, normalize: (value: string) => string = (value) => value.toLowerCase()): string | undefined {
  // A name longer than MAX_LENGTH is neither a likely typo nor a suggestion to print.
  if (word.length > MAX_LENGTH) return undefined;
  const target = normalize(word);
  const allowed = Math.max(2, Math.floor(target.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  let seen = 0;
  for (const candidate of candidates) {
    if (++seen > MAX_CANDIDATES) break;
    if (candidate.length > MAX_LENGTH) continue;
    const normalized = normalize(candidate);
    // A header like "Pays upfront (yes/no)" for "pays_upfront": one is a long prefix of the other.
    const shorter = Math.min(target.length, normalized.length);
    const prefix = shorter >= 4 && (normalized.startsWith(target) || target.startsWith(normalized));
    let distance: number;
    if (prefix) distance = normalized === target ? 0 : 1;
    // The distance is at least the difference in length: no need to compute it then.
    else if (Math.abs(target.length - normalized.length) > allowed) continue;
    else distance = editDistance(target, normalized);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}
