/** "Did you mean" suggestions, shared by every place that names an unknown key, id or header. */

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
 * The candidate closest to `word`, or undefined when none is close enough to be a likely typo.
 * `normalize` lets callers compare header names without case, spaces, `_` and `-`.
 */
export function closest(
  word: string,
  candidates: Iterable<string>,
  normalize: (value: string) => string = (value) => value.toLowerCase(),
): string | undefined {
  const target = normalize(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const normalized = normalize(candidate);
    // A header like "Pays upfront (yes/no)" for "pays_upfront": one is a long prefix of the other.
    const shorter = Math.min(target.length, normalized.length);
    const prefix = shorter >= 4 && (normalized.startsWith(target) || target.startsWith(normalized));
    const distance = prefix ? Math.min(1, editDistance(target, normalized)) : editDistance(target, normalized);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(2, Math.floor(target.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** ` (did you mean "x"?)` or an empty string. */
export function didYouMean(word: string, candidates: Iterable<string>, normalize?: (value: string) => string): string {
  const suggestion = closest(word, candidates, normalize);
  return suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
}
