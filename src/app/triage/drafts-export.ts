import { toSpreadsheetCsv } from '../../core/spreadsheet-csv.js';
import type { Store } from '../../store/store.js';

export interface DraftExportRow {
  id: number;
  invitationId: number | null;
  replyId: number | null;
  name: string;
  profileUrl: string | null;
  variant: string;
  lang: string;
  status: string;
  edited: boolean;
  length: number;
  text: string;
  updatedAt: string;
}

/** Drafts to send in bulk, oldest first; `status: 'all'` includes sent and discarded ones. */
export async function listDrafts(
  store: Store,
  ownerId: number,
  filter: { status: 'draft' | 'sent' | 'discarded' | 'all' },
): Promise<DraftExportRow[]> {
  let query = store.db
    .selectFrom('drafts as d')
    .leftJoin('people as p', 'p.id', 'd.person_id')
    .selectAll('d')
    .select(['p.first_name', 'p.last_name', 'p.profile_url'])
    .where('d.owner_id', '=', ownerId);
  if (filter.status !== 'all') query = query.where('d.status', '=', filter.status);
  const rows = await query.orderBy('d.id', 'asc').execute();
  return rows.map((r) => ({
    id: r.id,
    invitationId: r.invitation_id,
    replyId: r.reply_id,
    name: `${r.first_name ?? ''} ${r.last_name ?? ''}`.trim(),
    profileUrl: r.profile_url ?? null,
    variant: r.variant,
    lang: r.lang,
    status: r.status,
    edited: r.edited === 1,
    length: r.length,
    text: r.text,
    updatedAt: r.updated_at,
  }));
}

const CSV_COLUMNS = [
  'id',
  'invitationId',
  'replyId',
  'name',
  'profileUrl',
  'variant',
  'lang',
  'status',
  'edited',
  'length',
  'text',
  'updatedAt',
] as const satisfies readonly (keyof DraftExportRow)[];

/**
 * Drafts as CSV a spreadsheet opens safely: every cell goes through `spreadsheetSafe`, so a stranger's
 * name like `=HYPERLINK(…)` stays text.
 */
export function draftsToCsv(rows: readonly DraftExportRow[]): string {
  return toSpreadsheetCsv(
    CSV_COLUMNS,
    rows.map((row) => CSV_COLUMNS.map((c) => row[c])),
  );
}
