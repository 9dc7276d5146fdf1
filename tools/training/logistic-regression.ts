import type { SparseRow } from './vectorize.js';

export interface LinearWeights {
  /** weights[f * labels + k] */
  weights: Float64Array;
  bias: Float64Array;
}

export interface LogisticOptions {
  l2: number;
  iterations: number;
  learningRate: number;
  /** Each label's weight in the loss (index = label); absent: all 1. */
  classWeights?: readonly number[];
}

/**
 * Multinomial logistic regression with an L2 penalty, fitted by full-batch Adam. Full batch means
 * no sampling: the same rows in the same order give the same weights, bit for bit.
 */
export function trainLogistic(
  rows: readonly SparseRow[],
  targets: readonly number[],
  featureCount: number,
  labelCount: number,
  options: LogisticOptions,
): LinearWeights {
  const size = featureCount * labelCount;
  const weights = new Float64Array(size);
  const bias = new Float64Array(labelCount);
  const grad = new Float64Array(size);
  const gradBias = new Float64Array(labelCount);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const mb = new Float64Array(labelCount);
  const vb = new Float64Array(labelCount);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const probs = new Float64Array(labelCount);
  const n = rows.length;
  const classWeights = options.classWeights;

  for (let step = 1; step <= options.iterations; step++) {
    for (let i = 0; i < size; i++) grad[i] = options.l2 * weights[i]!;
    gradBias.fill(0);
    for (let r = 0; r < n; r++) {
      const row = rows[r]!;
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < labelCount; k++) {
        let s = bias[k]!;
        for (let j = 0; j < row.indices.length; j++)
          s += row.values[j]! * weights[row.indices[j]! * labelCount + k]!;
        probs[k] = s;
        if (s > max) max = s;
      }
      let total = 0;
      for (let k = 0; k < labelCount; k++) {
        probs[k] = Math.exp(probs[k]! - max);
        total += probs[k]!;
      }
      const target = targets[r]!;
      const rowWeight = (classWeights?.[target] ?? 1) / n;
      for (let k = 0; k < labelCount; k++) {
        const error = (probs[k]! / total - (k === target ? 1 : 0)) * rowWeight;
        gradBias[k] = gradBias[k]! + error;
        for (let j = 0; j < row.indices.length; j++) {
          const at = row.indices[j]! * labelCount + k;
          grad[at] = grad[at]! + error * row.values[j]!;
        }
      }
    }
    const correction1 = 1 - beta1 ** step;
    const correction2 = 1 - beta2 ** step;
    const rate = options.learningRate;
    for (let i = 0; i < size; i++) {
      const g = grad[i]!;
      m[i] = beta1 * m[i]! + (1 - beta1) * g;
      v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
      weights[i] = weights[i]! - (rate * (m[i]! / correction1)) / (Math.sqrt(v[i]! / correction2) + 1e-8);
    }
    for (let k = 0; k < labelCount; k++) {
      const g = gradBias[k]!;
      mb[k] = beta1 * mb[k]! + (1 - beta1) * g;
      vb[k] = beta2 * vb[k]! + (1 - beta2) * g * g;
      bias[k] = bias[k]! - (rate * (mb[k]! / correction1)) / (Math.sqrt(vb[k]! / correction2) + 1e-8);
    }
  }
  return { weights, bias };
}
