/** Small-sample statistics for calibration: how sure a share measured on n leads is. */

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for k successes in n trials, at 95%: [low, high], or null when n is 0.
 * Unlike p ± z·√(p(1-p)/n) it stays inside [0, 1] and is honest at 0/n and n/n, which is
 * where small calibration samples live (Wilson 1927; Brown, Cai & DasGupta 2001).
 */
export function wilson(k: number, n: number, z = Z95): [number, number] | null {
  if (n <= 0) return null;
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** The interval rounded to four decimals, as shares are in the JSON. */
export function wilsonShare(k: number, n: number): [number, number] | null {
  const interval = wilson(k, n);
  return interval === null ? null : [round4(interval[0]), round4(interval[1])];
}

export function round4(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/**
 * 95% interval of p_after − p_before for paired yes/no data (the same leads under two lists):
 * Newcombe's method 10 (Newcombe 1998, "Improved confidence intervals for the difference
 * between binomial proportions based on paired data", Statistics in Medicine 17:2635-2650):
 * each share's Wilson interval, combined with the correlation φ of the 2×2 table. Unlike two
 * independent intervals it uses that most leads keep their verdict, and unlike the Wald
 * interval of McNemar's difference it stays inside [-1, 1] and is not degenerate at 0 flips.
 * `both` yes under both, `beforeOnly` yes only before, `afterOnly` yes only after, `neither`.
 */
export function newcombePairedDifference(both: number, beforeOnly: number, afterOnly: number, neither: number, z = Z95): [number, number] | null {
  const n = both + beforeOnly + afterOnly + neither;
  if (n <= 0) return null;
  const p1 = (both + beforeOnly) / n;
  const p2 = (both + afterOnly) / n;
  const [l1, u1] = wilson(both + beforeOnly, n, z)!;
  const [l2, u2] = wilson(both + afterOnly, n, z)!;
  const product = (both + beforeOnly) * (afterOnly + neither) * (both + afterOnly) * (beforeOnly + neither);
  const phi = product === 0 ? 0 : (both * neither - beforeOnly * afterOnly) / Math.sqrt(product);
  const theta = p2 - p1;
  const low = theta - Math.sqrt(Math.max(0, (p2 - l2) ** 2 - 2 * phi * (p2 - l2) * (u1 - p1) + (u1 - p1) ** 2));
  const high = theta + Math.sqrt(Math.max(0, (u2 - p2) ** 2 - 2 * phi * (u2 - p2) * (p1 - l1) + (p1 - l1) ** 2));
  return [Math.max(-1, low), Math.min(1, high)];
}

/**
 * 95% interval of p1 − p2 for two independent shares k1/n1 and k2/n2: Newcombe's hybrid score
 * interval (method 10 of Newcombe 1998, "Interval estimation for the difference between
 * independent proportions", Statistics in Medicine 17:873-890), built from each share's Wilson
 * interval. Good coverage at small n and near 0 or 1, where the Wald interval fails.
 */
export function newcombeDifference(k1: number, n1: number, k2: number, n2: number, z = Z95): [number, number] | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const [l1, u1] = wilson(k1, n1, z)!;
  const [l2, u2] = wilson(k2, n2, z)!;
  const difference = p1 - p2;
  return [Math.max(-1, difference - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)), Math.min(1, difference + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2))];
}
