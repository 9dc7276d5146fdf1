import { describe, expect, test } from 'vitest';
import { listForeignKeys, listTables } from './introspect.js';
import { OWNER_TABLES, SYSTEM_TABLES } from './owner-tables.js';
import { TEAM_TABLES } from './team-schema.js';
import { STORE_KINDS, skipsOn, suiteStore } from './testing/store-cases.js';

describe.each(STORE_KINDS)('the owner-table registry on %s', (kind) => {
  const store = suiteStore(kind);

  test.skipIf(skipsOn(kind))(
    'lists every table of the schema but accounts, the team’s and the migrator’s',
    async () => {
      const tables = await listTables(store().db, store().dialect);
      const expected = tables.filter((t) => t !== 'accounts' && !SYSTEM_TABLES.has(t) && !TEAM_TABLES.has(t));
      expect(OWNER_TABLES.map((t) => t.name).sort()).toEqual(expected);
    },
  );

  test.skipIf(skipsOn(kind))('declares every foreign key between owner tables as a ref', async () => {
    const keys = await listForeignKeys(store().db, store().dialect);
    const declared = OWNER_TABLES.flatMap((t) =>
      Object.entries(t.refs).map(([column, target]) => `${t.name}.${column} -> ${target}`),
    ).sort();
    const live = keys
      .filter((k) => k.references !== 'accounts')
      .map((k) => `${k.table}.${k.column} -> ${k.references}`)
      .sort();
    expect(declared).toEqual([...new Set(live)]);
  });

  test('lists parents before the tables that reference them', () => {
    const seen = new Set<string>();
    for (const table of OWNER_TABLES) {
      for (const target of Object.values(table.refs))
        expect(seen, `${table.name} -> ${target}`).toContain(target);
      seen.add(table.name);
    }
  });
});
