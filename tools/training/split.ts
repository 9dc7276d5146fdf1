/**
 * The held-out split that training never sees, and the cross-validation folds carved from the
 * training split. The split is frozen: an example is held out when the hash of its id alone falls
 * under a fixed threshold, so adding a wave never moves an old example from one side to the other.
 * Folds are grouped by wave (one corpus file: one writer's wave), so a validation fold is always
 * text by another hand than the rest of the training, as new notes will be.
 */
export interface Example {
  id: string;
  lang: string;
  label: string;
  text: string;
  /** The corpus file it comes from, without `.jsonl` (`en-2`): one writer's wave. */
  wave?: string;
}

export const HELD_OUT_SHARE = 0.2;

/** FNV-1a, 32 bits: a stable, well-spread hash for ids (not a security hash). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * MurmurHash3's finaliser over FNV-1a: FNV-1a's high bits barely move when only the last characters
 * differ (`en-041`, `en-042`), and the threshold below compares the high bits.
 */
export function spreadHash(text: string): number {
  let h = fnv1a(text);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

const HELD_OUT_BELOW = Math.floor(HELD_OUT_SHARE * 2 ** 32);

/** Held out iff the hash of `"held-out:" + id` is under 20% of 2³²: depends on the id and nothing else. */
export const isHeldOut = (id: string): boolean => spreadHash(`held-out:${id}`) < HELD_OUT_BELOW;

const byId = <T extends Example>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** About 20% of the corpus is held out, each example by its own id (see `isHeldOut`). */
export function splitHeldOut<T extends Example>(examples: readonly T[]): { train: T[]; heldOut: T[] } {
  const train: T[] = [];
  const heldOut: T[] = [];
  for (const example of examples) (isHeldOut(example.id) ? heldOut : train).push(example);
  return { train: train.sort(byId), heldOut: heldOut.sort(byId) };
}

/** The group an example's fold follows: its wave, else (a corpus without waves) a hash of its id. */
const groupOf = (example: Example): string => example.wave ?? `h${fnv1a(`fold:${example.id}`) % 5}`;

/**
 * The fold (0 … groups-1) of each training example: one fold per wave, in name order, so no fold is
 * validated on text by a writer it was trained on.
 */
export function assignFolds<T extends Example>(examples: readonly T[]): Map<string, number> {
  const groups = [...new Set(examples.map(groupOf))].sort();
  const at = new Map(groups.map((g, i) => [g, i]));
  return new Map(examples.map((e) => [e.id, at.get(groupOf(e))!]));
}

/** How many folds `assignFolds` makes. */
export const foldCount = (examples: readonly Example[]): number => new Set(examples.map(groupOf)).size;
