// Logistic regression for the weights table (issue #15): the engine's features in, one weight per
// feature and a bias out, as log-odds, so `confidenceFromScore(score, 0, 1)` is the fitted probability.
// Newton's method (iteratively reweighted least squares) with an L2 penalty: deterministic, converges in a
// handful of steps on a few dozen features, and needs only a small dense solve, so no numeric library.

export interface Sample {
  /** Feature id → value; a missing id is 0 (the engine records only the features that fired). */
  x: Readonly<Record<string, number>>;
  /** 1 when the gold says yes (merge, heading, link, furniture). */
  y: 0 | 1;
  /** How much the sample counts (default 1). */
  w?: number;
}

export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
  /** Newton steps taken, and whether the last one moved the weights by less than the tolerance. */
  steps: number;
  converged: boolean;
}

export interface FitOptions {
  /** Penalty on the squared weights (not the bias): larger keeps rare features near 0. Default 1. */
  l2?: number;
  /**
   * Where the penalty pulls each weight (default 0): with the hand-set table as the prior, the fit moves a weight
   * away from it only as far as the data pays for, and a feature the data rarely shows keeps about its hand weight.
   */
  prior?: Readonly<Record<string, number>>;
  /** With a prior: the prior's bias, which the bias is pulled toward like the weights (without one it is free). */
  priorBias?: number;
  /**
   * Penalise each weight in units of its feature's spread (the L2 term × the feature's variance over the samples,
   * floored at 0.01): the same as standardising the features, so a penalty means the same for every feature.
   */
  standardise?: boolean;
  /** Weigh the two classes equally (each sample by N / (2 × its class's count)), so the rarer answer is not swamped. */
  balance?: boolean;
  maxSteps?: number;
  tolerance?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Fit P(y = 1 | x) = σ(bias + Σ w·x). Same samples in, same weights out (ids sorted, fixed steps). */
export function fitLogistic(samples: readonly Sample[], options: FitOptions = {}): LogisticModel {
  const { l2 = 1, maxSteps = 50, tolerance = 1e-8 } = options;
  const ids = [...new Set(samples.flatMap((s) => Object.keys(s.x)))].sort();
  const n = ids.length + 1; // index 0 is the bias
  const rows = samples.map((s) => [1, ...ids.map((id) => s.x[id] ?? 0)]);
  const center = [options.priorBias ?? 0, ...ids.map((id) => options.prior?.[id] ?? 0)];
  const penalty = [
    options.priorBias === undefined ? 0 : l2,
    ...ids.map((_, j) => l2 * (options.standardise ? Math.max(0.01, variance(rows, j + 1)) : 1)),
  ];
  const weigh = sampleWeights(samples, options.balance === true);
  const beta = [options.priorBias ?? 0, ...center.slice(1)];
  let steps = 0;
  let converged = false;
  while (steps < maxSteps && !converged) {
    const { gradient, hessian } = newtonTerms(rows, samples, weigh, beta, { center, penalty });
    const delta = solve(hessian, gradient);
    // a full Newton step, halved while it lowers the penalised likelihood (a start far from the answer can overshoot)
    const before = objective(rows, samples, weigh, beta, { center, penalty });
    let t = 1;
    const at = (step: number) => beta.map((b, i) => b + step * delta[i]);
    while (t > 1e-4 && !(objective(rows, samples, weigh, at(t), { center, penalty }) >= before - 1e-12)) t /= 2;
    for (let i = 0; i < n; i++) beta[i] += t * delta[i];
    steps++;
    converged = Math.max(...delta.map(Math.abs)) < tolerance;
  }
  return { bias: beta[0], weights: Object.fromEntries(ids.map((id, i) => [id, beta[i + 1]])), steps, converged };
}

/** The penalised log-likelihood at beta (what each Newton step raises). */
function objective(
  rows: readonly number[][],
  samples: readonly Sample[],
  weigh: readonly number[],
  beta: readonly number[],
  { center, penalty }: { center: readonly number[]; penalty: readonly number[] },
): number {
  let sum = 0;
  rows.forEach((row, k) => {
    const z = row.reduce((acc, v, i) => acc + v * beta[i], 0);
    // log σ(z) and log(1 − σ(z)) without overflow
    const logYes = -Math.log1p(Math.exp(-Math.abs(z))) + Math.min(0, z);
    sum += weigh[k] * (samples[k].y === 1 ? logYes : logYes - z);
  });
  return sum - 0.5 * beta.reduce((acc, b, i) => acc + penalty[i] * (b - center[i]) ** 2, 0);
}

/** The variance of column j over the rows. */
function variance(rows: readonly number[][], j: number): number {
  const mean = rows.reduce((s, r) => s + r[j], 0) / Math.max(1, rows.length);
  return rows.reduce((s, r) => s + (r[j] - mean) ** 2, 0) / Math.max(1, rows.length);
}

/** Each sample's weight: its own `w` (default 1), times N / (2 × its class's count) when balancing. */
function sampleWeights(samples: readonly Sample[], balance: boolean): number[] {
  const yes = samples.filter((s) => s.y === 1).length;
  const no = samples.length - yes;
  return samples.map((s) => {
    const own = s.w ?? 1;
    if (!balance || yes === 0 || no === 0) return own;
    return (own * samples.length) / (2 * (s.y === 1 ? yes : no));
  });
}

/** Gradient and (negated) Hessian of the penalised log-likelihood at beta. */
function newtonTerms(
  rows: number[][],
  samples: readonly Sample[],
  weigh: readonly number[],
  beta: number[],
  { center, penalty }: { center: readonly number[]; penalty: readonly number[] },
) {
  const n = beta.length;
  const gradient = new Array<number>(n).fill(0);
  const hessian = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  rows.forEach((row, k) => {
    const p = sigmoid(row.reduce((sum, v, i) => sum + v * beta[i], 0));
    const w = weigh[k] * p * (1 - p);
    for (let i = 0; i < n; i++) {
      if (row[i] === 0) continue;
      gradient[i] += weigh[k] * (samples[k].y - p) * row[i];
      for (let j = 0; j < n; j++) hessian[i][j] += w * row[i] * row[j];
    }
  });
  for (let i = 0; i < n; i++) {
    gradient[i] -= penalty[i] * (beta[i] - center[i]);
    hessian[i][i] += penalty[i];
  }
  hessian[0][0] += 1e-9; // a bias alone on separable data must still be solvable
  return { gradient, hessian };
}

/** Solve A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = col + 1; r < n; r++) {
      const f = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r][n];
    for (let c = r + 1; c < n; c++) sum -= m[r][c] * x[c];
    x[r] = sum / m[r][r];
  }
  return x;
}

/** The fitted probability of y = 1 for one sample. */
export function predict(model: LogisticModel, x: Readonly<Record<string, number>>): number {
  let z = model.bias;
  for (const [id, v] of Object.entries(x)) z += (model.weights[id] ?? 0) * v;
  return sigmoid(z);
}
