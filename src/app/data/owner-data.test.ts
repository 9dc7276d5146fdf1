import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { snakeKeys } from '../../core/json-keys.js';
import { openZipSource } from '../../import/linkedin/zip-source.js';
import { readStrongtiesExport } from '../../import/strongties/read-export.js';
import { openStore } from '../../store/open-store.js';
import { OWNER_TABLES } from '../../store/owner-tables.js';
import type { Store } from '../../store/store.js';
import { openFreshStore } from '../../store/testing/fresh-store.js';
import { newOwner, STORE_KINDS, skipsOn, suiteStore } from '../../store/testing/store-cases.js';
import { undoLast } from '../triage/index.js';
import { forgetPerson } from './forget-person.js';
import { resetOwnerData } from './reset-data.js';
import { restoreExport } from './restore-export.js';
import { plantStaleCopy, seedOwnerData, TARGET, tracesInFiles } from './testing/owner-fixture.js';
import { snapshotOwner } from './testing/snapshot.js';
import { writeCsvExport } from './write-csv-export.js';
import { writeJsonExport } from './write-json-export.js';

const tempFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'strongties-export-')), name);

/** Every text cell of every owner table, to search for what must be gone. */
async function allText(store: Store, ownerId: number): Promise<string> {
  return JSON.stringify(await snapshotOwner(store, ownerId));
}

describe.each(STORE_KINDS)('your data in and out on %s', (kind) => {
  const it = test.skipIf(skipsOn(kind));
  const store = suiteStore(kind);

  it('exports every table and imports it back into an empty store with nothing lost', async () => {
    const fresh = await openFreshStore(kind);
    try {
      const source = fresh.store;
      await seedOwnerData(source, 1);
      const before = await snapshotOwner(source, 1);
      for (const table of OWNER_TABLES) expect(before[table.name], table.name).not.toHaveLength(0);

      const file = tempFile('export.json');
      const counts = await writeJsonExport(source, 1, file);
      expect(counts.tables['messages']).toBe(3);
      // Version 2: fields in camelCase, as every JSON Strongties writes (docs/json.md).
      const written = JSON.parse(readFileSync(file, 'utf8'));
      expect(written).toMatchObject({ version: 2, account: { firstName: expect.any(String) } });
      expect(Object.keys(written.tables.people[0])).toContain('personKey');
      const fields = Object.values(written.tables as Record<string, object[]>).flatMap((rows) =>
        rows.flatMap((row) => Object.keys(row)),
      );
      expect(fields.filter((f) => f.includes('_'))).toEqual([]);

      const target = await openFreshStore(kind);
      try {
        const summary = await restoreExport(target.store, 1, await readStrongtiesExport(file));
        expect(summary.tables['people']).toEqual({
          read: before['people']?.length,
          added: before['people']?.length,
        });
        expect(await snapshotOwner(target.store, 1)).toEqual(before);
        // Twice: the keys find the rows already there, nothing is duplicated.
        await restoreExport(target.store, 1, await readStrongtiesExport(file));
        const again = await snapshotOwner(target.store, 1);
        for (const table of OWNER_TABLES.filter((t) => t.key.length > 0)) {
          expect(again[table.name], table.name).toEqual(before[table.name]);
        }
      } finally {
        await target.dispose();
      }
    } finally {
      await fresh.dispose();
    }
  });

  it('reads a version 1 export (fields named like the columns) into the same rows', async () => {
    const fresh = await openFreshStore(kind);
    try {
      await seedOwnerData(fresh.store, 1);
      const before = await snapshotOwner(fresh.store, 1);
      const file = tempFile('export.json');
      await writeJsonExport(fresh.store, 1, file);
      const v2 = JSON.parse(readFileSync(file, 'utf8'));
      const v1 = {
        ...v2,
        version: 1,
        account: snakeKeys(v2.account),
        tables: Object.fromEntries(
          Object.entries(v2.tables as Record<string, Record<string, unknown>[]>).map(([name, rows]) => [
            name,
            rows.map(snakeKeys),
          ]),
        ),
      };
      expect(v1.tables.people[0]).toHaveProperty('person_key');
      const old = tempFile('export-v1.json');
      writeFileSync(old, JSON.stringify(v1));
      const target = await openFreshStore(kind);
      try {
        await restoreExport(target.store, 1, await readStrongtiesExport(old));
        expect(await snapshotOwner(target.store, 1)).toEqual(before);
      } finally {
        await target.dispose();
      }
    } finally {
      await fresh.dispose();
    }
  });

  it('remaps the ids the log holds, so undo after import-back takes back the right rows', async () => {
    const source = await openFreshStore(kind);
    const target = await openFreshStore(kind);
    try {
      await seedOwnerData(source.store, 1);
      const file = tempFile('export.json');
      await writeJsonExport(source.store, 1, file);
      // Someone else's rows first: every id the target gives differs from the source's.
      const other = await newOwner(target.store);
      await seedOwnerData(target.store, other);
      await restoreExport(target.store, 1, await readStrongtiesExport(file));
      const replies = (owner: number) =>
        target.store.db.selectFrom('replies').select('id').where('owner_id', '=', owner).execute();
      expect(await replies(1)).toHaveLength(1);
      // The last batch is the pasted reply: undo removes the reply it created, by its new id.
      const undone = await undoLast(target.store, 1);
      expect(undone?.kind).toMatch(/reply/);
      expect(await replies(1)).toHaveLength(0);
      expect(await replies(other)).toHaveLength(1);
    } finally {
      await source.dispose();
      await target.dispose();
    }
  });

  it('forgets a person given in any URL form and says what it removed', async () => {
    const ownerId = await newOwner(store());
    await seedOwnerData(store(), ownerId);
    const summary = await forgetPerson(store(), ownerId, TARGET.pastedUrl);
    expect(summary.removed).toMatchObject({
      people: 1,
      tags: 2,
      connections: 1,
      invitations: 1,
      messages: 2,
      endorsements: 1,
      recommendations: 1,
    });
    expect(summary.scrubbed).toEqual({ messages: 1 });
    // The history stays, without who or what: a decision was taken, then, under that policy.
    expect(summary.tombstoned).toMatchObject({ decisions: 1 });
    expect(summary.tombstoned['change_log']).toBeGreaterThanOrEqual(1);
    const log = await store()
      .db.selectFrom('change_log')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .execute();
    expect(log.length).toBeGreaterThan(0);
    for (const entry of log.filter((e) => e.summary === '')) {
      expect(entry).toMatchObject({
        person_id: null,
        invitation_id: null,
        before_state: '{}',
        after_state: '{}',
      });
      expect(entry.kind).not.toBe('');
    }
    const decisions = await store()
      .db.selectFrom('decisions')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .execute();
    expect(decisions.filter((d) => d.invitation_id === null).map((d) => d.decision)).toHaveLength(1);
    const left = await allText(store(), ownerId);
    for (const trace of ['zoe-quillard-4711', TARGET.last, TARGET.note, TARGET.message, TARGET.reply])
      expect(left).not.toContain(trace);
    expect(left).toContain('Marc');
    await expect(forgetPerson(store(), ownerId, TARGET.url)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('resets all of the owner’s data and leaves a store that opens empty', async () => {
    const ownerId = await newOwner(store());
    await seedOwnerData(store(), ownerId);
    const summary = await resetOwnerData(store(), ownerId);
    expect(summary.removed['messages']).toBe(3);
    const after = await snapshotOwner(store(), ownerId);
    for (const table of OWNER_TABLES) expect(after[table.name], table.name).toEqual([]);
    expect(after['accounts']).toEqual([expect.objectContaining({ first_name: null, profile_url: null })]);
  });
});

async function zipText(path: string): Promise<Map<string, string>> {
  const source = await openZipSource(path, 100_000_000);
  const files = new Map<string, string>();
  try {
    for (const entry of source.entries) {
      const chunks: Buffer[] = [];
      for await (const chunk of await source.open(entry)) chunks.push(chunk as Buffer);
      files.set(entry.path, Buffer.concat(chunks).toString('utf8'));
    }
  } finally {
    await source.close();
  }
  return files;
}

test('writes a CSV export a spreadsheet opens without evaluating a stranger’s formula', async () => {
  const fresh = await openFreshStore('sqlite');
  try {
    await seedOwnerData(fresh.store, 1);
    const zip = tempFile('export.zip');
    const counts = await writeCsvExport(fresh.store, 1, zip);
    const files = await zipText(zip);
    expect([...files.keys()].sort()).toEqual(
      ['account.csv', 'manifest.json', ...OWNER_TABLES.map((t) => `${t.name}.csv`)].sort(),
    );
    const manifest = JSON.parse(files.get('manifest.json') ?? '{}');
    expect(manifest).toMatchObject({ format: 'strongties-export-csv', version: 2, readBack: false });
    expect(counts.tables['messages']).toBe(3);
    const connections = files.get('connections.csv') ?? '';
    expect(connections).toContain(`"'=HYPERLINK(""x"")"`);
    const cells = [...files.values()].flatMap((text) =>
      Papa.parse<string[]>(text.replace(/^\uFEFF/, '')).data.flat(),
    );
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  } finally {
    await fresh.dispose();
  }
});

describe('erasure on SQLite leaves no byte behind', () => {
  const traces = ['zoe-quillard-4711', TARGET.last, TARGET.note, TARGET.message, TARGET.reply];
  const found = (dataDir: string) => tracesInFiles(dataDir, traces);

  test('forget removes the name, the URL and the texts from the database file and its log', async () => {
    const fresh = await openFreshStore('sqlite');
    try {
      await seedOwnerData(fresh.store, 1);
      await plantStaleCopy(fresh.store);
      expect(found(fresh.dataDir)).toEqual(traces);
      await forgetPerson(fresh.store, 1, TARGET.url);
      expect(found(fresh.dataDir)).toEqual([]);
    } finally {
      await fresh.dispose();
    }
  });

  test('reset leaves an empty store that still opens', async () => {
    const fresh = await openFreshStore('sqlite');
    try {
      await seedOwnerData(fresh.store, 1);
      await resetOwnerData(fresh.store, 1);
      expect(found(fresh.dataDir)).toEqual([]);
      await fresh.store.close();
      const reopened = await openStore({ dataDir: fresh.dataDir });
      const people = await reopened.db.selectFrom('people').select('id').execute();
      expect(people).toEqual([]);
      fresh.store = reopened;
    } finally {
      await fresh.dispose();
    }
  });
});
