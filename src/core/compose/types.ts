import type { DetectedLang, InvitationLabel, Lang } from '../labels.js';
import type { ChannelKind } from '../policy/schema.js';
import type { AppreciationBasis, Variant } from '../policy/variants.js';

/** French has two registers; English phrases ignore it. */
export type Register = 'vous' | 'tu';
export type Phrase = string | { readonly vous: string; readonly tu: string };
/** At least three phrasings per element, so that two people rarely get the same words. */
export type Phrases = readonly [Phrase, Phrase, Phrase, ...Phrase[]];
export type ByBasis = Readonly<Record<AppreciationBasis, Phrases>>;

/** One locale's built-in wording; `satisfies Templates` makes the compiler check completeness. */
export interface Templates {
  greeting: { named: Phrases; anonymous: Phrases };
  decline: {
    appreciation: ByBasis;
    reason: Phrases;
    /** The reason when the note or the user's records recall a shared past: never denies it. */
    reasonSharedPast: Phrases;
    openness: Phrases;
    opennessAlone: Phrases;
    closing: Phrases;
  };
  short: {
    appreciation: ByBasis;
    reason: Phrases;
    reasonSharedPast: Phrases;
    openness: Phrases;
    opennessAlone: Phrases;
  };
  /**
   * What {reason} says to someone who recalls a shared past, when the policy has no
   * `reasonSharedPast` of its own: only what the user can say truthfully (they do not know the
   * sender well enough yet), never that the two have not met.
   */
  sharedPastReason: Phrase;
  ask: { body: Phrases; closing: Phrases };
  welcome: { body: Phrases; closing: Phrases };
  'follow-up': { body: Phrases; closing: Phrases };
  /** How a channel reads inside a sentence: "mon compte Twitter ({value})". */
  channel: Readonly<Record<ChannelKind, string>>;
  /** Joins the last two channels: " ou " / " or ". */
  or: string;
  /** What {channels} becomes in a user template when the policy lists none. */
  noChannel: string;
  /** How a mentioned piece of content reads: "mon article" / "my article". */
  content: Readonly<Record<ContentKind, string>>;
  /** "sur" / "on", "à" / "at" before the content's topic. */
  about: string;
  at: string;
}

export const CONTENT_KINDS = [
  'article',
  'post',
  'talk',
  'presentation',
  'webinar',
  'podcast',
  'panel',
  'workshop',
  'book',
  'video',
  'newsletter',
] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** What the composer knows about one invitation: the classification arrives as data. */
export interface InvitationInput {
  id: string;
  name: string;
  /** The note, as the stranger wrote it (hostile text). */
  text: string;
  headline?: string | undefined;
  label: InvitationLabel;
  /** The note's language, as detected. */
  noteLang: DetectedLang;
  /** A mutual contact known from elsewhere (the store), by name. */
  mutual?: string | undefined;
  /** Where the invitation came from (linkedin, xing, malt…): the draft fits that network's limits. */
  network?: string | undefined;
  /**
   * The user's records say the two have met in person or exchanged in a group. With a `known`
   * label, it makes the reason speak of a shared past instead of the policy's usual reason.
   */
  sharedPast?: boolean | undefined;
}

export interface ComposeOptions {
  variant: Variant;
  /** The draft's language. */
  lang: Lang;
  /** Overrides the policy's signature. */
  signature?: string | undefined;
}

export type PartName = 'appreciation' | 'reason' | 'openness' | 'body';

export interface Draft {
  variant: Variant;
  lang: Lang;
  register: Register;
  /** What the appreciation rests on, when the variant has one. */
  basis: AppreciationBasis | undefined;
  text: string;
  parts: Partial<Record<PartName, string>>;
  length: number;
  /** The platform limit the draft respects. */
  limit: number;
}
