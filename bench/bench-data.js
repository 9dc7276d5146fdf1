// Your data out and back in: imports a synthetic export at LinkedIn's limits into a fresh SQLite
// database (or DATABASE_URL), exports it as JSON and as CSV, reads the JSON back into an empty store,
// then forgets one person and resets. Prints times, file sizes and peak RSS.
// Usage: npm run bench:data -- [messages=200000] [connections=30000] [invitations=5000]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forgetPerson } from '../dist/app/data/forget-person.js';
import { resetOwnerData } from '../dist/app/data/reset-data.js';
import { restoreExport } from '../dist/app/data/restore-export.js';
import { writeCsvExport } from '../dist/app/data/write-csv-export.js';
import { writeJsonExport } from '../dist/app/data/write-json-export.js';
import { importLinkedinExport } from '../dist/app/import-linkedin.js';
import { readStrongtiesExport } from '../dist/import/strongties/read-export.js';
import { openStore } from '../dist/store/open-store.js';
import { ArrayExportReader } from '../src/app/testing/fake-export-reader.ts';
import { syntheticRecords } from '../src/app/testing/synthetic-records.ts';

const [messages = 200_000, connections = 30_000, invitations = 5_000] = process.argv.slice(2).map(Number);
const dir = mkdtempSync(join(tmpdir(), 'strongties-bench-data-'));
let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);
const seconds = (t) => `${((performance.now() - t) / 1000).toFixed(2)} s`;
const mb = (path) => `${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`;
try {
  const source = await openStore({ dataDir: join(dir, 'source'), databaseUrl: process.env.DATABASE_URL });
  await importLinkedinExport(
    source,
    new ArrayExportReader(syntheticRecords({ connections, messages, invitations })),
    { ownerId: 1 },
  );
  console.log(
    `imported ${connections} connections, ${messages} messages, ${invitations} invitations (${source.dialect})`,
  );
  const json = join(dir, 'export.json');
  let t = performance.now();
  await writeJsonExport(source, 1, json);
  console.log(`export JSON: ${seconds(t)}, ${mb(json)}`);
  const zip = join(dir, 'export.zip');
  t = performance.now();
  await writeCsvExport(source, 1, zip);
  console.log(`export CSV zip: ${seconds(t)}, ${mb(zip)}`);
  // PostgreSQL: the same server database would already hold the rows; restore into SQLite then.
  const target = await openStore({ dataDir: join(dir, 'target') });
  t = performance.now();
  const doc = await readStrongtiesExport(json);
  const read = seconds(t);
  t = performance.now();
  await restoreExport(target, 1, doc);
  console.log(`import back into an empty SQLite store: read ${read}, restore ${seconds(t)}`);
  const someone = await target.db
    .selectFrom('people')
    .select('person_key')
    .where('profile_url', 'is not', null)
    .limit(1)
    .executeTakeFirstOrThrow();
  t = performance.now();
  const forgot = await forgetPerson(target, 1, someone.person_key);
  console.log(`forget one person: ${seconds(t)} — ${JSON.stringify(forgot.removed)}`);
  t = performance.now();
  await resetOwnerData(target, 1);
  console.log(`reset: ${seconds(t)}`);
  await target.close();
  await source.close();
} finally {
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(`peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB (synthetic records held in memory included)`);
  rmSync(dir, { recursive: true, force: true });
}
