// Auto-triage of 5,000 pending invitations, and one interactive decision (the app-layer call a key
// triggers), on SQLite (or PostgreSQL when DATABASE_URL is set). Medians of several runs.
// npm run bench:triage   (builds dist/ first)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importLinkedinExport } from '../dist/app/import-linkedin.js';
import { loadPolicy } from '../dist/app/policy/policy-file.js';
import { autoTriage, decide, loadTriageQueue, undoLast } from '../dist/app/triage/index.js';
import { textReader } from '../dist/core/classify/index.js';
import { openStore } from '../dist/store/open-store.js';
import { ArrayExportReader } from '../src/app/testing/fake-export-reader.ts';

const PENDING = 5000;
const RUNS = 5;
const DECISIONS = 30;
const NOTES = [
  '',
  'Hi, I would like to join your network.',
  'We met at the conference in Lyon last spring, great talk!',
  'Book a demo of our recruiting platform this week: 30% off.',
  'Bonjour, je cherche des conseils sur votre domaine pour un article de recherche.',
  'Invest in crypto with me on WhatsApp, guaranteed returns.',
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = async (fn) => {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
};

const dataDir = mkdtempSync(join(tmpdir(), 'strongties-bench-triage-'));
const store = await openStore({ dataDir, databaseUrl: process.env.DATABASE_URL || undefined });
try {
  const invitations = Array.from({ length: PENDING }, (_, i) => ({
    line: i + 2,
    fromName: `Stranger ${i}`,
    toName: 'Alex Owner',
    sentAt: new Date(Date.UTC(2026, 9, 1) + i * 60_000).toISOString().slice(0, 19),
    note: `${NOTES[i % NOTES.length]}${i % 7 === 0 ? ` (${i})` : ''}`,
    direction: 'incoming',
    inviterProfileUrl: `https://www.linkedin.com/in/stranger-${i}`,
  }));
  await importLinkedinExport(store, new ArrayExportReader({ invitations }), { ownerId: 1 });
  const { policy } = await loadPolicy({ dataDir });
  const deps = { policy, reader: textReader };

  const autos = [];
  const undos = [];
  let summary;
  for (let run = 0; run < RUNS; run++) {
    const [autoMs, s] = await time(() => autoTriage(store, 1, deps));
    summary = s;
    autos.push(autoMs);
    const [undoMs] = await time(() => undoLast(store, 1));
    undos.push(undoMs);
  }
  const [queueMs, queue] = await time(() => loadTriageQueue(store, 1, deps));
  const decisions = [];
  for (let i = 0; i < DECISIONS; i++) {
    const item = queue[i % queue.length];
    const [ms] = await time(() =>
      decide(store, 1, { invitationId: item.invitationId, decision: 'decline' }, deps),
    );
    decisions.push(ms);
  }
  const undoOne = [];
  for (let i = 0; i < DECISIONS; i++) undoOne.push((await time(() => undoLast(store, 1)))[0]);

  const f = (ms) => `${ms.toFixed(1)} ms`;
  console.log(
    `store: ${store.dialect}; ${summary.total} pending invitations; reader: the trained classifier`,
  );
  console.log(`decided: ${JSON.stringify(summary.byDecision)}; drafts: ${summary.drafts}`);
  console.log(
    `triage --auto (classify, decide, compose, write in one transaction): median ${f(median(autos))} of ${RUNS} runs`,
  );
  console.log(`undo of the whole --auto run: median ${f(median(undos))}`);
  console.log(`load the triage queue (${queue.length} items): ${f(queueMs)}`);
  console.log(`one interactive decision (decide, one key): median ${f(median(decisions))} of ${DECISIONS}`);
  console.log(`one undo (u): median ${f(median(undoOne))} of ${DECISIONS}`);
} finally {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
}
