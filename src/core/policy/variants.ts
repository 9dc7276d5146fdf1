/** The messages the composer writes (DESIGN.md section 7). Other tools read these names. */
export const VARIANTS = ['decline', 'short', 'ask', 'welcome', 'follow-up'] as const;
export type Variant = (typeof VARIANTS)[number];

/** What an appreciation may rest on: only what is true about this invitation. */
export const APPRECIATION_BASES = ['mutual', 'content', 'personalized', 'field', 'plain'] as const;
export type AppreciationBasis = (typeof APPRECIATION_BASES)[number];

/** The elements of each variant, in the order they are written. */
export const ELEMENTS = {
  decline: ['greeting', 'appreciation', 'reason', 'openness', 'closing'],
  short: ['greeting', 'appreciation', 'reason', 'openness'],
  ask: ['greeting', 'appreciation', 'body', 'closing'],
  welcome: ['greeting', 'appreciation', 'body', 'closing'],
  'follow-up': ['greeting', 'body', 'closing'],
} as const satisfies Record<Variant, readonly string[]>;
export type ElementOf<V extends Variant> = (typeof ELEMENTS)[V][number];
export type Element = ElementOf<Variant>;

/** Placeholders every template may use. */
export const COMMON_PLACEHOLDERS = ['firstName', 'name', 'goal', 'reason', 'channels', 'signature'] as const;
/** Placeholders an appreciation may use only when its basis provides them. */
export const BASIS_PLACEHOLDERS = {
  mutual: ['mutual'],
  content: ['content'],
  personalized: [],
  field: ['field'],
  plain: [],
} as const satisfies Record<AppreciationBasis, readonly string[]>;
export type Placeholder =
  | (typeof COMMON_PLACEHOLDERS)[number]
  | (typeof BASIS_PLACEHOLDERS)[AppreciationBasis][number];

export const PLACEHOLDER_PATTERN = /\{([^{}\s]*)\}/g;
