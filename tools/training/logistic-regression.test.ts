import { describe, expect, test } from 'vitest';
import { trainLogistic } from './logistic-regression.js';
import type { SparseRow } from './vectorize.js';

const row = (): SparseRow => ({ indices: Int32Array.from([0]), values: Float64Array.from([1]) });

describe('trainLogistic', () => {
  test('a label weighted more in the loss wins texts that look the same as another label’s', () => {
    // Two identical texts, one per label: unweighted, the two labels tie.
    const rows = [row(), row()];
    const options = { l2: 1e-5, iterations: 100, learningRate: 0.1 };
    const plain = trainLogistic(rows, [0, 1], 1, 2, options);
    const weighted = trainLogistic(rows, [0, 1], 1, 2, { ...options, classWeights: [1, 3] });
    const margin = (w: typeof plain) => w.bias[1]! + w.weights[1]! - (w.bias[0]! + w.weights[0]!);
    expect(Math.abs(margin(plain))).toBeLessThan(1e-9);
    expect(margin(weighted)).toBeGreaterThan(0.5);
  });
});
