import { DEFAULT_FEATURE_OPTIONS, describeFeature, type FeatureOptions, type Features } from './features.js';
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
  /** Which algorithm (or blend of both) won the cross-validation. */
  algorithm: string;
  /** How texts become features for this model (absent in the first models: the defaults). */
  featureOptions?: FeatureOptions;
  labels: string[];
  /** Weights are stored as integers: multiply by `1 / scale`. */
  scale: number;
  bias: number[];
  /** The features the model knows, sorted. */
  features: string[];
  /** Row-major: `labels.length` integers per feature, in the order of `features`. */
  weights: number[];
  /** Temperature scaling fitted on out-of-fold scores: probabilities = softmax(scores / T). */
  temperature: number;
  /** `scam` is only returned when its probability reaches this; otherwise the next label, unsure. */
  scamThreshold: number | null;
  /** Measured on the training split's cross-validation folds (never the held-out split). */
  validation: Record<string, number | string>;
}

/** A model ready to score: weights in a map, scaled back to floats. */
export interface LinearModel {
  labels: string[];
  bias: number[];
  /** A feature's row in `weights`. */
  index: Map<string, number>;
  /** Per feature, `labels.length + 1` floats: its weight for each label, then their mean. */
  weights: Float64Array;
  temperature: number;
  scamThreshold: number | null;
  featureOptions: FeatureOptions;
}

export function loadModel(artifact: ModelArtifact): LinearModel {
  const k = artifact.labels.length;
  const stride = k + 1;
  const inverse = 1 / artifact.scale;
  const index = new Map<string, number>();
  const weights = new Float64Array(artifact.features.length * stride);
  artifact.features.forEach((key, f) => {
    index.set(key, f * stride);
    let sum = 0;
    for (let j = 0; j < k; j++) {
      const w = artifact.weights[f * k + j]! * inverse;
      weights[f * stride + j] = w;
      sum += w;
    }
    weights[f * stride + k] = sum / k;
  });
  return {
    labels: artifact.labels,
    bias: artifact.bias.map((b) => b * inverse),
    index,
    weights,
    temperature: artifact.temperature,
    scamThreshold: artifact.scamThreshold,
    featureOptions: artifact.featureOptions ?? DEFAULT_FEATURE_OPTIONS,
  };
}

/** Raw linear scores per label. */
export function scoreFeatures(model: LinearModel, features: ReadonlyMap<string, number>): number[] {
  const scores = [...model.bias];
  const { index, weights } = model;
  for (const [key, value] of features) {
    const at = index.get(key);
    if (at === undefined) continue;
    for (let k = 0; k < scores.length; k++) scores[k]! += value * weights[at + k]!;
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
 * Below this gap between the two most probable labels, neither is clearly ahead: the result is
 * `unsure` and names both. A fixed rule of the product (a coin toss is never a confident label), not
 * a fitted figure; `npm run cv` and `npm run eval` print how many results it marks.
 */
export const UNSURE_MARGIN = 0.2;

export interface Decision {
  /** The label returned, whose own probability is the confidence. */
  index: number;
  unsure: boolean;
  /** When unsure: the labels it hesitated between, the most probable first. */
  between: number[];
}

/**
 * The label to return, always with its own probability. `scam` must clear its calibrated threshold
 * (chosen by cross-validation for the precision target: calling a real person a scammer is the worst
 * mistake); when it does not, the next label is returned but marked unsure, never as a confident
 * benign label. Two labels within UNSURE_MARGIN of each other are unsure too.
 */
export function decide(
  labels: readonly string[],
  probabilities: readonly number[],
  scamThreshold: number | null,
): Decision {
  const order = probabilities.map((_, i) => i).sort((a, b) => probabilities[b]! - probabilities[a]! || a - b);
  const best = order[0]!;
  const second = order[1];
  if (second === undefined) return { index: best, unsure: false, between: [] };
  if (labels[best] === 'scam' && scamThreshold !== null && probabilities[best]! < scamThreshold) {
    return { index: second, unsure: true, between: [best, second] };
  }
  if (probabilities[best]! - probabilities[second]! < UNSURE_MARGIN) {
    return { index: best, unsure: true, between: [best, second] };
  }
  return { index: best, unsure: false, between: [] };
}

const WORDING = 'wording';
const MAX_SIGNALS = 5;

/**
 * The reasons for `label`: each feature's push towards it against the average label, readable
 * features as signal codes, the others (letter n-grams, function words) pooled as "the wording as a
 * whole"; weights are shares (0–1) of all the evidence for the label. Only the strongest features are
 * put into words: naming every feature of every text would cost more than classifying it.
 */
export function explain(model: LinearModel, features: Features, labelIndex: number): Signal[] {
  const k = model.labels.length;
  const readable: [string, number][] = [];
  let pooled = 0;
  let total = 0;
  for (const [key, value] of features.values) {
    const at = model.index.get(key);
    if (at === undefined) continue;
    const push = value * (model.weights[at + labelIndex]! - model.weights[at + k]!);
    if (push <= 0) continue;
    total += push;
    if (key.startsWith('c:')) pooled += push;
    else readable.push([key, push]);
  }
  if (total === 0) return [];
  readable.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // Keyed by code and text, so that equal reasons (a cue and the link word) merge.
  const pushes = new Map<string, { signal: Omit<Signal, 'weight'>; push: number }>();
  const add = (signal: Omit<Signal, 'weight'>, push: number) => {
    const id = `${signal.code}\u0000${signal.params?.text ?? ''}`;
    const found = pushes.get(id);
    if (found) found.push += push;
    else pushes.set(id, { signal, push });
  };
  if (pooled > 0) add({ code: WORDING }, pooled);
  // Enough candidates that, once function words join the pool and equal names merge, the top
  // MAX_SIGNALS are still the true top ones.
  for (const [key, push] of readable) {
    add(describeFeature(key, features.surfaces) ?? { code: WORDING }, push);
    if (pushes.size > MAX_SIGNALS * 3) break;
  }
  return [...pushes]
    .sort((a, b) => b[1].push - a[1].push || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_SIGNALS)
    .map(([, { signal, push }]) => ({ ...signal, weight: Math.round((push / total) * 100) / 100 }));
}
