import type { Lang } from '../labels.js';
import type { Channel } from '../policy/types.js';
import type { Templates } from './types.js';

/** "mon compte Twitter (@x), mon site (https://…) ou le groupe Web2biz"; undefined when none. */
export function renderChannels(
  channels: readonly Channel[],
  lang: Lang,
  words: Templates,
): string | undefined {
  const phrases = channels.map((c) => c.label?.[lang] ?? words.channel[c.kind].replace('{value}', c.value));
  if (phrases.length === 0) return undefined;
  if (phrases.length === 1) return phrases[0];
  return `${phrases.slice(0, -1).join(', ')}${words.or}${phrases.at(-1)}`;
}
