// `npm run cv -- [variant…]`: cross-validated macro-F1 of feature and model variants on the TRAINING
// split only (5 folds), to make modelling choices without ever looking at the held-out split or the
// check set. Prints one line per kind × variant; the chosen ones go to training/choices.ts.
import { join } from 'node:path';
import { DEFAULT_FEATURE_OPTIONS, type FeatureOptions } from '../src/core/classify/features.js';
import type { ClassifierKind } from '../src/core/classify/types.js';
import { readCorpus } from './classifier-corpus.js';
import { splitHeldOut } from './training/split.js';
import {
  type Candidate,
  type Component,
  crossValidate,
  crossValidatedDecisions,
  describeCandidate,
} from './training/train-model.js';

const LR = (iterations: number, l2 = 1e-5, classWeights?: number[]): Component => ({
  algorithm: 'logistic-regression',
  l2,
  iterations,
  ...(classWeights ? { classWeights } : {}),
});
const CNB: Component = { algorithm: 'complement-naive-bayes', alpha: 0.1 };
const blend = (lr: Component, share = 0.7): Candidate => ({
  parts: [
    { component: lr, share },
    { component: CNB, share: Math.round((1 - share) * 100) / 100 },
  ],
});
const only = (component: Component): Candidate => ({ parts: [{ component, share: 1 }] });
const BASE: Candidate[] = [
  only(LR(60)),
  only(LR(100)),
  only(CNB),
  blend(LR(40)),
  blend(LR(60)),
  blend(LR(100)),
  blend(LR(60), 0.5),
];

/** The L2 strength, the LR/CNB blend weight and class weights (invitations: generic, known, purpose, pitch, scam). */
const GRID: Candidate[] = [
  ...[60, 100, 150].flatMap((it) => [
    only(LR(it)),
    ...[0.5, 0.6, 0.7, 0.8, 0.9].map((s) => blend(LR(it), s)),
  ]),
  ...[
    [100, 1e-4],
    [150, 1e-4],
    [150, 1e-3],
    [300, 1e-3],
  ].flatMap(([it, l2]) => [
    only(LR(it!, l2)),
    blend(LR(it!, l2), 0.6),
    blend(LR(it!, l2), 0.7),
    blend(LR(it!, l2), 0.8),
  ]),
  ...[
    [1, 1.2, 1.2, 1.2, 1],
    [1, 1.3, 1.3, 1, 1],
    [1, 1, 1.3, 1.3, 1],
    [0.8, 1, 1, 1, 1],
    [1, 1, 1, 1, 1.5],
  ].flatMap((w) => [blend(LR(60, 1e-5, w), 0.7), blend(LR(100, 1e-5, w), 0.7)]),
];

/** The best of GRID on the first two waves, and neighbours, for the corpus with the third wave. */
const KP = [1, 1.3, 1.3, 1, 1];
const FOCUS: Candidate[] = [
  blend(LR(100)),
  ...[60, 100].flatMap((it) =>
    [undefined, KP, [1, 1.2, 1.2, 1.2, 1], [1, 1.5, 1.5, 1, 1]].flatMap((w) =>
      [0.6, 0.7].map((s) => blend(LR(it, 1e-5, w), s)),
    ),
  ),
  blend(LR(100, 1e-6, KP)),
  blend(LR(100, 0, KP)),
];

/** Weaker L2 (1e-6 and none: the training length alone regularises), after FOCUS showed the trend. */
const LOW_L2: Candidate[] = [0, 1e-6].flatMap((l2) =>
  [60, 100, 150].flatMap((it) =>
    [undefined, KP].flatMap((w) => [0.6, 0.7, 0.8].map((s) => blend(LR(it, l2, w), s))),
  ),
);

const words25: FeatureOptions = {
  wordOrder: 2,
  charMin: 2,
  charMax: 5,
  charScope: 'words',
  sublinear: true,
  charWeight: 1,
};
const VARIANTS: Record<string, { features: FeatureOptions; candidates: Candidate[] }> = {
  base: { features: DEFAULT_FEATURE_OPTIONS, candidates: BASE },
  'text3-sub': { features: { ...DEFAULT_FEATURE_OPTIONS, sublinear: true }, candidates: BASE },
  'words2-5': { features: words25, candidates: BASE },
  'words3-5': { features: { ...words25, charMin: 3 }, candidates: BASE },
  'words2-4': { features: { ...words25, charMax: 4 }, candidates: BASE },
  'text2-5': { features: { ...words25, charScope: 'text' }, candidates: BASE },
  'text3-5': { features: { ...words25, charScope: 'text', charMin: 3 }, candidates: BASE },
  'words2-5-bin': { features: { ...words25, sublinear: false }, candidates: BASE },
  'words2-5-cw.7': { features: { ...words25, charWeight: 0.7 }, candidates: BASE },
  'words2-5-cw1.5': { features: { ...words25, charWeight: 1.5 }, candidates: BASE },
  'words-only': { features: { ...words25, charMin: 0, charMax: 0 }, candidates: BASE },
  'grid-text3': { features: { ...DEFAULT_FEATURE_OPTIONS, sublinear: true }, candidates: GRID },
  'grid-words2-5': { features: words25, candidates: GRID },
  'focus-text3': { features: { ...DEFAULT_FEATURE_OPTIONS, sublinear: true }, candidates: FOCUS },
  'focus-words2-5': { features: words25, candidates: FOCUS },
  'low-l2-text3': { features: { ...DEFAULT_FEATURE_OPTIONS, sublinear: true }, candidates: LOW_L2 },
  'low-l2-words2-5': { features: words25, candidates: LOW_L2 },
  'words2-5-l2': {
    features: words25,
    candidates: [only(LR(150, 1e-4)), only(LR(300, 1e-3)), blend(LR(150, 1e-4)), blend(LR(300, 1e-3))],
  },
};

const root = join(import.meta.dirname, '..');
const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const kinds = (
  process.argv.includes('--reply')
    ? ['reply']
    : process.argv.includes('--invitation')
      ? ['invitation']
      : ['invitation', 'reply']
) as ClassifierKind[];
for (const name of names.length > 0 ? names : Object.keys(VARIANTS)) {
  const variant = VARIANTS[name];
  if (!variant) throw new Error(`unknown variant ${name}: ${Object.keys(VARIANTS).join(', ')}`);
  for (const kind of kinds) {
    const started = performance.now();
    const { train } = splitHeldOut(readCorpus(join(root, 'corpus'), kind).examples);
    const cv = crossValidate(kind, train, variant);
    console.log(`${kind} ${name} (${((performance.now() - started) / 1000).toFixed(0)} s):`);
    // Every candidate after the scam threshold: the figure a choice is made on.
    for (const candidate of variant.candidates) {
      const decisions = crossValidatedDecisions({ ...cv, best: cv.evaluate(candidate) });
      const scam = decisions.report.perLabel.find((p) => p.label === 'scam');
      const perLabel = decisions.report.perLabel.map((p) => `${p.label} ${p.f1.toFixed(3)}`).join(', ');
      console.log(
        `  ${describeCandidate(candidate)}: before ${cv.tried[`cv-macro-f1 ${describeCandidate(candidate)}`]?.toFixed(4)}, after thresholds ${decisions.report.macroF1.toFixed(4)}` +
          (scam
            ? ` (scam P ${scam.precision.toFixed(3)} R ${scam.recall.toFixed(3)}, threshold ${decisions.scamThreshold})`
            : '') +
          `\n    ${perLabel}`,
      );
    }
  }
}
