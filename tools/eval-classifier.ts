// `npm run eval`: measures the committed models on the held-out split (never seen in training),
// beside the peers a developer would otherwise pick, trained on the same training split.
import { join } from 'node:path';
import eldSmall from 'eld/small';
import { readCorpus } from '../src/app/classifier-corpus.js';
import { classifyInvitation, classifyReply, detectLanguage } from '../src/core/classify/index.js';
import invitationModel from '../src/core/classify/models/invitation.json' with { type: 'json' };
import replyModel from '../src/core/classify/models/reply.json' with { type: 'json' };
import { expectedCalibrationError, type Report, report } from '../src/core/classify/training/metrics.js';
import { type Example, splitHeldOut } from '../src/core/classify/training/split.js';
import type { ClassifierKind } from '../src/core/classify/types.js';
import { INVITATION_LABELS, REPLY_LABELS } from '../src/core/labels.js';
import { naturalPeer, nlpJsPeer, type Peer } from './peers.js';

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

async function evaluate(kind: ClassifierKind): Promise<void> {
  const corpus = readCorpus(join(root, 'corpus'), kind);
  const artifact = kind === 'invitation' ? invitationModel : replyModel;
  const { train, heldOut } = splitHeldOut(corpus.examples);
  const labels: readonly string[] = kind === 'invitation' ? INVITATION_LABELS : REPLY_LABELS;
  console.log(
    `\n=== ${kind === 'reply' ? 'replies' : 'invitations'}: ${corpus.examples.length} examples, ${train.length} training, ${heldOut.length} held out ===`,
  );
  if (artifact.corpusHash !== corpus.hash)
    console.log('  WARNING: the model is stale against corpus/: run npm run train');
  const truth = heldOut.map((e) => e.label);

  const classify = kind === 'invitation' ? classifyInvitation : classifyReply;
  const ours = heldOut.map((e) => classify(e.text));
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

  const nonEmpty = heldOut.flatMap((e, i) => (e.text.trim() === '' ? [] : [{ e, i }]));
  const langOk = nonEmpty.filter(({ e, i }) => ours[i]!.lang === e.lang).length;
  const eldOk = nonEmpty.filter(({ e }) => {
    const r = eld.detect(e.text);
    return r.isReliable() && r.language === e.lang;
  }).length;
  console.log(
    `    language accuracy ${pct(langOk / nonEmpty.length)}% on ${nonEmpty.length} non-empty texts` +
      ` (eld alone, reliable answers only: ${pct(eldOk / nonEmpty.length)}%)`,
  );

  for (const peer of [nlpJsPeer(), naturalPeer()] satisfies Peer[]) {
    const started = performance.now();
    await peer.train(train.filter((e: Example) => e.text.trim() !== ''));
    const predicted: string[] = [];
    for (const e of heldOut) {
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
    printReport(
      `${peer.name} (trained in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
      peerReport,
    );
    if (outside > 0)
      console.log(`    ${outside} answers outside the labels ("None"): counted as misses, not in the matrix`);
    console.log(
      `    macro-F1 ratio Strongties / ${peer.name}: ${(oursReport.macroF1 / peerReport.macroF1).toFixed(3)}`,
    );
  }
}

for (const kind of ['invitation', 'reply'] as const) await evaluate(kind);
