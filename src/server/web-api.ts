import type { Hono } from 'hono';
import type { Config } from '../app/config.js';
import { importLinkedinFile } from '../app/import-linkedin-file.js';
import { listInvitations } from '../app/list-invitations.js';
import { pasteInvitation } from '../app/paste-invitation.js';
import { ownerSigned } from '../app/policy/owner-signed.js';
import { filePolicySource, type PolicySource } from '../app/policy/policy-source.js';
import { addReply } from '../app/triage/index.js';
import { textReader } from '../core/classify/index.js';
import type { TextReader } from '../core/classify/types.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { apiRoutes } from './api-routes.js';
import type { ServerEnv } from './env.js';
import { ImportJobs } from './import-jobs.js';
import { networkServices } from './network-services.js';
import { triageServices } from './triage-services.js';
import type { WebServices } from './web-services.js';

/** The JSON API the web app talks to, over the application layer, and what to close on exit. */
export interface WebApi {
  readonly routes: Hono<ServerEnv>;
  readonly services: WebServices;
  close(): Promise<void>;
}

/**
 * Opens the store the config names and builds the API over the application layer's use cases. The
 * reader classifies notes and replies: the trained classifier unless a test or benchmark gives another.
 */
export async function openWebApi(
  config: Config,
  log?: (line: string) => void,
  reader: TextReader = textReader,
): Promise<WebApi> {
  const store = await openStore(config);
  const services = ownerWebServices(store, config.ownerId, {
    maxUploadBytes: config.maxArchiveBytes,
    maxFieldChars: config.maxFieldChars,
    reader,
    policies: filePolicySource(config.dataDir),
    dataDir: config.dataDir,
    log,
  });
  const jobs = new ImportJobs(services, log);
  return {
    routes: apiRoutes(services, log, jobs),
    services,
    // A running import is cancelled first: it rolls back and removes its upload, then the store closes.
    close: async () => {
      await jobs.stop();
      await store.close();
    },
  };
}

/** Every use case of the web app for one owner: the local server's, and each member's on the team server. */
export function ownerWebServices(
  store: Store,
  ownerId: number,
  options: {
    maxUploadBytes: number;
    /** The longest field an import keeps (the reader's cap); absent: the reader's default. */
    maxFieldChars?: number;
    reader: TextReader;
    policies: PolicySource;
    /** The local data directory (its policy file reads replies at import); none on the team server. */
    dataDir?: string;
    log?: ((line: string) => void) | undefined;
  },
): WebServices {
  const { reader, policies } = options;
  return {
    maxUploadBytes: options.maxUploadBytes,
    network: networkServices(store, ownerId),
    triage: triageServices(store, ownerId, { policies, reader }),
    listPendingInvitations: async () =>
      (await listInvitations(store, ownerId, { status: 'pending' })).map((row) => ({
        id: row.id,
        name: row.name,
        profileUrl: row.profileUrl,
        headline: row.headline,
        note: row.note,
        sentAt: row.sentAt,
      })),
    pasteInvitation: async (row) =>
      pasteInvitation(store, ownerId, row, {
        reader,
        policy: await ownerSigned(store, ownerId, await policies.load()),
      }),
    pasteReply: async (input) => {
      const policy = await ownerSigned(store, ownerId, await policies.load());
      const reply = await addReply(store, ownerId, input, { policy, reader });
      const { id, name, label, confidence, suggestion, draft } = reply;
      return { id, name, label, confidence, suggestion, draft: draft?.text ?? null };
    },
    importExport: (path, name, onProgress, signal) =>
      importLinkedinFile(store, path, {
        ownerId,
        // Replies in new messages are read with the policy file of this directory; the team server
        // has none (a member's policy is in the database), so it reads them later, on demand.
        dataDir: options.dataDir ?? '',
        maxUncompressedBytes: options.maxUploadBytes,
        ...(options.maxFieldChars !== undefined && { maxFieldChars: options.maxFieldChars }),
        onProgress,
        ...(signal && { signal }),
        ...(options.dataDir !== undefined && { reader }),
        // The upload lives under a temporary name: show the user the file they chose.
        archiveName: name,
        onWarning: (message) => options.log?.(`ties serve: import: ${message}`),
      }),
  };
}
