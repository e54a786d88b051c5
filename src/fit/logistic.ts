// Logistic regression for the weights table (issue #15): the engine's features in, one weight per
// feature and a bias out, as log-odds, so `confidenceFromScore(score, 0, 1)` is the fitted probability.
// Newton's method (iteratively reweighted least squares) with an L2 penalty: deterministic, converges in a
// handful of steps on a few dozen features, and needs only a small dense solve, so no numeric library.

export interface Sample {
  /** Feature id → value; a missing id is 0 (the engine records only the features that fired). */
  x: Readonly<Record<string, number>>;
  /** 1 when the gold says yes (merge, heading, link, furniture). */
  y: 0 | 1;
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
  const beta = new Array<number>(n).fill(0);
  let steps = 0;
  let converged = false;
  while (steps < maxSteps && !converged) {
    const { gradient, hessian } = newtonTerms(rows, samples, beta, l2);
    const delta = solve(hessian, gradient);
    for (let i = 0; i < n; i++) beta[i] += delta[i];
    steps++;
    converged = Math.max(...delta.map(Math.abs)) < tolerance;
  }
  return { bias: beta[0], weights: Object.fromEntries(ids.map((id, i) => [id, beta[i + 1]])), steps, converged };
}

/** Gradient and (negated) Hessian of the penalised log-likelihood at beta. */
function newtonTerms(rows: number[][], samples: readonly Sample[], beta: number[], l2: number) {
  const n = beta.length;
  const gradient = new Array<number>(n).fill(0);
  const hessian = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  rows.forEach((row, k) => {
    const p = sigmoid(row.reduce((sum, v, i) => sum + v * beta[i], 0));
    const w = p * (1 - p);
    for (let i = 0; i < n; i++) {
      if (row[i] === 0) continue;
      gradient[i] += (samples[k].y - p) * row[i];
      for (let j = 0; j < n; j++) hessian[i][j] += w * row[i] * row[j];
    }
  });
  for (let i = 1; i < n; i++) {
    gradient[i] -= l2 * beta[i];
    hessian[i][i] += l2;
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
