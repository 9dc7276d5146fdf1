import type { DetectedLang, InvitationLabel, ReplyLabel } from '../labels.js';

/**
 * One reason behind a classification, as a translation code with parameters (signal-words.ts puts it
 * in the interface language), with its weight (0–1): `cue:<id>` a cue rule of cues.ts, `style:<id>`
 * the note's length or capitals, `class:<id>` a word class (an amount, a contact channel…), `word`
 * and `words` with `{ text }` the words as written, `wording` the letters and function words pooled
 * ("the wording as a whole"), `empty` no note at all.
 */
export interface Signal {
  code: string;
  params?: Record<string, string>;
  weight: number;
}

export interface Classification<L extends string> {
  label: L;
  lang: DetectedLang;
  /** The probability of `label` itself, calibrated: among results given confidence c, about c are right. */
  confidence: number;
  /**
   * No label is clearly ahead, or the best one was `scam` but under its gate: the label is a guess,
   * to leave to the user (no preset accepts or drafts for an unsure invitation).
   */
  unsure: boolean;
  /** When unsure: the labels it hesitated between, the most probable first; else empty. */
  between: L[];
  /** The strongest reasons first. */
  signals: Signal[];
}

export type InvitationClassification = Classification<InvitationLabel>;
export type ReplyClassification = Classification<ReplyLabel>;

export type ClassifierKind = 'invitation' | 'reply';

/** What the rest of the code depends on; src/core/classify/index.ts provides the trained one. */
export interface TextReader {
  detectLanguage(text: string): DetectedLang;
  classifyInvitation(text: string): InvitationClassification;
  classifyReply(text: string): ReplyClassification;
}
