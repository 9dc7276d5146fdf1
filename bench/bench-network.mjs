// Tie strength for 30,000 connections with 200,000 messages, and `ties stats`, on SQLite.
// Run with `npm run bench:network` (builds first). Prints medians of several runs; never asserts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importLinkedinExport } from '../dist/app/import-linkedin.js';
import { networkStats } from '../dist/app/network/network-stats.js';
import { computeNetworkTies } from '../dist/app/network/network-ties.js';
import { main } from '../dist/cli/main.js';
import { openStore } from '../dist/store/open-store.js';
import { ArrayExportReader } from '../src/app/testing/fake-export-reader.ts';
import { plantedNetwork } from '../src/app/testing/planted-network.ts';

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 30_000);
const MESSAGES = Number(process.env.MESSAGES ?? 200_000);
const RUNS = Number(process.env.RUNS ?? 5);
const now = new Date();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
async function time(runs, fn) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  return median(ms);
}

const dataDir = mkdtempSync(join(tmpdir(), 'strongties-bench-network-'));
try {
  const { records } = plantedNetwork({ connections: CONNECTIONS, messages: MESSAGES, now });
  const store = await openStore({ dataDir });
  const importMs = await time(1, () =>
    importLinkedinExport(store, new ArrayExportReader(records), { ownerId: 1 }),
  );
  let scored = 0;
  const strengthMs = await time(RUNS, async () => {
    scored = (await computeNetworkTies(store, 1, now)).length;
  });
  const statsMs = await time(RUNS, () => networkStats(store, 1, now));
  await store.close();
  // The whole command as a user runs it: open the database, compute, print JSON.
  const sink = { write: () => true, isTTY: false };
  const io = { stdout: sink, stderr: sink, stdin: process.stdin, env: { STRONGTIES_DATA_DIR: dataDir } };
  const cliStatsMs = await time(RUNS, () => main(['stats', '--json'], io));
  const cliStrengthMs = await time(RUNS, () => main(['network', 'strength', '--json'], io));
  const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`network: ${scored} connections, ${MESSAGES} messages (SQLite, median of ${RUNS} runs)`);
  console.log(`  import (once, setup)             ${fmt(importMs)}`);
  console.log(`  tie strength, all connections    ${fmt(strengthMs)}`);
  console.log(`  stats (with strength deciles)    ${fmt(statsMs)}`);
  console.log(`  ties network strength --json     ${fmt(cliStrengthMs)}`);
  console.log(`  ties stats --json                ${fmt(cliStatsMs)}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
