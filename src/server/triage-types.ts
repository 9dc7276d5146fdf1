/** The triage, queues, policy and settings API's JSON and the port it calls (type-only in the web app). */
import type {
  DecideResult,
  DraftView,
  FlaggedPerson,
  FollowUp,
  ReplyView,
  TriageItem,
  UndoPreview,
  UndoResult,
} from '../app/triage/index.js';
import type { DecisionKind, Lang } from '../core/labels.js';
import type { PolicyError, PolicySettings } from '../core/policy/index.js';

export type {
  DecideResult,
  DraftView,
  FlaggedPerson,
  FollowUp,
  PolicyError,
  PolicySettings,
  ReplyView,
  UndoPreview,
};

/** An invitation as the triage screen shows it: the app layer's item and its draft's limit. */
export type TriageItemView = TriageItem & { draftLimit: number | null };

export interface TriagePage {
  total: number;
  offset: number;
  items: TriageItemView[];
}

export interface DecideAnswer {
  result: DecideResult;
}

export interface UndoAnswer {
  undone: UndoResult | null;
  /** The invitation back in the queue, as it is now (null when the undo was about something else). */
  item: TriageItemView | null;
}

export interface DueAsks {
  due: FollowUp[];
  asks: { total: number; answered: number; rate: number | null };
}

export interface PolicyText {
  text: string;
  /** `preset:selective` until the user saves their own. */
  source: string;
  presets: Record<string, string>;
}

export type SavePolicyAnswer = { saved: true } | { saved: false; errors: PolicyError[] };

export type SaveSettingsAnswer =
  | { saved: true; settings: PolicySettings }
  | { saved: false; errors: PolicyError[] };

/** What the triage routes need from the application layer (one owner, the user's policy file). */
export interface TriageServices {
  page(window: { offset: number; limit: number }): Promise<TriagePage>;
  decide(input: { invitationId: number; decision?: DecisionKind | undefined }): Promise<DecideResult>;
  /** Takes back the batch named, else the latest change of the log. */
  undo(batch?: string | undefined): Promise<UndoAnswer>;
  previewUndo(batch?: string | undefined): Promise<UndoPreview | null>;
  editDraft(input: {
    invitationId: number;
    text?: string | undefined;
    lang?: Lang | undefined;
  }): Promise<DraftView>;
  dueAsks(): Promise<DueAsks>;
  replies(): Promise<ReplyView[]>;
  flagged(): Promise<FlaggedPerson[]>;
  policy(): Promise<PolicyText>;
  savePolicy(text: string): Promise<SavePolicyAnswer>;
  settings(): Promise<PolicySettings>;
  saveSettings(settings: PolicySettings): Promise<SaveSettingsAnswer>;
}
