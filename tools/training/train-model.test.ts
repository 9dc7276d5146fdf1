import { describe, expect, test } from 'vitest';
import { type Example, splitHeldOut } from './split.js';
import { trainModel } from './train-model.js';

const TEMPLATES: Record<string, string[]> = {
  generic: ['Hi, I would like to join your network.', 'Bonjour, je souhaite rejoindre votre réseau.'],
  known: [
    'We met at the summit in Quebec last week, great chat!',
    "On s'est croisés au 5 à 7 de la Chambre.",
  ],
  purpose: [
    'Could I ask your advice on getting a PMP certification?',
    'Je fais un mémoire sur la logistique, une entrevue?',
  ],
  pitch: [
    'Book a demo of our platform: 20% off this month.',
    'Notre agence aide les PME, un appel découverte?',
  ],
  scam: [
    'Contact me on WhatsApp, a $200 equipment fee is required.',
    'Envoyez votre passeport et RIB sur Telegram.',
  ],
};

function tinyCorpus(): Example[] {
  return Object.entries(TEMPLATES).flatMap(([label, texts]) =>
    Array.from({ length: 20 }, (_, i) => {
      const text = texts[i % 2]!;
      return { id: `${label}-${i}`, lang: i % 2 ? 'fr' : 'en', label, text: `${text} (${i})` };
    }),
  );
}

describe('trainModel', () => {
  test('gives byte-identical artifacts for the same corpus, whatever the order it was read in', () => {
    const corpus = tinyCorpus();
    const first = JSON.stringify(trainModel('invitation', corpus, 'h'));
    const second = JSON.stringify(trainModel('invitation', [...corpus].reverse(), 'h'));
    expect(second).toBe(first);
  });

  test('records the corpus hash and never predicts none', () => {
    const artifact = trainModel('invitation', tinyCorpus(), 'abc');
    expect(artifact.corpusHash).toBe('abc');
    expect(artifact.labels).not.toContain('none');
  });
});

describe('splitHeldOut', () => {
  test('holds out about a fifth of every label × language group, the same ids every time', () => {
    const corpus = tinyCorpus();
    const { train, heldOut } = splitHeldOut(corpus);
    expect(train.length + heldOut.length).toBe(corpus.length);
    expect(new Set(heldOut.map((e) => e.id)).size).toBe(heldOut.length);
    for (const label of Object.keys(TEMPLATES)) {
      for (const lang of ['en', 'fr']) {
        expect(heldOut.filter((e) => e.label === label && e.lang === lang)).toHaveLength(2);
      }
    }
    expect(splitHeldOut([...corpus].reverse()).heldOut.map((e) => e.id)).toEqual(heldOut.map((e) => e.id));
  });
});
