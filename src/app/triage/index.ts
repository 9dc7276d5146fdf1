/** The daily job's use cases: the CLI and the web server call these and get JSON-ready objects. */

export { type LogEntry, listLog } from '../changes/change-list.js';
export { previewUndo, undoBatch, undoLast } from '../changes/undo.js';
export { type AutoTriageSummary, autoTriage } from './auto-triage.js';
export { type DecideInput, decide } from './decide.js';
export { type DraftExportRow, draftsToCsv, listDrafts } from './drafts-export.js';
export { editDraft } from './edit-draft.js';
export { type FlaggedPerson, listFlagged } from './flagged.js';
export { type FollowUp, type FollowUps, followUps } from './followups.js';
export { policyVersion } from './policy-version.js';
export { addReply, detectReplies, listReplies } from './replies.js';
export { loadTriageItem, loadTriagePage, loadTriageQueue, type TriageDeps } from './triage-queue.js';
export type {
  DecideResult,
  DraftView,
  PastDecision,
  ReplyView,
  TriageItem,
  UndoPreview,
  UndoResult,
} from './types.js';
