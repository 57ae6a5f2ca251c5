/**
 * What predicts a bad client: a regularised logistic model of P(bad) on which criteria a lead
 * failed, fitted on the leads with a known outcome, with percentile bootstrap intervals. Pure.
 *
 * The data are patterns, not rows: each distinct set of failed criteria with its good and bad
 * counts (the calibrator keeps those, not the rows), so a fit costs the number of patterns.
 *
 * Method, and why:
 * - x_j = 1 when the lead failed criterion j, else 0 (passed, unknown or not applicable):
 *   the model answers "does failing this go with bad clients, the rest held equal".
 * - L2 penalty LAMBDA = 0.1 on the weights (not the intercept): a normal prior with standard
 *   deviation about 3 on each log-odds weight. It keeps a criterion that separates good from
 *   bad perfectly from an infinite weight, and is too weak to pull real effects (log-odds of
 *   0.5 to 3) far towards 0 at the sample sizes the minimum below asks for.
 * - Newton-Raphson (IRLS) to convergence; a few dozen patterns make each fit microseconds.
 * - 95% intervals by the percentile bootstrap (Efron & Tibshirani 1993): BOOTSTRAP resamples of
 *   the leads, each refitted; no normal approximation of a penalised estimator's variance is
 *   needed. The resampling is seeded, so a report is the same every run.
 */

/** The L2 penalty on the weights (see above). */
export const LAMBDA = 0.1;
/** Bootstrap resamples per fit. */
export const BOOTSTRAP = 200;

export interface Pattern {
  /** 1 where the lead failed the criterion, in the model's criteria order */
  readonly x: readonly number[];
  readonly good: number;
  readonly bad: number;
}

export interface Fit {
  readonly intercept: number;
  readonly weights: readonly number[];
}

/** Solves A v = b for a small symmetric positive definite A (Gaussian elimination with pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, index) => [...row, b[index]!]);
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let row = column + 1; row < n; row++) if (Math.abs(m[row]![column]!) > Math.abs(m[pivot]![column]!)) pivot = row;
    [m[column], m[pivot]] = [m[pivot]!, m[column]!];
    const head = m[column]!;
    for (let row = column + 1; row < n; row++) {
      const factor = m[row]![column]! / head[column]!;
      for (let k = column; k <= n; k++) m[row]![k]! -= factor * head[k]!;
    }
  }
  const v = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = m[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= m[row]![k]! * v[k]!;
    v[row] = sum / m[row]![row]!;
  }
  return v;
}

/** Penalised maximum likelihood of logit P(bad) = intercept + Σ weight_j x_j. */
export function fitLogistic(patterns: readonly Pattern[], k: number, lambda = LAMBDA): Fit {
  const theta = new Array<number>(k + 1).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = theta.map((value, index) => (index === 0 ? 0 : -lambda * value));
    const hessian = theta.map((_, row) => theta.map((__, column) => (row === column && row > 0 ? lambda : 0)));
    for (const pattern of patterns) {
      const n = pattern.good + pattern.bad;
      if (n === 0) continue;
      let eta = theta[0]!;
      for (let j = 0; j < k; j++) eta += theta[j + 1]! * pattern.x[j]!;
      const mu = 1 / (1 + Math.exp(-eta));
      const residual = pattern.bad - n * mu;
      const weight = n * mu * (1 - mu);
      for (let row = 0; row <= k; row++) {
        const xr = row === 0 ? 1 : pattern.x[row - 1]!;
        if (xr === 0) continue;
        gradient[row]! += residual * xr;
        for (let column = 0; column <= k; column++) {
          const xc = column === 0 ? 1 : pattern.x[column - 1]!;
          if (xc !== 0) hessian[row]![column]! += weight * xr * xc;
        }
      }
    }
    // An all-good or all-bad sample has no finite intercept: a tiny ridge keeps the step finite.
    hessian[0]![0]! += 1e-9;
    const step = solve(hessian, gradient);
    let largest = 0;
    for (let index = 0; index <= k; index++) {
      theta[index]! += step[index]!;
      largest = Math.max(largest, Math.abs(step[index]!));
    }
    if (largest < 1e-9) break;
  }
  return { intercept: theta[0]!, weights: theta.slice(1) };
}

/** mulberry32: a small seeded generator, so the bootstrap gives the same report every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The fit and each weight's 95% percentile bootstrap interval. */
export function bootstrapLogistic(patterns: readonly Pattern[], k: number, options: { reps?: number; seed?: number; lambda?: number } = {}): Fit & { intervals: [number, number][] } {
  const fit = fitLogistic(patterns, k, options.lambda);
  const reps = options.reps ?? BOOTSTRAP;
  const random = seeded(options.seed ?? 0x5eed);
  // The leads as cells (pattern, outcome) with their counts; a resample draws as many leads.
  const cells = patterns.flatMap((pattern, index) => [
    { index, bad: false, count: pattern.good },
    { index, bad: true, count: pattern.bad },
  ]);
  const cumulative: number[] = [];
  let total = 0;
  for (const cell of cells) cumulative.push((total += cell.count));
  const samples: number[][] = Array.from({ length: k }, () => []);
  const counts = new Float64Array(cells.length);
  for (let rep = 0; rep < reps; rep++) {
    counts.fill(0);
    for (let draw = 0; draw < total; draw++) {
      const target = random() * total;
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (cumulative[middle]! > target) high = middle;
        else low = middle + 1;
      }
      counts[low]!++;
    }
    const resampled = patterns.map((pattern, index) => ({ x: pattern.x, good: counts[2 * index]!, bad: counts[2 * index + 1]! }));
    const again = fitLogistic(resampled, k, options.lambda);
    again.weights.forEach((weight, j) => samples[j]!.push(weight));
  }
  const intervals = samples.map((values): [number, number] => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;
    return [at(0.025), at(0.975)];
  });
  return { ...fit, intervals };
}
