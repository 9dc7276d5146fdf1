import { StrongtiesError } from '../../core/errors.js';
import { normalizeProfileUrl } from '../../core/profile-url.js';
import type { Store } from '../../store/store.js';

export interface LogEntry {
  id: number;
  at: string;
  kind: string;
  summary: string;
  personId: number | null;
  name: string | null;
  profileUrl: string | null;
  invitationId: number | null;
  undone: boolean;
  changed: unknown;
}

/** `ties log`: every change, newest first, for one person when `profileUrl` is given. */
export async function listLog(
  store: Store,
  ownerId: number,
  filter: { profileUrl?: string | undefined; limit?: number | undefined } = {},
): Promise<LogEntry[]> {
  let query = store.db
    .selectFrom('change_log as l')
    .leftJoin('people as p', 'p.id', 'l.person_id')
    .select([
      'l.id',
      'l.at',
      'l.kind',
      'l.summary',
      'l.person_id',
      'l.invitation_id',
      'l.undone_at',
      'l.after_state',
      'p.first_name',
      'p.last_name',
      'p.profile_url',
    ])
    .where('l.owner_id', '=', ownerId);
  if (filter.profileUrl !== undefined) {
    const url = normalizeProfileUrl(filter.profileUrl);
    if (!url) throw new StrongtiesError('usage', `not a profile URL: ${filter.profileUrl}`);
    query = query.where('p.person_key', '=', url);
  }
  if (filter.limit !== undefined) query = query.limit(filter.limit);
  const rows = await query.orderBy('l.id', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    kind: r.kind,
    summary: r.summary,
    personId: r.person_id,
    name: r.first_name === null ? null : `${r.first_name} ${r.last_name ?? ''}`.trim(),
    profileUrl: r.profile_url ?? null,
    invitationId: r.invitation_id,
    undone: r.undone_at !== null,
    changed: (JSON.parse(r.after_state) as { changed?: unknown }).changed ?? null,
  }));
}
