import type { ProfileRecord } from '../linkedin-records.js';
import { editPolicyText } from './policy-settings.js';
import type { Channel } from './types.js';

/** LinkedIn writes websites as `[COMPANY:https://…,PERSONAL:https://…]` in some exports. */
const website = (raw: string): string =>
  raw
    .replace(/^\[?\s*[A-Z_]+:(?=\S)/, '')
    .replace(/[\]\s]+$/, '')
    .trim();
const handle = (raw: string): string => {
  const bare = raw.replace(/^[[\s]+|[\]\s]+$/g, '').replace(/^@/, '');
  return bare ? `@${bare}` : '';
};

/** The user's other channels, from their LinkedIn Profile.csv: Twitter handles, then websites. */
export function channelsFromProfile(profile: ProfileRecord): Channel[] {
  const twitter = profile.twitterHandles.map(handle).filter(Boolean);
  const sites = profile.websites
    .map(website)
    .filter((s) => /^https?:\/\/\S+$/i.test(s) || /^[\w-]+(\.[\w-]+)+/.test(s));
  return [
    ...[...new Set(twitter)].map((value): Channel => ({ kind: 'twitter', value })),
    ...[...new Set(sites)].map((value): Channel => ({ kind: 'website', value })),
  ];
}

/**
 * Fills a policy's `channels` from the user's profile, editing the YAML document so that its comments
 * stay where they were. The signature stays the preset's placeholder: the composer signs with the
 * owner's name from the store, the first name with `tu` and the full name otherwise
 * (`core/compose/signature.ts`), which one written name could not do.
 */
export function withProfile(source: string, profile: ProfileRecord): string {
  const channels = channelsFromProfile(profile);
  return editPolicyText(source, channels.length > 0 ? [[['channels'], channels]] : []);
}
