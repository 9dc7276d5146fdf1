import { REVIEW_ACTION_WORDS } from '../../core/network/review-actions.js';

/** The French words of the daily loop's screens; the same keys as `en-daily.ts` (checked through `fr.ts`). */
export const frDaily = {
  reviewActions: REVIEW_ACTION_WORDS.fr,
} as const;
