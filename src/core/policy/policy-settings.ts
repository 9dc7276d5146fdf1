import { parseDocument } from 'yaml';
import type { Lang } from '../labels.js';
import type { Channel, Policy } from './types.js';

/**
 * What the settings page edits. It lives in the policy file — one source of truth: the composer and
 * the CLI read the same fields.
 */
export interface PolicySettings {
  /** The drafts' language when the note's is unknown. */
  language: Lang;
  signature: string;
  channels: Channel[];
  premium: boolean;
  /** The limits of the policy's network. */
  limits: { note: number; notePremium: number; message: number };
}

const FALLBACK_LIMITS = { note: 200, notePremium: 300, message: 8000 };

export function settingsOf(policy: Policy): PolicySettings {
  return {
    language: policy.language,
    signature: policy.signature,
    channels: policy.channels,
    premium: policy.premium,
    limits: policy.limits[policy.network] ?? FALLBACK_LIMITS,
  };
}

/**
 * Sets top-level fields (or a path such as `['limits', 'linkedin']`) in a policy's YAML text, editing
 * the document so that the user's comments stay where they were.
 */
export function editPolicyText(source: string, edits: readonly [path: string[], value: unknown][]): string {
  const doc = parseDocument(source);
  for (const [path, value] of edits) doc.setIn(path, doc.createNode(value));
  return doc.toString({ lineWidth: 0 });
}

/** The policy text with the settings written in; the caller validates the result before saving it. */
export function withSettings(source: string, network: string, settings: PolicySettings): string {
  return editPolicyText(source, [
    [['language'], settings.language],
    [['signature'], settings.signature],
    [['channels'], settings.channels],
    [['premium'], settings.premium],
    [['limits', network], settings.limits],
  ]);
}
