import { softmax } from '../../src/core/classify/model.js';

function negativeLogLikelihood(
  scores: readonly number[][],
  targets: readonly number[],
  temperature: number,
): number {
  let sum = 0;
  scores.forEach((s, i) => {
    sum -= Math.log(Math.max(1e-12, softmax(s, temperature)[targets[i]!]!));
  });
  return sum / Math.max(1, scores.length);
}

/**
 * Temperature scaling (Guo et al., 2017): the one T that makes softmax(scores / T) most likely on
 * out-of-fold scores, found by golden-section search on log T.
 */
export function fitTemperature(scores: readonly number[][], targets: readonly number[]): number {
  let lo = Math.log(0.01);
  let hi = Math.log(100);
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 80; i++) {
    const a = hi - phi * (hi - lo);
    const b = lo + phi * (hi - lo);
    if (
      negativeLogLikelihood(scores, targets, Math.exp(a)) <
      negativeLogLikelihood(scores, targets, Math.exp(b))
    )
      hi = b;
    else lo = a;
  }
  return Math.exp((lo + hi) / 2);
}
