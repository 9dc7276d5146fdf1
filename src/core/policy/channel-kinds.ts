/** The kinds of channel a policy offers instead of a connection (its own module: the web app reads it without zod). */
export const CHANNEL_KINDS = ['twitter', 'website', 'group', 'event', 'email', 'other'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
