/** The fixed label sets (DESIGN.md section 5). Other tools read these names: never rename them. */
export const INVITATION_LABELS = ['none', 'generic', 'known', 'purpose', 'pitch', 'scam'] as const;
export type InvitationLabel = (typeof INVITATION_LABELS)[number];

export const REPLY_LABELS = ['need', 'pitch', 'ack', 'hostile'] as const;
export type ReplyLabel = (typeof REPLY_LABELS)[number];

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type DetectedLang = Lang | 'unknown';

export const DECISIONS = ['accept', 'decline', 'ask', 'ignore', 'later'] as const;
export type DecisionKind = (typeof DECISIONS)[number];

export const INVITATION_STATUSES = ['pending', 'accepted', 'declined', 'asked', 'ignored', 'later'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** The status an incoming invitation takes when a decision is recorded. */
export const STATUS_OF_DECISION = {
  accept: 'accepted',
  decline: 'declined',
  ask: 'asked',
  ignore: 'ignored',
  later: 'later',
} as const satisfies Record<DecisionKind, InvitationStatus>;
