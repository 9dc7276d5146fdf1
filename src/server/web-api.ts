import type { Hono } from 'hono';
import type { Config } from '../app/config.js';
import { importLinkedinFile } from '../app/import-linkedin-file.js';
import { listInvitations } from '../app/list-invitations.js';
import { pasteInvitation } from '../app/paste-invitation.js';
import { loadPolicy } from '../app/policy-file.js';
import { addReply } from '../app/triage/index.js';
import { textReader } from '../core/classify/index.js';
import type { TextReader } from '../core/classify/types.js';
import { openStore } from '../store/open-store.js';
import { apiRoutes } from './api-routes.js';
import type { ServerEnv } from './env.js';
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
  const { ownerId } = config;
  const services: WebServices = {
    maxUploadBytes: config.maxArchiveBytes,
    network: networkServices(store, ownerId),
    triage: triageServices(store, ownerId, { dataDir: config.dataDir, reader }),
    listPendingInvitations: async () =>
      (await listInvitations(store, ownerId, { status: 'pending' })).map((row) => ({
        id: row.id,
        name: row.name,
        profileUrl: row.profileUrl,
        headline: row.headline,
        note: row.note,
        sentAt: row.sentAt,
      })),
    pasteInvitation: async (row) => {
      const { policy } = await loadPolicy({ dataDir: config.dataDir });
      return pasteInvitation(store, ownerId, row, { reader, policy });
    },
    pasteReply: async (input) => {
      const { policy } = await loadPolicy({ dataDir: config.dataDir });
      const reply = await addReply(store, ownerId, input, { policy, reader });
      const { id, name, label, confidence, suggestion, draft } = reply;
      return { id, name, label, confidence, suggestion, draft: draft?.text ?? null };
    },
    importExport: (path, name, onProgress, signal) =>
      importLinkedinFile(store, path, {
        ownerId,
        dataDir: config.dataDir,
        maxUncompressedBytes: config.maxArchiveBytes,
        onProgress,
        ...(signal && { signal }),
        reader,
        // The upload lives under a temporary name: show the user the file they chose.
        archiveName: name,
        onWarning: (message) => log?.(`ties serve: import: ${message}`),
      }),
  };
  return { routes: apiRoutes(services, log), services, close: () => store.close() };
}
