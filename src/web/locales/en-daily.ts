import { REVIEW_ACTION_WORDS } from '../../core/network/review-actions.js';

/**
 * The English words of the daily loop's screens (issue 11): outbox, later, undo, person page,
 * segments, import summary. Spread into `en.ts`; `fr-daily.ts` has the same keys.
 */
export const enDaily = {
  reviewActions: REVIEW_ACTION_WORDS.en,
} as const;
