// `npm run train`: trains both models on the training split of corpus/ and writes
// src/core/classify/models/<kind>.json. Same corpus ⇒ byte-identical files. `npm run train -- invitation`
// retrains one kind only (the other's corpus unchanged, its model would come out byte-identical).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClassifierKind } from '../src/core/classify/types.js';
import { readCorpus } from './classifier-corpus.js';
import { splitHeldOut } from './training/split.js';
import { TRAINING, trainModel } from './training/train-model.js';

const root = join(import.meta.dirname, '..');
const KINDS: readonly ClassifierKind[] = ['invitation', 'reply'];
const asked = process.argv.slice(2).filter((a) => a !== '--');
const unknown = asked.filter((a) => !(KINDS as readonly string[]).includes(a));
if (unknown.length > 0) {
  console.error(`npm run train: unknown kind ${unknown.join(', ')} (expected ${KINDS.join(' or ')})`);
  process.exit(2);
}
const kinds = asked.length > 0 ? KINDS.filter((k) => asked.includes(k)) : KINDS;
for (const kind of kinds) {
  const started = performance.now();
  const corpus = readCorpus(join(root, 'corpus'), kind);
  const { train } = splitHeldOut(corpus.examples);
  const artifact = trainModel(kind, train, corpus.hash, TRAINING[kind]);
  const path = join(root, 'src/core/classify/models', `${kind}.json`);
  const json = `${JSON.stringify(artifact)}\n`;
  writeFileSync(path, json);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${kind}: ${train.length} training examples, ${artifact.features.length} features, ${(json.length / 1024).toFixed(0)} KiB, ${seconds} s`,
  );
  for (const [key, value] of Object.entries(artifact.validation)) console.log(`  ${key}: ${value}`);
  console.log(`  temperature: ${artifact.temperature}, scam threshold: ${artifact.scamThreshold}`);
}
