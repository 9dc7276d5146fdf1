// `npm run eval`: measures the committed models on the held-out split (never seen in training) and
// on the independent check set (corpus/check/), beside the peers a developer would otherwise pick,
// trained on the same training split. Nothing here feeds back into training: model choices are made
// by cross-validation on the training split only (npm run train).
import { join } from 'node:path';
import eldSmall from 'eld/small';
import { classifyInvitation, classifyReply, detectLanguage } from '../src/core/classify/index.js';
import invitationModel from '../src/core/classify/models/invitation.json' with { type: 'json' };
import replyModel from '../src/core/classify/models/reply.json' with { type: 'json' };
import type { ClassifierKind } from '../src/core/classify/types.js';
import { INVITATION_LABELS, REPLY_LABELS } from '../src/core/labels.js';
import { readCheckSet, readCorpus } from './classifier-corpus.js';
import { naturalPeer, nlpJsPeer, type Peer } from './peers.js';
import { expectedCalibrationError, type Report, report } from './training/metrics.js';
import { type Example, splitHeldOut } from './training/split.js';

const root = join(import.meta.dirname, '..');
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

function printReport(title: string, r: Report): void {
  console.log(`\n  ${title}`);
  console.log(`    ${'label'.padEnd(9)} precision recall    F1  support`);
  for (const p of r.perLabel) {
    console.log(
      `    ${p.label.padEnd(9)} ${pct(p.precision)}%   ${pct(p.recall)}% ${pct(p.f1)}%  ${String(p.support).padStart(5)}`,
    );
  }
  console.log(`    macro-F1 ${pct(r.macroF1)}%   accuracy ${pct(r.accuracy)}%`);
  console.log(`    confusion (rows: truth, columns: predicted)`);
  console.log(`    ${''.padEnd(9)}${r.labels.map((l) => l.padStart(8)).join('')}`);
  r.confusion.forEach((row, i) => {
    console.log(`    ${r.labels[i]!.padEnd(9)}${row.map((n) => String(n).padStart(8)).join('')}`);
  });
}

const eld = eldSmall.newInstance();
eld.setLanguageSubset(['fr', 'en']);

interface PeerRun {
  peer: Peer;
  seconds: number;
}

/** Our model and the trained peers on one evaluation set (held-out split or check set). */
async function evaluateOn(
  kind: ClassifierKind,
  title: string,
  examples: readonly Example[],
  peers: readonly PeerRun[],
): Promise<void> {
  const labels: readonly string[] = kind === 'invitation' ? INVITATION_LABELS : REPLY_LABELS;
  console.log(`\n--- ${title}: ${examples.length} examples ---`);
  const truth = examples.map((e) => e.label);

  const classify = kind === 'invitation' ? classifyInvitation : classifyReply;
  const ours = examples.map((e) => classify(e.text));
  const oursReport = report(
    labels,
    truth,
    ours.map((r) => r.label),
  );
  printReport('Strongties', oursReport);
  const correct = ours.map((r, i) => r.label === truth[i]);
  console.log(
    `    expected calibration error ${expectedCalibrationError(
      ours.map((r) => r.confidence),
      correct,
    ).toFixed(4)}`,
  );

  const nonEmpty = examples.flatMap((e, i) => (e.text.trim() === '' ? [] : [{ e, i }]));
  const langOk = nonEmpty.filter(({ e, i }) => ours[i]!.lang === e.lang).length;
  const eldOk = nonEmpty.filter(({ e }) => {
    const r = eld.detect(e.text);
    return r.isReliable() && r.language === e.lang;
  }).length;
  console.log(
    `    language accuracy ${pct(langOk / nonEmpty.length)}% on ${nonEmpty.length} non-empty texts` +
      ` (eld alone, reliable answers only: ${pct(eldOk / nonEmpty.length)}%)`,
  );

  for (const { peer, seconds } of peers) {
    const predicted: string[] = [];
    for (const e of examples) {
      // The same rule as ours for an empty note, so the comparison is about the text.
      const lang = detectLanguage(e.text);
      predicted.push(
        e.text.trim() === '' && kind === 'invitation'
          ? 'none'
          : await peer.classify(e.text, lang === 'fr' ? 'fr' : 'en'),
      );
    }
    const peerReport = report(labels, truth, predicted);
    const outside = predicted.filter((p) => !labels.includes(p)).length;
    printReport(`${peer.name} (trained in ${seconds.toFixed(1)} s)`, peerReport);
    if (outside > 0)
      console.log(`    ${outside} answers outside the labels ("None"): counted as misses, not in the matrix`);
    console.log(
      `    macro-F1 ratio Strongties / ${peer.name}: ${(oursReport.macroF1 / peerReport.macroF1).toFixed(3)}`,
    );
  }
}

async function evaluate(kind: ClassifierKind): Promise<void> {
  const corpus = readCorpus(join(root, 'corpus'), kind);
  const artifact = kind === 'invitation' ? invitationModel : replyModel;
  const { train, heldOut } = splitHeldOut(corpus.examples);
  console.log(
    `\n=== ${kind === 'reply' ? 'replies' : 'invitations'}: ${corpus.examples.length} examples, ${train.length} training, ${heldOut.length} held out ===`,
  );
  if (artifact.corpusHash !== corpus.hash)
    console.log('  WARNING: the model is stale against corpus/: run npm run train');

  // The peers learn from the same training split as ours, once, then face both evaluation sets.
  const peers: PeerRun[] = [];
  for (const peer of [nlpJsPeer(), naturalPeer()] satisfies Peer[]) {
    const started = performance.now();
    await peer.train(train.filter((e: Example) => e.text.trim() !== ''));
    peers.push({ peer, seconds: (performance.now() - started) / 1000 });
  }
  await evaluateOn(kind, 'held-out split (20% of the corpus, never trained on)', heldOut, peers);
  await evaluateOn(
    kind,
    'check set (corpus/check/, written by someone who never saw the corpus)',
    readCheckSet(join(root, 'corpus'), kind),
    peers,
  );
}

for (const kind of ['invitation', 'reply'] as const) await evaluate(kind);
