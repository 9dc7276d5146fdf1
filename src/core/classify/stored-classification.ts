import type { DetectedLang } from '../labels.js';
import { signalsFrom } from './signal-words.js';
import type { Classification, Signal } from './types.js';

/**
 * A classification as the store caches it: label, confidence and language in their columns, the
 * signals as JSON in `signals`. Whether it was unsure travels in that JSON too, as a last entry
 * `{ code: 'unsure', params: { between }, weight: 0 }`, so no column had to be added and rows cached
 * before it read back as sure.
 */
const UNSURE = 'unsure';

export function signalsJson(c: {
  signals: readonly Signal[];
  unsure: boolean;
  between: readonly string[];
}): string {
  const marker: Signal[] = c.unsure
    ? [{ code: UNSURE, params: { between: c.between.join(' ') }, weight: 0 }]
    : [];
  return JSON.stringify([...c.signals, ...marker]);
}

export function storedClassification<L extends string>(row: {
  label: L;
  confidence: number;
  lang: DetectedLang;
  signals: string | null;
}): Classification<L> {
  const all = signalsFrom(row.signals ? JSON.parse(row.signals) : []);
  const marker = all.find((s) => s.code === UNSURE);
  const between = (marker?.params?.between ?? '').split(' ').filter((l) => l !== '') as L[];
  return {
    label: row.label,
    confidence: row.confidence,
    lang: row.lang,
    unsure: marker !== undefined,
    between,
    signals: all.filter((s) => s.code !== UNSURE),
  };
}
