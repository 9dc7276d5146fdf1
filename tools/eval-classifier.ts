// `npm run eval`: measures the committed models on the frozen held-out split (never trained on) and
// on every independent check set (corpus/check/, corpus/check-2/), beside the peers a developer would
// otherwise pick, trained on the same training split in this run. THE ONLY CODE THAT READS THE
// HELD-OUT SPLIT AND THE CHECK SETS: nothing here feeds back into any choice, which are all made by
// cross-validation grouped by wave on the training split (npm run train, npm run cv).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import eldSmall from 'eld/small';
import { classifyInvitation, classifyReply, detectLanguage } from '../src/core/classify/index.js';
import invitationModel from '../src/core/classify/models/invitation.json' with { type: 'json' };
import replyModel from '../src/core/classify/models/reply.json' with { type: 'json' };
import type { ClassifierKind } from '../src/core/classify/types.js';
import { CHECK_FOLDERS, readCheckSet, readCorpus } from './classifier-corpus.js';
import { naturalPeer, nlpJsPeer, type Peer } from './peers.js';
import { uniqueExamples, withoutDuplicatesOf } from './training/dedupe.js';
import { bootstrap, type Figures, figures, type Interval, type Scored } from './training/evaluation.js';
import { type Report, report } from './training/metrics.js';
import { type Example, splitHeldOut } from './training/split.js';
import { modelLabels } from './training/train-model.js';

const root = join(import.meta.dirname, '..');
const pct = (x: number) => (Number.isNaN(x) ? '  n/a' : (x * 100).toFixed(1).padStart(5));
const ci = ([lo, hi]: Interval) => `[${pct(lo).trim()}–${pct(hi).trim()}]`;

function printReport(title: string, r: Report): void {
  console.log(`\n  ${title}`);
  console.log(`    ${'label'.padEnd(9)} precision recall    F1  support`);
  for (const p of r.perLabel) {
    console.log(
      `    ${p.label.padEnd(9)} ${pct(p.precision)}%   ${pct(p.recall)}% ${pct(p.f1)}%  ${String(p.support).padStart(5)}`,
    );
  }
  console.log(`    confusion (rows: truth, columns: predicted)`);
  console.log(`    ${''.padEnd(9)}${r.labels.map((l) => l.padStart(8)).join('')}`);
  r.confusion.forEach((row, i) => {
    console.log(`    ${r.labels[i]!.padEnd(9)}${row.map((n) => String(n).padStart(8)).join('')}`);
  });
}

/** The target figures with their bootstrap 95% intervals, one line each. */
function printFigures(kind: ClassifierKind, f: Figures, intervals: Record<keyof Figures, Interval>): void {
  const line = (name: string, key: keyof Figures, target: string) =>
    console.log(`    ${name.padEnd(34)} ${pct(f[key])}%  ${ci(intervals[key]).padEnd(14)} ${target}`);
  console.log(`    ${`figure (model labels, n=${f.n})`.padEnd(34)}  value  95% interval   target`);
  line('macro-F1 (without none)', 'macroF1', '≥ 95.0%');
  line('accuracy', 'accuracy', '');
  if (kind === 'invitation') {
    line('scam precision', 'scamPrecision', '≥ 98.0%');
    line('scam recall', 'scamRecall', '≥ 95.0%');
    console.log(
      `    ${'scams as known/purpose, conf > 0.5'.padEnd(34)} ${String(f.scamAsBenign).padStart(5)}                  = 0`,
    );
  }
  line('language accuracy', 'language', '≥ 99.0%');
  line('expected calibration error', 'ece', '≤ 3.0%');
  line('unsure (left to the user)', 'unsureShare', '');
}

const eld = eldSmall.newInstance();
eld.setLanguageSubset(['fr', 'en']);

interface PeerRun {
  peer: Peer;
  seconds: number;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return new Map([...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/** Our model and the trained peers on one evaluation set (held-out split or a check set). */
async function evaluateOn(
  kind: ClassifierKind,
  title: string,
  all: readonly Example[],
  train: readonly Example[],
  peers: readonly PeerRun[],
): Promise<void> {
  const labels = modelLabels(kind);
  // Exact and near duplicates of a training text measure memory, not understanding: left out.
  const { kept: examples, dropped } = withoutDuplicatesOf(all, train);
  console.log(
    `\n--- ${title}: ${examples.length} examples (${dropped.length} left out as duplicates of training texts) ---`,
  );

  const classify = kind === 'invitation' ? classifyInvitation : classifyReply;
  const scored: Scored[] = examples.map((e) => {
    const r = classify(e.text);
    return {
      label: e.label,
      lang: e.lang,
      predicted: r.label,
      predictedLang: r.lang,
      confidence: r.confidence,
      unsure: r.unsure,
      empty: e.text.trim() === '',
    };
  });
  const decided = scored.filter((s) => !s.empty);
  const ours = figures(labels, scored);
  printFigures(kind, ours, bootstrap(labels, scored));
  const sure = decided.filter((s) => !s.unsure);
  console.log(
    `    accuracy of the sure results: ${pct(sure.filter((s) => s.predicted === s.label).length / Math.max(1, sure.length))}% on ${sure.length}`,
  );
  if (kind === 'invitation') {
    const empty = scored.filter((s) => s.empty);
    const noneRight = empty.filter((s) => s.predicted === 'none').length;
    const noneWrong = decided.filter((s) => s.predicted === 'none').length;
    console.log(
      `    none (by rule, apart): ${noneRight}/${empty.length} empty notes are none; ${noneWrong} non-empty notes are none`,
    );
  }
  printReport(
    'Strongties (model labels)',
    report(
      labels,
      decided.map((s) => s.label),
      decided.map((s) => s.predicted),
    ),
  );
  const nonEmpty = examples.filter((e) => e.text.trim() !== '');
  const eldOk = nonEmpty.filter((e) => {
    const r = eld.detect(e.text);
    return r.isReliable() && r.language === e.lang;
  }).length;
  console.log(`    eld alone, reliable answers only: language ${pct(eldOk / Math.max(1, nonEmpty.length))}%`);

  for (const [name, group] of [
    ...[...groupBy(scored, (s) => s.lang)].map(([lang, g]) => [`language ${lang}`, g] as const),
    ...[
      ...groupBy(
        examples.map((e, i) => ({ e, s: scored[i]! })),
        ({ e }) => e.wave ?? '(one wave)',
      ),
    ].map(([wave, g]) => [`wave ${wave}`, g.map((x) => x.s)] as const),
  ]) {
    const f = figures(labels, group);
    const b = bootstrap(labels, group);
    const scam = kind === 'invitation' ? `, scam P ${pct(f.scamPrecision)}% R ${pct(f.scamRecall)}%` : '';
    console.log(
      `    ${name.padEnd(16)} n=${String(f.n).padStart(4)}  macro-F1 ${pct(f.macroF1)}% ${ci(b.macroF1)}${scam}, ECE ${pct(f.ece)}%`,
    );
  }

  for (const { peer, seconds } of peers) {
    const predicted: string[] = [];
    for (const e of nonEmpty) {
      const lang = detectLanguage(e.text);
      predicted.push(await peer.classify(e.text, lang === 'fr' ? 'fr' : 'en'));
    }
    const peerReport = report(
      labels,
      nonEmpty.map((e) => e.label),
      predicted,
    );
    const scam = peerReport.perLabel.find((p) => p.label === 'scam');
    console.log(
      `  ${peer.name} (trained in ${seconds.toFixed(1)} s): macro-F1 ${pct(peerReport.macroF1)}%` +
        (scam ? `, scam P ${pct(scam.precision)}% R ${pct(scam.recall)}%` : '') +
        ` · ratio Strongties / peer ${(ours.macroF1 / peerReport.macroF1).toFixed(3)}`,
    );
  }
}

async function evaluate(kind: ClassifierKind): Promise<void> {
  const corpus = readCorpus(join(root, 'corpus'), kind);
  const artifact = kind === 'invitation' ? invitationModel : replyModel;
  const { train, heldOut } = splitHeldOut(corpus.examples);
  console.log(
    `\n=== ${kind === 'reply' ? 'replies' : 'invitations'}: ${corpus.examples.length} examples, ${train.length} training, ${heldOut.length} held out (frozen: by the hash of each id) ===`,
  );
  console.log(`  model: ${artifact.algorithm}`);
  if (artifact.corpusHash !== corpus.hash)
    console.log('  WARNING: the model is stale against corpus/: run npm run train');

  // The peers learn from the same training split as ours (duplicates collapsed the same way), once.
  const peerTrain = uniqueExamples(train.filter((e: Example) => e.text.trim() !== ''));
  const peers: PeerRun[] = [];
  for (const peer of [nlpJsPeer(), naturalPeer()] satisfies Peer[]) {
    const started = performance.now();
    await peer.train(peerTrain);
    peers.push({ peer, seconds: (performance.now() - started) / 1000 });
  }
  await evaluateOn(kind, 'held-out split (about 20% of the corpus, never trained on)', heldOut, train, peers);
  for (const folder of CHECK_FOLDERS) {
    if (!existsSync(join(root, 'corpus', folder))) {
      console.log(`\n--- check set corpus/${folder}/: not in the repository yet ---`);
      continue;
    }
    await evaluateOn(
      kind,
      `check set corpus/${folder}/ (writers who never saw the corpus)`,
      readCheckSet(join(root, 'corpus'), kind, folder),
      train,
      peers,
    );
  }
}

for (const kind of ['invitation', 'reply'] as const) await evaluate(kind);
