import { describe, expect, test } from 'vitest';
import { assignFolds, type Example, isHeldOut, splitHeldOut } from './split.js';

const wave = (name: string, size: number): Example[] =>
  Array.from({ length: size }, (_, i) => ({
    id: `inv-${name}-${String(i).padStart(3, '0')}`,
    lang: i % 2 ? 'fr' : 'en',
    label: ['generic', 'known', 'purpose', 'pitch', 'scam'][i % 5]!,
    text: `note ${i}`,
    wave: name,
  }));

describe('splitHeldOut', () => {
  test('the split of an old example does not change when a new wave is added', () => {
    const old = [...wave('en', 400), ...wave('fr', 400)];
    const before = splitHeldOut(old);
    const after = splitHeldOut([...wave('en-4', 300), ...old, ...wave('fr-4', 300)]);
    const heldAfter = new Set(after.heldOut.map((e) => e.id));
    for (const e of before.heldOut) expect(heldAfter.has(e.id)).toBe(true);
    for (const e of before.train) expect(heldAfter.has(e.id)).toBe(false);
  });

  test('holds out about a fifth, by the id alone (label, language and order do not matter)', () => {
    const corpus = [...wave('en', 1000), ...wave('fr', 1000)];
    const { heldOut, train } = splitHeldOut(corpus);
    expect(heldOut.length + train.length).toBe(corpus.length);
    expect(heldOut.length / corpus.length).toBeGreaterThan(0.17);
    expect(heldOut.length / corpus.length).toBeLessThan(0.23);
    const relabelled = corpus.map((e) => ({ ...e, label: 'generic', lang: 'en' }));
    expect(splitHeldOut([...relabelled].reverse()).heldOut.map((e) => e.id)).toEqual(
      heldOut.map((e) => e.id),
    );
    expect(heldOut.every((e) => isHeldOut(e.id))).toBe(true);
  });
});

describe('assignFolds', () => {
  test('one fold per wave: no fold is validated on a wave it was trained on', () => {
    const examples = [...wave('en', 20), ...wave('en-2', 20), ...wave('fr', 20)];
    const folds = assignFolds(examples);
    for (const e of examples) expect(folds.get(e.id)).toBe(['en', 'en-2', 'fr'].indexOf(e.wave!));
  });
});
