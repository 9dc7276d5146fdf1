import type { DetectedLang } from '../labels.js';
import { extractFeatures } from './features.js';
import { decide, explain, hasFraudMarker, type LinearModel, scoreFeatures, softmax } from './model.js';
import type { Classification } from './types.js';

/** Runs one trained model on one text: label, calibrated confidence and the reasons. */
export function classifyWith<L extends string>(
  model: LinearModel,
  text: string,
  lang: DetectedLang,
): Classification<L> {
  const features = extractFeatures(text, model.featureOptions);
  const probabilities = softmax(scoreFeatures(model, features.values), model.temperature);
  const chosen = decide(model.labels, probabilities, model.scamThreshold, hasFraudMarker(features.values));
  return {
    label: model.labels[chosen] as L,
    lang,
    confidence: Math.round(probabilities[chosen]! * 1000) / 1000,
    signals: explain(model, features, chosen),
  };
}
