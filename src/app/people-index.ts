import { foldName } from '../core/profile-url.js';
import { rowInserter } from '../store/insert-rows.js';
import type { ImportContext } from './import-context.js';

export interface PersonCandidate {
  key: string;
  profileUrl: string | undefined;
  firstName: string;
  lastName: string;
}

type PeopleInserter = ReturnType<typeof rowInserter<'people', 'id' | 'person_key'>>;

interface KnownPerson {
  id: number;
  firstName: string;
  lastName: string;
}

const PEOPLE_COLUMNS = [
  'owner_id',
  'person_key',
  'profile_url',
  'first_name',
  'last_name',
  'created_at',
  'updated_at',
] as const;

/**
 * The owner's people by key, loaded once per import (tens of thousands at most) so that each batch
 * writes only the people it adds or renames. Only `first_name`, `last_name` and `updated_at` are ever
 * overwritten: what the user wrote about a person (notes, flags, points…) is never in an import's
 * column list.
 */
export class PeopleIndex {
  readonly #byKey = new Map<string, KnownPerson>();
  /** Folded full name → the one person with a profile URL of that name (`null`: namesakes). */
  #byName: Map<string, number | null> | undefined;
  #loaded = false;
  readonly #rename;
  readonly #add;

  constructor(private readonly ctx: ImportContext) {
    const base = { table: 'people', columns: PEOPLE_COLUMNS, returning: ['id', 'person_key'] } as const;
    this.#rename = rowInserter(ctx.dialect, {
      ...base,
      onConflict: { target: ['owner_id', 'person_key'], update: ['first_name', 'last_name', 'updated_at'] },
    });
    // A no-op update instead of `do nothing`, so that `returning` also yields a row another process
    // inserted since the index was loaded.
    this.#add = rowInserter(ctx.dialect, {
      ...base,
      onConflict: { target: ['owner_id', 'person_key'], update: ['person_key'] },
    });
  }

  async load(): Promise<void> {
    if (this.#loaded) return;
    const rows = await this.ctx.trx
      .selectFrom('people')
      .select(['id', 'person_key', 'first_name', 'last_name'])
      .where('owner_id', '=', this.ctx.ownerId)
      .execute();
    for (const r of rows) {
      this.#byKey.set(r.person_key, { id: r.id, firstName: r.first_name, lastName: r.last_name });
    }
    this.#loaded = true;
  }

  id(key: string): number | undefined {
    return this.#byKey.get(key)?.id;
  }

  /**
   * The person with a profile URL whose full name is `name`, when exactly one has it: how rows that
   * carry no URL find the person (namesakes are never guessed between).
   */
  idByUniqueName(name: string): number | undefined {
    if (this.#byName === undefined) {
      this.#byName = new Map();
      for (const [key, p] of this.#byKey) {
        if (key.startsWith('name:')) continue;
        const folded = foldName(`${p.firstName} ${p.lastName}`);
        this.#byName.set(folded, this.#byName.has(folded) ? null : p.id);
      }
    }
    return this.#byName.get(foldName(name)) ?? undefined;
  }

  /** Forgets a person the import deleted (merged into another), so no later batch names them. */
  drop(key: string): void {
    this.#byKey.delete(key);
  }

  /**
   * Makes sure every candidate exists. With `rename`, the candidates' names are authoritative (they
   * come from Connections.csv) and replace the stored ones; returns the keys whose name changed.
   */
  async ensure(candidates: Iterable<PersonCandidate>, rename: boolean): Promise<Set<string>> {
    const toAdd = new Map<string, PersonCandidate>();
    const toRename = new Map<string, PersonCandidate>();
    for (const c of candidates) {
      const known = this.#byKey.get(c.key);
      if (!known) {
        if (!toAdd.has(c.key) || rename) toAdd.set(c.key, c);
      } else if (rename && (known.firstName !== c.firstName || known.lastName !== c.lastName)) {
        toRename.set(c.key, c);
      }
    }
    const renamed = new Set(toRename.keys());
    if (toAdd.size > 0) await this.#write(this.#add, [...toAdd.values()]);
    if (toRename.size > 0) await this.#write(this.#rename, [...toRename.values()]);
    return renamed;
  }

  async #write(insert: PeopleInserter, people: PersonCandidate[]): Promise<void> {
    const { ownerId, now } = this.ctx;
    const rows = people.map((p) => ({
      owner_id: ownerId,
      person_key: p.key,
      profile_url: p.profileUrl ?? null,
      first_name: p.firstName,
      last_name: p.lastName,
      created_at: now,
      updated_at: now,
    }));
    const { returned } = await insert(this.ctx.trx, rows);
    this.#byName = undefined;
    const byKey = new Map(people.map((p) => [p.key, p]));
    for (const r of returned) {
      const p = byKey.get(r.person_key);
      if (p && r.id !== undefined) {
        this.#byKey.set(r.person_key, { id: r.id, firstName: p.firstName, lastName: p.lastName });
      }
    }
  }
}
