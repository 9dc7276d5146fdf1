import type { DetectedLang } from '../labels.js';
import { extractFeatures } from './features.js';
import { decide, explain, type LinearModel, scoreFeatures, softmax } from './model.js';
import type { Classification } from './types.js';

/** Runs one trained model on one text: label, its calibrated probability, whether unsure, and the reasons. */
export function classifyWith<L extends string>(
  model: LinearModel,
  text: string,
  lang: DetectedLang,
): Classification<L> {
  const features = extractFeatures(text, model.featureOptions);
  const probabilities = softmax(scoreFeatures(model, features.values), model.temperature);
  const { index, unsure, between } = decide(model.labels, probabilities, model.scamThreshold);
  return {
    label: model.labels[index] as L,
    lang,
    confidence: Math.round(probabilities[index]! * 1000) / 1000,
    unsure,
    between: between.map((i) => model.labels[i] as L),
    signals: explain(model, features, index),
  };
}
