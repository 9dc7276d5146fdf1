import type { Features } from '../../src/core/classify/features.js';

/** A sparse row: feature indices and their values. */
export interface SparseRow {
  indices: Int32Array;
  values: Float64Array;
}

/**
 * The vocabulary: features seen in at least `minCount` training texts, in sorted order so the
 * artifact does not depend on the order the corpus was read in. Cue and style features are always
 * kept.
 */
export function buildVocabulary(docs: readonly Features[], minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const doc of docs) for (const key of doc.values.keys()) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .filter(([key, count]) => count >= minCount || key.startsWith('r:') || key.startsWith('s:'))
    .map(([key]) => key)
    .sort();
}

export function vectorize(doc: Features, index: ReadonlyMap<string, number>): SparseRow {
  const pairs: [number, number][] = [];
  for (const [key, value] of doc.values) {
    const i = index.get(key);
    if (i !== undefined) pairs.push([i, value]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return {
    indices: Int32Array.from(pairs, (p) => p[0]),
    values: Float64Array.from(pairs, (p) => p[1]),
  };
}
