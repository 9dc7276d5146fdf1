import type { ReplyLabel } from './labels.js';

/** What a reply's class suggests (DESIGN.md section 1, step 3). */
export const REPLY_SUGGESTIONS = {
  need: { suggestion: 'follow-up', points: 10, flag: null, close: false },
  pitch: { suggestion: 'flag-opportunist', points: 0, flag: 'opportunist', close: true },
  ack: { suggestion: 'close-politely', points: 0, flag: null, close: true },
  hostile: { suggestion: 'close-silently', points: 0, flag: null, close: true },
} as const satisfies Record<
  ReplyLabel,
  { suggestion: string; points: number; flag: 'opportunist' | null; close: boolean }
>;

export type ReplySuggestion = (typeof REPLY_SUGGESTIONS)[ReplyLabel]['suggestion'];
