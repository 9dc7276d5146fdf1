import { PRESETS } from './presets/index.js';

/**
 * Policies built to hurt (issue 13 item 11), shared by the parser's tests and the CLI and server ones.
 * Each is refused with a located error, fast, by every front end.
 */
export const HOSTILE_POLICIES = {
  /** 9 levels of 9 aliases each: 9⁹ ≈ 387 million strings once expanded. */
  aliasBomb: (() => {
    let text = `${PRESETS.selective}\nx-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n`;
    let previous = 'a';
    for (const name of 'bcdefghi') {
      text += `x-${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
      previous = name;
    }
    return text;
  })(),
  /** 200 KB of unknown keys: 21,000 of them (the probe's 50-second block). */
  huge: `${PRESETS.selective}\n${Array.from({ length: 21_000 }, (_, i) => `k${i}: 1`).join('\n')}\n`,
  /** 1,500 unknown keys inside the size bound. */
  manyKeys: `${PRESETS.selective}\n${Array.from({ length: 1_500 }, (_, i) => `k${i}: 1`).join('\n')}\n`,
  /** A flow sequence 20,000 levels deep, well formed. */
  deep: `rules: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
} as const;
