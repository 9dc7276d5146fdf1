import { once } from 'node:events';
import { camelKeys } from '../../core/json-keys.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../import/strongties/export-format.js';
import { OWNER_TABLES } from '../../store/owner-tables.js';
import type { Store } from '../../store/store.js';
import { type ExportTarget, writeExportTo } from './export-target.js';
import { ownerAccount } from './owner-account.js';
import { ownerRows, schemaVersion } from './owner-rows.js';

export interface ExportCounts {
  /** Rows written per table. */
  tables: Record<string, number>;
}

/**
 * Writes the owner's data as one JSON document (export-format.ts), a row per line so that the file
 * diffs and greps well. Streams page by page: memory stays flat whatever the size.
 */
export async function writeJsonExport(
  store: Store,
  ownerId: number,
  target: ExportTarget,
): Promise<ExportCounts> {
  const counts: Record<string, number> = {};
  await writeExportTo(target, async (out) => {
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    const header = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      schema: await schemaVersion(store.db),
      account: camelKeys(await ownerAccount(store.db, ownerId)),
    };
    await write(`${JSON.stringify(header).slice(0, -1)},\n"tables":{`);
    let firstTable = true;
    for (const table of OWNER_TABLES) {
      await write(`${firstTable ? '' : ','}\n${JSON.stringify(table.name)}:[`);
      firstTable = false;
      let n = 0;
      for await (const rows of ownerRows(store.db, ownerId, table)) {
        for (const row of rows) await write(`${n++ === 0 ? '' : ','}\n${JSON.stringify(camelKeys(row))}`);
      }
      await write(']');
      counts[table.name] = n;
    }
    await write('\n}}\n');
  });
  return { tables: counts };
}
