import type { Kysely } from 'kysely';
import type { Issue } from '../core/errors.js';
import type { LinkedinFileKind } from '../core/linkedin-records.js';
import type { ExportReader } from '../import/export-reader.js';
import type { Database } from '../store/schema.js';
import { toCount } from '../store/store.js';

/**
 * Re-import skips what did not change (issue 16). Each import stores, for each kind below, the
 * fingerprints of that kind's files and a `guard`: the counts and highest ids of the tables the kind's
 * merge writes, taken when the import commits. The next import skips a kind when its fingerprint and
 * the guard taken before anything is written are both what the last import stored: same file, and
 * no row added or removed since by anything else (forget, reset, a restore, a paste…) — so merging
 * the file again would write nothing, and for Connections.csv the connections it lists are exactly
 * the current ones (no removal to detect). Bump MERGE_VERSION when a merge's keys or rules change:
 * every stored fingerprint then differs and the next import reads every file once.
 */
const MERGE_VERSION = 2;

/** The kinds worth skipping: the large files, whose merges only add or update their own rows. */
export const SKIPPABLE = [
  'connections',
  'invitations',
  'messages',
] as const satisfies readonly LinkedinFileKind[];
export type SkippableKind = (typeof SKIPPABLE)[number];

type Stored = Partial<Record<SkippableKind, { fingerprint: string; guard: string }>>;

/** The fingerprint of one kind's files, or undefined when one of them has none (always read). */
function fingerprintOf(reader: ExportReader, kind: SkippableKind, extra: string): string | undefined {
  const files = reader.recognised.filter((f) => f.kind === kind).sort((a, b) => a.path.localeCompare(b.path));
  if (files.length === 0 || files.some((f) => !f.fingerprint)) return undefined;
  return [`v${MERGE_VERSION}`, extra, ...files.map((f) => `${f.path}=${f.fingerprint}`)].join('|');
}

const TABLES = { connections: 'connections', invitations: 'invitations', messages: 'messages' } as const;

async function guardOf(db: Kysely<Database>, ownerId: number, kind: SkippableKind): Promise<string> {
  const table = TABLES[kind];
  const counted = async (name: keyof typeof TABLES | 'people') => {
    const row = await db
      .selectFrom(name)
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('id').as('top')])
      .where('owner_id', '=', ownerId)
      .executeTakeFirstOrThrow();
    return `${toCount(row.n)}/${toCount(row.top as number | null)}`;
  };
  const removed =
    kind === 'connections'
      ? await db
          .selectFrom('connections')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('owner_id', '=', ownerId)
          .where('status', '=', 'removed')
          .executeTakeFirstOrThrow()
      : { n: 0 };
  return `${await counted(table)}:${toCount(removed.n)}:${await counted('people')}`;
}

export interface ImportFingerprints {
  /**
   * True when this kind's files are the ones the last import merged, with the same `extra` (what the
   * merge depends on beyond its files: the owner's profile URL for messages), and no row of its tables
   * was added or removed since. The guard was taken before this import wrote anything.
   */
  unchanged(kind: SkippableKind, extra?: string): boolean;
  /** The issues the last import reported on the files found unchanged: they still hold. */
  carriedIssues(): Issue[];
  /** What to store on this import's row once its merges are done, with each kind's `extra`. */
  record(db: Kysely<Database>, extra: Partial<Record<SkippableKind, string>>): Promise<string>;
}

/** Reads the last import's fingerprints and the guards as they are before this import writes. */
export async function readFingerprints(
  db: Kysely<Database>,
  ownerId: number,
  reader: ExportReader,
): Promise<ImportFingerprints> {
  const last = await db
    .selectFrom('imports')
    .select(['files', 'summary'])
    .where('owner_id', '=', ownerId)
    .where('finished_at', 'is not', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const stored = parseStored(last?.files ?? null);
  const guards = new Map<SkippableKind, string>();
  for (const kind of SKIPPABLE) if (stored[kind]) guards.set(kind, await guardOf(db, ownerId, kind));
  const skippedPaths = new Set<string>();
  return {
    unchanged: (kind, extra = '') => {
      const before = stored[kind];
      const same =
        before !== undefined &&
        before.fingerprint === fingerprintOf(reader, kind, extra) &&
        before.guard === guards.get(kind);
      if (same) for (const f of reader.recognised) if (f.kind === kind) skippedPaths.add(f.path);
      return same;
    },
    carriedIssues: () => lastIssues(last?.summary ?? null).filter((i) => skippedPaths.has(i.file)),
    record: async (trx, extra) => {
      const files: Stored = {};
      for (const kind of SKIPPABLE) {
        const fingerprint = fingerprintOf(reader, kind, extra[kind] ?? '');
        if (fingerprint !== undefined)
          files[kind] = { fingerprint, guard: await guardOf(trx, ownerId, kind) };
      }
      return JSON.stringify(files);
    },
  };
}

function lastIssues(summary: string | null): Issue[] {
  if (summary === null) return [];
  try {
    const issues: unknown = (JSON.parse(summary) as { issues?: unknown }).issues;
    return Array.isArray(issues) ? (issues as Issue[]) : [];
  } catch {
    return [];
  }
}

function parseStored(text: string | null): Stored {
  if (text === null) return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Stored) : {};
  } catch {
    return {};
  }
}
