import type { DetectedLang, InvitationLabel, ReplyLabel } from '../labels.js';

/** One reason behind a classification, in words a user understands, with its weight (0–1). */
export interface Signal {
  name: string;
  weight: number;
}

export interface Classification<L extends string> {
  label: L;
  lang: DetectedLang;
  /** Calibrated: among results given confidence c, about c of them are right. */
  confidence: number;
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
