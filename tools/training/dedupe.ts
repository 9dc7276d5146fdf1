import { foldText } from '../../src/core/classify/normalize-text.js';
import type { Example } from './split.js';

/**
 * Exact and near duplicates, so no text is measured on while a copy of it was trained on (writers
 * reuse templates: "Hi Anna, …" and "Hi Marc, …" are one example twice). Two texts are near
 * duplicates when their sets of letter 5-grams (accents, case and punctuation folded) overlap by
 * NEAR_JACCARD or more; equal folded texts are exact duplicates. Empty notes are left out: they are
 * `none` by rule, not by the model.
 */
export const NEAR_JACCARD = 0.8;
const GRAM = 5;

const keyOf = (text: string): string =>
  foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function shingles(text: string): Set<string> {
  const key = ` ${keyOf(text)} `;
  const grams = new Set<string>();
  if (key.length <= GRAM) grams.add(key);
  for (let i = 0; i + GRAM <= key.length; i++) grams.add(key.slice(i, i + GRAM));
  return grams;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Finds near duplicates among a known set of texts by prefix filtering: with every text's letter
 * 5-grams ordered rarest first (one order for all), two sets with Jaccard ≥ t must share one of
 * the first |A| − ⌈t·|A|⌉ + 1 grams of each; only those prefixes are indexed and probed, so the
 * exact Jaccard is computed for a handful of pairs instead of all of them.
 */
class DuplicateIndex {
  private readonly rank = new Map<string, number>();
  private readonly sets: Set<string>[] = [];
  private readonly keys = new Set<string>();
  private readonly postings = new Map<string, number[]>();

  /** `universe`: every text that will be added or looked up (it fixes the rarity order). */
  constructor(universe: readonly string[]) {
    const df = new Map<string, number>();
    for (const text of universe) for (const gram of shingles(text)) df.set(gram, (df.get(gram) ?? 0) + 1);
    [...df]
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
      .forEach(([gram], i) => {
        this.rank.set(gram, i);
      });
  }

  private prefix(set: ReadonlySet<string>): string[] {
    const ordered = [...set].sort((a, b) => (this.rank.get(a) ?? -1) - (this.rank.get(b) ?? -1));
    return ordered.slice(0, set.size - Math.ceil(NEAR_JACCARD * set.size) + 1);
  }

  add(text: string): void {
    if (text.trim() === '') return;
    const set = shingles(text);
    const at = this.sets.push(set) - 1;
    this.keys.add(keyOf(text));
    for (const gram of this.prefix(set)) {
      const list = this.postings.get(gram) ?? [];
      list.push(at);
      this.postings.set(gram, list);
    }
  }

  /** Whether `text` equals, or nearly equals, a text of the index. */
  has(text: string): boolean {
    if (text.trim() === '') return false;
    if (this.keys.has(keyOf(text))) return true;
    const set = shingles(text);
    const seen = new Set<number>();
    for (const gram of this.prefix(set)) {
      for (const at of this.postings.get(gram) ?? []) {
        if (seen.has(at)) continue;
        seen.add(at);
        if (jaccard(set, this.sets[at]!) >= NEAR_JACCARD) return true;
      }
    }
    return false;
  }
}

/** `candidates` without those that duplicate (exactly or nearly) a text of `reference`. */
export function withoutDuplicatesOf<T extends Example>(
  candidates: readonly T[],
  reference: readonly Example[],
): { kept: T[]; dropped: T[] } {
  const index = new DuplicateIndex([...candidates, ...reference].map((e) => e.text));
  for (const e of reference) index.add(e.text);
  const kept: T[] = [];
  const dropped: T[] = [];
  for (const e of candidates) (index.has(e.text) ? dropped : kept).push(e);
  return { kept, dropped };
}

/**
 * One example per cluster of duplicates, the smallest id kept (so the result does not depend on the
 * order the corpus was read in): within the training split, a copy in another wave would leak
 * between cross-validation folds.
 */
export function uniqueExamples<T extends Example>(examples: readonly T[]): T[] {
  const index = new DuplicateIndex(examples.map((e) => e.text));
  const kept: T[] = [];
  for (const e of [...examples].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (index.has(e.text)) continue;
    index.add(e.text);
    kept.push(e);
  }
  return kept;
}
