// npm run bench:import [-- --runs N]
// A LinkedIn network at its maximum (30,000 connections, 200,000 messages, 5,000 invitations), and
// its peer: a naive Python loader (bench/naive-python-loader.py: zipfile + csv + executemany into
// plain tables), timed in the same run on the same archive. Per run: the peer, `ties import` into a
// fresh data directory (the CLI as a user runs it, its own peak RSS by /usr/bin/time or /proc), the
// same archive again, and a later export (1,000 new messages, 100 changed connections). Every
// measurement runs in a fresh process; figures are medians over the runs. With DATABASE_URL set, each
// run imports into a fresh database created on that server.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import yauzl from 'yauzl';
import { generateLinkedinExport, writeZip } from '../dist/synthetic/index.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const size = { seed: 1, connections: 30_000, messages: 200_000, invitations: 5_000 };
const later = { newMessages: 1_000, changeCompanies: 100 };
const root = join(import.meta.dirname, '..');
const outDir = join(import.meta.dirname, 'out');
mkdirSync(outDir, { recursive: true });
const archive = join(outDir, `max-export-seed${size.seed}.zip`);
const laterArchive = join(outDir, `max-export-seed${size.seed}-later.zip`);
if (!existsSync(archive)) await writeZip(generateLinkedinExport(size).files, archive);
if (!existsSync(laterArchive)) await writeZip(generateLinkedinExport({ ...size, later }).files, laterArchive);
const databaseUrl = process.env.DATABASE_URL;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs a command; returns its wall time, its peak RSS (MB, the process tree's largest) and stdout. */
function measure(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const viaTime = existsSync('/usr/bin/time');
    const child = spawn(viaTime ? '/usr/bin/time' : command, viaTime ? ['-v', command, ...args] : args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let polledKb = 0;
    // Without /usr/bin/time, poll the child's VmHWM (its peak resident set).
    const poll = viaTime
      ? undefined
      : setInterval(() => {
          try {
            const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (hwm) polledKb = Math.max(polledKb, Number(hwm[1]));
          } catch {}
        }, 50);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${stderr}`));
      const kb = viaTime
        ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0)
        : polledKb;
      resolve({ seconds, peakRssMb: kb / 1024, stdout });
    });
  });
}

function csvBytes(path) {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      let bytes = 0;
      zip.on('entry', (e) => {
        if (e.fileName.toLowerCase().endsWith('.csv')) bytes += e.uncompressedSize;
        zip.readEntry();
      });
      zip.on('end', () => {
        zip.close();
        resolve(bytes);
      });
      zip.readEntry();
    });
  });
}

/** A fresh database per run: a data directory, or a database created on DATABASE_URL's server. */
async function freshDatabase(i) {
  const dataDir = mkdtempSync(join(tmpdir(), 'strongties-bench-import-'));
  if (!databaseUrl) {
    return {
      dataDir,
      env: { STRONGTIES_DATA_DIR: dataDir },
      size: async () => statSync(join(dataDir, 'strongties.db')).size,
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `strongties_bench_${process.pid}_${i}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    dataDir,
    env: { STRONGTIES_DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    size: async () => Number((await admin.query(`select pg_database_size('${name}') as n`)).rows[0].n),
    drop: async () => {
      await admin.query(`drop database ${name} with (force)`);
      await admin.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const ties = join(root, 'bin', 'ties.js');
const tiesImport = async (db, path) => {
  const r = await measure(process.execPath, [ties, 'import', path, '--json'], db.env);
  const s = JSON.parse(r.stdout);
  const c = s.connections;
  return {
    ...r,
    rows: c.total + c.removed + s.invitations.incoming + s.invitations.outgoing + s.messages.total,
    changes: c.added + c.updated + c.removed + s.invitations.added + s.messages.added,
  };
};

const csv = await csvBytes(archive);
console.log(
  `archive ${archive} (${(statSync(archive).size / 1e6).toFixed(1)} MB zipped, ${(csv / 1e6).toFixed(1)} MB of CSV)`,
);
console.log(`database: ${databaseUrl ? 'PostgreSQL (DATABASE_URL)' : 'SQLite (embedded)'}; ${runs} runs\n`);
const rows = [];
for (let i = 0; i < runs; i++) {
  const pyDb = join(mkdtempSync(join(tmpdir(), 'strongties-bench-python-')), 'naive.db');
  const python = await measure('python3', [
    join(import.meta.dirname, 'naive-python-loader.py'),
    archive,
    pyDb,
  ]);
  rmSync(join(pyDb, '..'), { recursive: true, force: true });
  const db = await freshDatabase(i);
  try {
    const first = await tiesImport(db, archive);
    const bytes = await db.size();
    const again = await tiesImport(db, archive);
    const next = await tiesImport(db, laterArchive);
    const r = { python, first, again, next, bytes, ratio: first.seconds / python.seconds };
    rows.push(r);
    console.log(
      `run ${i + 1}: python ${python.seconds.toFixed(2)} s · import ${first.seconds.toFixed(2)} s (${first.peakRssMb.toFixed(0)} MB peak, ${r.ratio.toFixed(2)}× python) · re-import ${again.seconds.toFixed(2)} s, ${again.changes} changes · later export ${next.seconds.toFixed(2)} s, ${next.changes} changes · database ${(bytes / 1e6).toFixed(1)} MB`,
    );
  } finally {
    await db.drop();
  }
}
const m = (f) => median(rows.map(f));
const first = m((r) => r.first.seconds);
const pad = (s, n) => String(s).padEnd(n);
const line = (what, measured, target = '') => console.log(`${pad(what, 44)}${pad(measured, 14)}${target}`);
console.log(
  `\nmedian over ${rows.length} runs (machine shared: compare the ratios, measured in the same run)`,
);
line('', 'measured', 'target');
line('naive Python loader (peer)', `${m((r) => r.python.seconds).toFixed(2)} s`);
line('ties import, first', `${first.toFixed(2)} s`);
line('first import / Python (same run)', `${m((r) => r.ratio).toFixed(2)}×`, '≤ 1.0× (compass 0.7×)');
line('re-import, same archive', `${m((r) => r.again.seconds).toFixed(2)} s`);
line('re-import / first import', `${m((r) => r.again.seconds / r.first.seconds).toFixed(2)}×`, '≤ 0.1×');
line('re-import changes', `${Math.max(...rows.map((r) => r.again.changes))}`, '0');
line('later export (+1,000 msgs, 100 changed)', `${m((r) => r.next.seconds).toFixed(2)} s`);
line('later export / first import', `${m((r) => r.next.seconds / r.first.seconds).toFixed(2)}×`, '≤ 0.3×');
line('later export changes', `${m((r) => r.next.changes)}`);
line(
  'database size / CSV bytes',
  `${m((r) => r.bytes / csv).toFixed(2)}× (${(m((r) => r.bytes) / 1e6).toFixed(0)} MB)`,
  '≤ 1.5×',
);
line(
  'ties import peak RSS (the CLI process)',
  `${m((r) => Math.max(r.first.peakRssMb, r.again.peakRssMb, r.next.peakRssMb)).toFixed(0)} MB`,
  '≤ 300 MB',
);
line('Python loader peak RSS', `${m((r) => r.python.peakRssMb).toFixed(0)} MB`);
line('rows per second, first import', `${Math.round(rows[0].first.rows / first).toLocaleString('en')}`);
line('rows imported', `${rows[0].first.rows.toLocaleString('en')}`);
