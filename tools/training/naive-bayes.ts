import type { LinearWeights } from './logistic-regression.js';
import type { SparseRow } from './vectorize.js';

/**
 * Complement naive Bayes (Rennie et al., 2003): each label's weights come from the feature counts
 * of all the *other* labels, which copes better than plain naive Bayes with unbalanced labels and
 * short texts. The result is a linear scorer like logistic regression's.
 */
export function trainComplementNaiveBayes(
  rows: readonly SparseRow[],
  targets: readonly number[],
  featureCount: number,
  labelCount: number,
  alpha: number,
): LinearWeights {
  const counts = new Float64Array(featureCount * labelCount);
  const totals = new Float64Array(labelCount);
  const all = new Float64Array(featureCount);
  let grand = 0;
  rows.forEach((row, r) => {
    const k = targets[r]!;
    for (let j = 0; j < row.indices.length; j++) {
      const f = row.indices[j]!;
      const value = row.values[j]!;
      counts[f * labelCount + k] = counts[f * labelCount + k]! + value;
      totals[k] = totals[k]! + value;
      all[f] = all[f]! + value;
      grand += value;
    }
  });
  const weights = new Float64Array(featureCount * labelCount);
  for (let k = 0; k < labelCount; k++) {
    const complementTotal = grand - totals[k]! + alpha * featureCount;
    let norm = 0;
    for (let f = 0; f < featureCount; f++) {
      const complement = all[f]! - counts[f * labelCount + k]! + alpha;
      const w = -Math.log(complement / complementTotal);
      weights[f * labelCount + k] = w;
      norm += Math.abs(w);
    }
    // Weight normalisation (Rennie's "WCNB"), so no label wins by having more vocabulary; scaled by
    // the vocabulary size so weights stay near 1 (the fitted temperature sets the final sharpness).
    const factor = featureCount / norm;
    for (let f = 0; f < featureCount; f++)
      weights[f * labelCount + k] = weights[f * labelCount + k]! * factor;
  }
  return { weights, bias: new Float64Array(labelCount) };
}
