/** FNV-1a: a stable 32-bit hash, so a draft is the same every time for the same invitation. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** One item chosen by the invitation and the slot, so that two people rarely get the same text. */
export function pick<T>(items: readonly T[], seed: string, slot: string): T {
  const item = items[hash(`${seed}\u0000${slot}`) % items.length];
  if (item === undefined) throw new Error(`no phrasing for ${slot}`);
  return item;
}
