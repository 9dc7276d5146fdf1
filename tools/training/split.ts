/**
 * The held-out split that training never sees, and the cross-validation folds carved from the
 * training split. Both depend only on ids, labels and languages: deterministic, stratified per
 * label × language.
 */
export interface Example {
  id: string;
  lang: string;
  label: string;
  text: string;
}

export const HELD_OUT_SHARE = 0.2;
export const FOLDS = 5;

/** FNV-1a, 32 bits: a stable, well-spread order for ids (not a security hash). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Groups by label × language, each group ordered by the hash of `salt + id` (ties by id). */
function strata<T extends Example>(examples: readonly T[], salt: string): T[][] {
  const groups = new Map<string, T[]>();
  for (const example of examples) {
    const key = `${example.label}\u0000${example.lang}`;
    const group = groups.get(key) ?? [];
    group.push(example);
    groups.set(key, group);
  }
  const keyed = [...groups.keys()].sort();
  return keyed.map((key) =>
    groups
      .get(key)!
      .map((e) => ({ e, h: fnv1a(salt + e.id) }))
      .sort((a, b) => a.h - b.h || (a.e.id < b.e.id ? -1 : 1))
      .map(({ e }) => e),
  );
}

/** 20% of every label × language group, chosen by the hash of the id, is held out. */
export function splitHeldOut<T extends Example>(examples: readonly T[]): { train: T[]; heldOut: T[] } {
  const train: T[] = [];
  const heldOut: T[] = [];
  for (const group of strata(examples, 'held-out:')) {
    const cut = Math.round(group.length * HELD_OUT_SHARE);
    group.forEach((example, i) => {
      (i < cut ? heldOut : train).push(example);
    });
  }
  const byId = (a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { train: train.sort(byId), heldOut: heldOut.sort(byId) };
}

/** The fold (0 … FOLDS-1) of each training example, stratified the same way. */
export function assignFolds<T extends Example>(examples: readonly T[]): Map<string, number> {
  const folds = new Map<string, number>();
  for (const group of strata(examples, 'fold:'))
    group.forEach((example, i) => {
      folds.set(example.id, i % FOLDS);
    });
  return folds;
}
