import { describeFeature, type Features } from './features.js';
import type { ClassifierKind, Signal } from './types.js';

/**
 * The trained artifact (models/<kind>.json), written by `npm run train`. Both algorithms the trainer
 * tries (logistic regression, complement naive Bayes) reduce to one linear scorer, so the runtime
 * does not care which one won.
 */
export interface ModelArtifact {
  format: 1;
  kind: ClassifierKind;
  /** SHA-256 of the corpus files it was trained on; a test fails when they changed since. */
  corpusHash: string;
  algorithm: 'logistic-regression' | 'complement-naive-bayes';
  labels: string[];
  /** Weights are stored as integers: multiply by `1 / scale`. */
  scale: number;
  bias: number[];
  weights: Record<string, number[]>;
  /** Temperature scaling fitted on out-of-fold scores: probabilities = softmax(scores / T). */
  temperature: number;
  /** `scam` is only returned when its probability reaches this; otherwise the next label is. */
  scamThreshold: number | null;
  /** Measured on the training split's cross-validation folds (never the held-out split). */
  validation: Record<string, number | string>;
}

/** A model ready to score: weights in a map, scaled back to floats. */
export interface LinearModel {
  labels: string[];
  bias: number[];
  weights: Map<string, Float64Array>;
  temperature: number;
  scamThreshold: number | null;
}

export function loadModel(artifact: ModelArtifact): LinearModel {
  const weights = new Map<string, Float64Array>();
  const inverse = 1 / artifact.scale;
  for (const [key, row] of Object.entries(artifact.weights)) {
    weights.set(
      key,
      Float64Array.from(row, (w) => w * inverse),
    );
  }
  return {
    labels: artifact.labels,
    bias: artifact.bias.map((b) => b * inverse),
    weights,
    temperature: artifact.temperature,
    scamThreshold: artifact.scamThreshold,
  };
}

/** Raw linear scores per label. */
export function scoreFeatures(model: LinearModel, features: ReadonlyMap<string, number>): number[] {
  const scores = [...model.bias];
  for (const [key, value] of features) {
    const row = model.weights.get(key);
    if (!row) continue;
    for (let k = 0; k < scores.length; k++) scores[k]! += value * row[k]!;
  }
  return scores;
}

export function softmax(scores: readonly number[], temperature = 1): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp((s - max) / temperature));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/**
 * The label to return: the most probable one, except that `scam` must clear its own threshold
 * (calling a real person a scammer is the worst mistake), else the next most probable label wins.
 */
export function decide(
  labels: readonly string[],
  probabilities: readonly number[],
  scamThreshold: number | null,
): number {
  const order = probabilities.map((_, i) => i).sort((a, b) => probabilities[b]! - probabilities[a]! || a - b);
  const best = order[0]!;
  if (labels[best] === 'scam' && scamThreshold !== null && probabilities[best]! < scamThreshold) {
    return order[1] ?? best;
  }
  return best;
}

const WORDING = 'the wording as a whole';
const MAX_SIGNALS = 5;

/**
 * The reasons for `label`: each feature's push towards it against the average label, readable
 * features by name, letter n-grams pooled as "the wording as a whole"; weights are shares (0–1) of
 * all the evidence for the label.
 */
export function explain(model: LinearModel, features: Features, labelIndex: number): Signal[] {
  const k = model.labels.length;
  const pushes = new Map<string, number>();
  let total = 0;
  for (const [key, value] of features.values) {
    const row = model.weights.get(key);
    if (!row) continue;
    let mean = 0;
    for (let j = 0; j < k; j++) mean += row[j]!;
    const push = value * (row[labelIndex]! - mean / k);
    if (push <= 0) continue;
    total += push;
    const name = describeFeature(key, features.surfaces) ?? WORDING;
    pushes.set(name, (pushes.get(name) ?? 0) + push);
  }
  if (total === 0) return [];
  return [...pushes]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_SIGNALS)
    .map(([name, push]) => ({ name, weight: Math.round((push / total) * 100) / 100 }));
}
