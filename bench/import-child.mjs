// One measurement of bench-import.mjs, in its own process so that its peak RSS is its own.
// node bench/import-child.mjs parse|import ARCHIVE [DATA_DIR]  → prints one JSON line

import { importLinkedinExport } from '../dist/app/import-linkedin.js';
import { LINKEDIN_FILE_KINDS } from '../dist/core/linkedin-records.js';
import { openLinkedinExport } from '../dist/import/linkedin/index.js';
import { openStore } from '../dist/store/open-store.js';

const [mode, archive, dataDir] = process.argv.slice(2);
const limit = 4 * 1024 ** 3;
const started = performance.now();
let result;
if (mode === 'parse') {
  // Unzip and parse only: what any importer must pay, the denominator of the ratio.
  const reader = await openLinkedinExport(archive, { maxUncompressedBytes: limit });
  let rows = 0;
  for (const kind of LINKEDIN_FILE_KINDS)
    for await (const batch of reader.read(kind)) rows += batch.records.length;
  await reader.close();
  result = { rows };
} else {
  const reader = await openLinkedinExport(archive, { maxUncompressedBytes: limit });
  const store = await openStore({ dataDir, databaseUrl: process.env.DATABASE_URL || undefined });
  const summary = await importLinkedinExport(store, reader, { ownerId: 1 });
  await store.close();
  await reader.close();
  const c = summary.connections;
  result = {
    rows:
      c.total +
      c.removed +
      summary.invitations.incoming +
      summary.invitations.outgoing +
      summary.messages.total,
    changes: c.added + c.updated + c.removed + summary.invitations.added + summary.messages.added,
  };
}
const seconds = (performance.now() - started) / 1000;
// maxRSS is in kilobytes: the peak resident set of this whole process.
console.log(JSON.stringify({ ...result, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
