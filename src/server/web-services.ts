import type { ImportStep } from '../app/import-context.js';
import type { InvitationView, PasteAnswer, PastedReplyView } from './api-types.js';
import type { NetworkServices } from './network-types.js';
import type { TriageServices } from './triage-types.js';

/**
 * What the API needs from the application layer. The server holds no logic of its own: each route
 * parses, calls one of these, and answers; `serve` builds them over the store.
 */
export interface WebServices {
  listPendingInvitations(): Promise<InvitationView[]>;
  /** Imports the LinkedIn export at `path`, reporting bytes read; resolves to the import summary. */
  importExport(
    path: string,
    name: string,
    onProgress: (done: number, total: number, step?: ImportStep) => void,
    /** Aborted when the user cancels the import from the page, or the server stops. */
    signal?: AbortSignal,
  ): Promise<unknown>;
  /** Largest upload accepted, in bytes. */
  readonly maxUploadBytes: number;
  /** Adds a pasted invitation (validated like a row of the other-network import) to the pending queue. */
  pasteInvitation?(row: unknown): Promise<PasteAnswer>;
  /** Adds a pasted reply from the person at `profileUrl`, classified, with what to do next. */
  pasteReply?(input: { profileUrl: string; text: string }): Promise<PastedReplyView>;
  /** Tending the network: strength, review, removals, exposure, statistics. */
  readonly network?: NetworkServices;
  /** The daily job: triage queue, decisions, queues, policy and settings. */
  readonly triage?: TriageServices;
}
