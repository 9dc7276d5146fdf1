import type { InvitationClassification, Signal } from '../../core/classify/types.js';
import type { DecisionKind, Lang, ReplyLabel } from '../../core/labels.js';

/** The JSON-ready shapes the triage use cases return; the CLI and the web server read them as they are. */

export interface DraftView {
  id: number | null;
  variant: string;
  lang: Lang;
  text: string;
  parts: Record<string, string>;
  length: number;
  edited: boolean;
}

export interface PastDecision {
  invitationId: number | null;
  decision: DecisionKind;
  decidedAt: string;
  decidedBy: 'policy' | 'user';
}

export interface TriageItem {
  invitationId: number;
  personId: number | null;
  name: string;
  profileUrl: string | null;
  headline: string | null;
  sentAt: string;
  /** Stranger's text, raw: front ends neutralise it (terminal) or render it as text (browser). */
  note: string;
  status: string;
  classification: InvitationClassification;
  /**
   * `reason` is what a decision records (policy's language); `why` is the reason alone in each
   * language, and `matched` false means no rule matched and the default applies.
   */
  suggestion: {
    decision: DecisionKind;
    rule: string;
    matched: boolean;
    reason: string;
    why: Record<Lang, string>;
  };
  /** The stored draft, else the one the suggestion would send (id null); null when nothing is sent. */
  draft: DraftView | null;
  /** Decisions on earlier invitations from the same person, newest first ("second invitation"). */
  earlier: PastDecision[];
  flag: 'opportunist' | 'scammer' | null;
  /** "Flagged by your team (2 members, last on …)": counts, never who (the team server only). */
  teamFlag: { kind: 'opportunist' | 'scammer'; members: number; lastAt: string } | null;
  /** The decision in force on this invitation, if any. */
  decision: PastDecision | null;
}

export interface DecideResult {
  decisionId: number;
  invitationId: number;
  decision: DecisionKind;
  status: string;
  dueAt: string | null;
  draft: DraftView | null;
}

export interface ReplyView {
  id: number;
  personId: number;
  name: string;
  profileUrl: string | null;
  invitationId: number | null;
  decision: DecisionKind | null;
  text: string;
  label: ReplyLabel;
  confidence: number;
  lang: string;
  signals: Signal[];
  source: 'pasted' | 'messages';
  receivedAt: string;
  suggestion: string;
  status: 'open' | 'closed';
  draft: DraftView | null;
}

export type { UndoPreview, UndoResult } from '../changes/types.js';
