import { Random } from '../../src/synthetic/prng.js';
import { expectedCalibrationError, report } from './metrics.js';

/** One evaluated example: the truth and what the classifier returned. */
export interface Scored {
  label: string;
  lang: string;
  predicted: string;
  predictedLang: string;
  confidence: number;
  unsure: boolean;
  /** Empty text: `none` by rule, left out of the model's figures. */
  empty: boolean;
}

/** The figures the targets are stated in (issue 14), on the examples the model decides (not `none`). */
export interface Figures {
  macroF1: number;
  accuracy: number;
  scamPrecision: number;
  scamRecall: number;
  /** Scams returned as `known` or `purpose` with a confidence above 0.5: must be 0. */
  scamAsBenign: number;
  ece: number;
  language: number;
  unsureShare: number;
  n: number;
}

const RESAMPLES = 1000;

export function figures(labels: readonly string[], scored: readonly Scored[]): Figures {
  const decided = scored.filter((s) => !s.empty);
  const r = report(
    labels,
    decided.map((s) => s.label),
    decided.map((s) => s.predicted),
  );
  const scam = r.perLabel.find((p) => p.label === 'scam');
  return {
    macroF1: r.macroF1,
    accuracy: r.accuracy,
    scamPrecision: scam?.precision ?? Number.NaN,
    scamRecall: scam?.recall ?? Number.NaN,
    scamAsBenign: decided.filter(
      (s) =>
        s.label === 'scam' && (s.predicted === 'known' || s.predicted === 'purpose') && s.confidence > 0.5,
    ).length,
    ece: expectedCalibrationError(
      decided.map((s) => s.confidence),
      decided.map((s) => s.predicted === s.label),
    ),
    language: decided.filter((s) => s.predictedLang === s.lang).length / Math.max(1, decided.length),
    unsureShare: decided.filter((s) => s.unsure).length / Math.max(1, decided.length),
    n: decided.length,
  };
}

export type Interval = [number, number];

/**
 * Percentile bootstrap 95% intervals of every figure: RESAMPLES resamples with replacement, from a
 * fixed seed (deterministic output).
 */
export function bootstrap(
  labels: readonly string[],
  scored: readonly Scored[],
  seed = 14,
): Record<keyof Figures, Interval> {
  // Seeded (src/synthetic/prng.ts, mulberry32), so the intervals are the same at every run.
  const random = new Random(seed);
  const next = () => random.next();
  const samples: Figures[] = [];
  for (let b = 0; b < RESAMPLES; b++) {
    const sample = scored.map(() => scored[Math.floor(next() * scored.length)]!);
    samples.push(figures(labels, sample));
  }
  const keys = Object.keys(samples[0] ?? {}) as (keyof Figures)[];
  return Object.fromEntries(
    keys.map((key) => {
      const values = samples
        .map((s) => s[key])
        .filter((v) => !Number.isNaN(v))
        .sort((a, b) => a - b);
      const at = (q: number) =>
        values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? Number.NaN;
      return [key, [at(0.025), at(0.975)]];
    }),
  ) as Record<keyof Figures, Interval>;
}
