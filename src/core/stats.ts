/** Small-sample statistics for calibration: how sure a share measured on n leads is. */

/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

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
