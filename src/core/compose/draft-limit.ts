import type { Policy } from '../policy/types.js';
import type { Variant } from '../policy/variants.js';

/** LinkedIn's limits, used when the policy names a network without its own. */
const FALLBACK = { note: 200, notePremium: 300, message: 8000 } as const;

/**
 * The most characters a draft of `variant` may hold on `network` (else the policy's network): a `short` draft goes in
 * an invitation note (200, or 300 with Premium), the others in a message.
 */
export function draftLimit(policy: Policy, variant: Variant, network?: string | undefined): number {
  const limits = policy.limits[network ?? policy.network] ?? policy.limits[policy.network] ?? FALLBACK;
  return variant === 'short' ? (policy.premium ? limits.notePremium : limits.note) : limits.message;
}
