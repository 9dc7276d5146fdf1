import type { LinearWeights } from './logistic-regression.js';
import type { SparseRow } from './vectorize.js';

export interface LbfgsOptions {
  /** L2 penalty on the weights (not the biases): objective = mean cross-entropy + l2/2 · |w|². */
  l2: number;
  /** Stops when the objective improves by less than this, relatively, over one step. */
  tolerance?: number;
  maxIterations?: number;
  /** Each label's weight in the loss (index = label); absent: all 1. */
  classWeights?: readonly number[];
}

export interface FitReport {
  iterations: number;
  converged: boolean;
  objective: number;
}

const MEMORY = 10;

/**
 * The objective and its gradient at `x` (weights then biases, one vector). Full batch, rows in
 * their given order: the same data give the same sums, bit for bit.
 */
function evaluate(
  x: Float64Array,
  grad: Float64Array,
  rows: readonly SparseRow[],
  targets: readonly number[],
  featureCount: number,
  labelCount: number,
  options: LbfgsOptions,
): number {
  const size = featureCount * labelCount;
  const probs = new Float64Array(labelCount);
  let loss = 0;
  let norm = 0;
  for (let i = 0; i < size; i++) {
    grad[i] = options.l2 * x[i]!;
    norm += x[i]! * x[i]!;
  }
  for (let k = 0; k < labelCount; k++) grad[size + k] = 0;
  const n = rows.length;
  for (let r = 0; r < n; r++) {
    const row = rows[r]!;
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < labelCount; k++) {
      let s = x[size + k]!;
      for (let j = 0; j < row.indices.length; j++) s += row.values[j]! * x[row.indices[j]! * labelCount + k]!;
      probs[k] = s;
      if (s > max) max = s;
    }
    let total = 0;
    for (let k = 0; k < labelCount; k++) total += Math.exp(probs[k]! - max);
    const target = targets[r]!;
    const rowWeight = (options.classWeights?.[target] ?? 1) / n;
    loss += rowWeight * (max + Math.log(total) - probs[target]!);
    for (let k = 0; k < labelCount; k++) {
      const error = (Math.exp(probs[k]! - max) / total - (k === target ? 1 : 0)) * rowWeight;
      grad[size + k] = grad[size + k]! + error;
      for (let j = 0; j < row.indices.length; j++) {
        const at = row.indices[j]! * labelCount + k;
        grad[at] = grad[at]! + error * row.values[j]!;
      }
    }
  }
  return loss + (options.l2 / 2) * norm;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/**
 * Multinomial logistic regression with an L2 penalty, minimised to convergence by L-BFGS (two-loop
 * recursion, backtracking line search): the penalty, not an early stop, is what regularises, so the
 * result does not depend on how long it ran. Deterministic: no sampling.
 */
export function trainLogisticLbfgs(
  rows: readonly SparseRow[],
  targets: readonly number[],
  featureCount: number,
  labelCount: number,
  options: LbfgsOptions,
): LinearWeights & { fit: FitReport } {
  const size = featureCount * labelCount;
  const dim = size + labelCount;
  const tolerance = options.tolerance ?? 1e-6;
  const maxIterations = options.maxIterations ?? 500;
  let x = new Float64Array(dim);
  let g = new Float64Array(dim);
  let f = evaluate(x, g, rows, targets, featureCount, labelCount, options);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(MEMORY);
  let iterations = 0;
  let converged = false;
  const nextX = new Float64Array(dim);
  const nextG = new Float64Array(dim);
  while (iterations < maxIterations) {
    iterations++;
    // Direction: -H·g by the two-loop recursion.
    const d = Float64Array.from(g, (v) => -v);
    for (let i = s.length - 1; i >= 0; i--) {
      alpha[i] = rho[i]! * dot(s[i]!, d);
      for (let j = 0; j < dim; j++) d[j] = d[j]! - alpha[i]! * y[i]![j]!;
    }
    const last = s.length - 1;
    const gamma = last >= 0 ? dot(s[last]!, y[last]!) / dot(y[last]!, y[last]!) : 1 / Math.sqrt(dot(g, g));
    for (let j = 0; j < dim; j++) d[j] = d[j]! * gamma;
    for (let i = 0; i < s.length; i++) {
      const beta = rho[i]! * dot(y[i]!, d);
      for (let j = 0; j < dim; j++) d[j] = d[j]! + s[i]![j]! * (alpha[i]! - beta);
    }
    let slope = dot(g, d);
    if (slope >= 0) {
      // Not a descent direction (curvature lost): restart from the gradient.
      s.length = 0;
      y.length = 0;
      rho.length = 0;
      for (let j = 0; j < dim; j++) d[j] = -g[j]!;
      slope = dot(g, d);
    }
    let step = 1;
    let nextF = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 30; tries++) {
      for (let j = 0; j < dim; j++) nextX[j] = x[j]! + step * d[j]!;
      nextF = evaluate(nextX, nextG, rows, targets, featureCount, labelCount, options);
      if (nextF <= f + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextF < f)) {
      converged = true;
      break;
    }
    const sk = new Float64Array(dim);
    const yk = new Float64Array(dim);
    for (let j = 0; j < dim; j++) {
      sk[j] = nextX[j]! - x[j]!;
      yk[j] = nextG[j]! - g[j]!;
    }
    const sy = dot(sk, yk);
    if (sy > 1e-12) {
      if (s.length === MEMORY) {
        s.shift();
        y.shift();
        rho.shift();
      }
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
    }
    const improvement = (f - nextF) / Math.max(1, Math.abs(f));
    x = Float64Array.from(nextX);
    g = Float64Array.from(nextG);
    f = nextF;
    if (improvement < tolerance) {
      converged = true;
      break;
    }
  }
  return {
    weights: x.slice(0, size),
    bias: x.slice(size),
    fit: { iterations, converged, objective: f },
  };
}
