// The merge alone (no CSV reading): imports a synthetic export at LinkedIn's limits into a fresh
// SQLite database (or DATABASE_URL), then imports it again. Prints times and peak RSS.
// Usage: npm run bench:merge -- [messages=200000] [connections=30000] [invitations=5000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importLinkedinExport } from '../dist/app/import-linkedin.js';
import { openStore } from '../dist/store/open-store.js';
import { ArrayExportReader } from '../src/app/testing/fake-export-reader.ts';
import { syntheticRecords } from '../src/app/testing/synthetic-records.ts';

const [messages = 200_000, connections = 30_000, invitations = 5_000] = process.argv.slice(2).map(Number);
const dir = mkdtempSync(join(tmpdir(), 'strongties-bench-'));
let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);
try {
  let t = performance.now();
  const records = syntheticRecords({ connections, messages, invitations });
  console.log(
    `generated ${messages} messages, ${connections} connections, ${invitations} invitations in ${((performance.now() - t) / 1000).toFixed(2)} s`,
  );
  console.log(`RSS with the records in memory: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  const store = await openStore({ dataDir: dir, databaseUrl: process.env.DATABASE_URL });
  for (const run of ['first import', 're-import']) {
    t = performance.now();
    const summary = await importLinkedinExport(store, new ArrayExportReader(records), { ownerId: 1 });
    const s = ((performance.now() - t) / 1000).toFixed(2);
    console.log(
      `${run} (${store.dialect}): ${s} s — connections ${JSON.stringify(summary.connections)}, messages ${JSON.stringify(summary.messages)}, invitations ${JSON.stringify(summary.invitations)}`,
    );
  }
  await store.close();
} finally {
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(`peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB (synthetic records held in memory included)`);
  rmSync(dir, { recursive: true, force: true });
}
