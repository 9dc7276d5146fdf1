// `npm run cv -- [variant…]`: cross-validated macro-F1 of feature and model variants on the TRAINING
// split only (5 folds), to make modelling choices without ever looking at the held-out split or the
// check set. Prints one line per kind × variant; the chosen ones go to training/choices.ts.
import { join } from 'node:path';
import { readCorpus } from '../src/app/classifier-corpus.js';
import { DEFAULT_FEATURE_OPTIONS, type FeatureOptions } from '../src/core/classify/features.js';
import { splitHeldOut } from '../src/core/classify/training/split.js';
import {
  type Candidate,
  type Component,
  crossValidate,
  crossValidatedDecisions,
} from '../src/core/classify/training/train-model.js';
import type { ClassifierKind } from '../src/core/classify/types.js';

const LR = (iterations: number, l2 = 1e-5): Component => ({
  algorithm: 'logistic-regression',
  l2,
  iterations,
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
    const decisions = crossValidatedDecisions(cv);
    const scam = decisions.report.perLabel.find((p) => p.label === 'scam');
    const perLabel = decisions.report.perLabel.map((p) => `${p.label} ${p.f1.toFixed(3)}`).join(', ');
    const tried = Object.entries(cv.tried)
      .map(([key, value]) => `${key.replace('cv-macro-f1 ', '')}: ${value}`)
      .join('\n    ');
    console.log(
      `${kind} ${name}: best ${cv.best.macroF1.toFixed(4)}, after thresholds ${decisions.report.macroF1.toFixed(4)}` +
        (scam
          ? ` (scam P ${scam.precision.toFixed(3)} R ${scam.recall.toFixed(3)}, threshold ${decisions.scamThreshold})`
          : '') +
        `, ${((performance.now() - started) / 1000).toFixed(0)} s\n    ${perLabel}\n    ${tried}`,
    );
  }
}
