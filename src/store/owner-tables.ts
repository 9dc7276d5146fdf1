import type { Database } from './schema.js';
import type { TeamTableName } from './team-schema.js';

/** Every table except `accounts` holds rows one owner owns (`owner_id`). */
export type OwnerTableName = Exclude<keyof Database, 'accounts' | TeamTableName>;

/** What `forget` does with a row about the forgotten person. */
export type ForgetAction =
  | 'delete'
  /** Keep the row without personal data: the listed columns get these values, the refs are nulled. */
  | { tombstone: Readonly<Record<string, string | null>> };

/** How a row is about a person beyond its refs (a message names the person by URL, not by id). */
export type AboutPerson = 'message-party' | 'recommendation-name';

/**
 * One owner-scoped table, as export, import-back, forget and reset see it. The generic code reads
 * every column with `select *`, so a new column needs no entry here; a new table or a new reference
 * between tables does (owner-tables.test.ts fails until it is registered).
 */
export interface OwnerTable {
  readonly name: OwnerTableName;
  /** The table has a generated `id` that other rows reference: it is remapped on import-back. */
  readonly id: boolean;
  /** Columns that identify a row within the owner's data (unique with `owner_id`); import-back merges on them. */
  readonly key: readonly string[];
  /** Columns holding the id of a row of another owner table. */
  readonly refs: Readonly<Record<string, OwnerTableName>>;
  readonly forget: ForgetAction;
  readonly about?: AboutPerson;
  /**
   * JSON columns that hold ids of other rows, remapped on import-back like refs: `snapshot` is
   * `{ table: [row…] }` (each row's `id` and refs), `created` is `{ created: { table: [id…] } }`.
   */
  readonly idsInJson?: Readonly<Record<string, 'snapshot' | 'created'>>;
}

/**
 * The registry, parents before children: import-back inserts in this order (so every ref points to a
 * row already written), forget and reset delete in the reverse order.
 */
export const OWNER_TABLES: readonly OwnerTable[] = [
  { name: 'people', id: true, key: ['person_key'], refs: {}, forget: 'delete' },
  { name: 'imports', id: true, key: [], refs: {}, forget: 'delete' },
  { name: 'tags', id: false, key: ['person_id', 'tag'], refs: { person_id: 'people' }, forget: 'delete' },
  {
    name: 'connections',
    id: true,
    key: ['connection_key'],
    refs: { person_id: 'people', first_import_id: 'imports', last_import_id: 'imports' },
    forget: 'delete',
  },
  {
    name: 'invitations',
    id: true,
    key: ['invitation_key'],
    refs: { person_id: 'people' },
    forget: 'delete',
  },
  {
    name: 'messages',
    id: true,
    key: ['message_key'],
    refs: { from_person_id: 'people' },
    forget: 'delete',
    about: 'message-party',
  },
  { name: 'positions', id: true, key: ['position_key'], refs: {}, forget: 'delete' },
  {
    name: 'endorsements',
    id: true,
    key: ['endorsement_key'],
    refs: { person_id: 'people' },
    forget: 'delete',
  },
  {
    name: 'recommendations',
    id: true,
    key: ['recommendation_key'],
    refs: {},
    forget: 'delete',
    about: 'recommendation-name',
  },
  { name: 'segments', id: false, key: ['name'], refs: {}, forget: 'delete' },
  // Triage (migration 0003). Decisions and the change log are history: forget keeps what was decided
  // and when, without who or what.
  { name: 'policies', id: false, key: ['version'], refs: {}, forget: 'delete' },
  {
    name: 'decisions',
    id: true,
    key: [],
    refs: { invitation_id: 'invitations', person_id: 'people' },
    forget: { tombstone: { reason: null } },
  },
  {
    name: 'replies',
    id: true,
    // No key: `message_key` is null for pasted replies, so it cannot tell rows apart.
    key: [],
    refs: { person_id: 'people', invitation_id: 'invitations', decision_id: 'decisions' },
    forget: 'delete',
  },
  {
    name: 'drafts',
    id: true,
    key: [],
    refs: { invitation_id: 'invitations', person_id: 'people', reply_id: 'replies' },
    forget: 'delete',
  },
  // The team server (migration 0005): a member's own policy text.
  { name: 'member_policies', id: false, key: [], refs: {}, forget: 'delete' },
  {
    name: 'change_log',
    id: true,
    key: [],
    refs: { person_id: 'people', invitation_id: 'invitations' },
    forget: { tombstone: { summary: '', before_state: '{}', after_state: '{}' } },
    // Undo restores these rows by id: after import-back they must name the rows the target numbered.
    idsInJson: { before_state: 'snapshot', after_state: 'created' },
  },
];

/** The owner's own profile columns on `accounts`: exported, restored, and cleared by reset. */
export const ACCOUNT_PROFILE_COLUMNS = [
  'profile_url',
  'first_name',
  'last_name',
  'headline',
  'summary',
  'websites',
  'twitter',
] as const;

/** Tables the migrator owns, not the user. */
export const SYSTEM_TABLES: ReadonlySet<string> = new Set(['kysely_migration', 'kysely_migration_lock']);
