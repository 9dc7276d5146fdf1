import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Issue, StrongtiesError } from '../core/errors.js';
import { readInvitationsCsv, readInvitationsJson } from '../import/other-network/read-invitations.js';
import type { Store } from '../store/store.js';
import { type AddOptions, addInvitations } from './add-invitations.js';
import { strictRefusal } from './import-context.js';

export interface OtherNetworkSummary {
  file: string;
  added: number;
  /** Invitations already stored (the same file twice, or pasted before). */
  merged: number;
  issues: Issue[];
}

/**
 * Imports invitations from another network (Xing, Malt, Viadeo, X…) in the documented CSV or JSON
 * format: the rows that validate are added, the others are issues naming their line and field.
 */
export async function importOtherNetwork(
  store: Store,
  path: string,
  options: {
    ownerId: number;
    format: 'csv' | 'json';
    strict?: boolean;
    maxBytes: number;
    reader?: AddOptions['reader'];
  },
): Promise<OtherNetworkSummary> {
  const file = basename(path);
  const size = (await stat(path)).size;
  if (size > options.maxBytes) {
    throw new StrongtiesError(
      'archive-too-large',
      `${file} is larger than the ${options.maxBytes} bytes accepted`,
    );
  }
  const text = await readFile(path, 'utf8');
  const { records, issues } =
    options.format === 'csv' ? readInvitationsCsv(text, file) : readInvitationsJson(text, file);
  if (options.strict && issues[0]) throw strictRefusal(issues[0]);
  const added = await addInvitations(store, options.ownerId, records, {
    source: 'csv',
    reader: options.reader,
  });
  const fresh = added.filter((a) => a.added).length;
  return { file, added: fresh, merged: added.length - fresh, issues };
}
