/** The JSON-ready shapes of undo, read by the CLI and the web server as they are. */

export interface UndoResult {
  batch: string;
  kind: string;
  summary: string;
  changes: number;
  /** The invitation the change was about, when it was about one. */
  invitationId: number | null;
  /** The person it was about, when it was about one. */
  personId: number | null;
}

/** What an undo would take back: the web app shows it before undoing anything but its own last act. */
export interface UndoPreview {
  batch: string;
  kind: string;
  summary: string;
  /** Log entries in the batch (one per invitation for an `--auto` run). */
  entries: number;
  at: string;
  origin: 'auto' | 'import' | null;
}
