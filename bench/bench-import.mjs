// npm run bench:import [-- --runs N]
// A LinkedIn network at its maximum (30,000 connections, 200,000 messages, 5,000 invitations): the
// import's wall time, peak RSS and rows per second, the ratio of its time to the time needed only to
// unzip and parse the same files (measured in the same run), and a re-import of the same archive.
// Every measurement runs in a fresh process; figures are medians over the runs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLinkedinExport, writeZip } from '../dist/synthetic/index.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const size = { seed: 1, connections: 30_000, messages: 200_000, invitations: 5_000 };
const outDir = join(import.meta.dirname, 'out');
mkdirSync(outDir, { recursive: true });
const archive = join(outDir, `max-export-seed${size.seed}.zip`);
if (!existsSync(archive)) {
  const generated = generateLinkedinExport(size);
  await writeZip(generated.files, archive);
}
const child = (...args) =>
  JSON.parse(
    execFileSync(process.execPath, [join(import.meta.dirname, 'import-child.mjs'), ...args], {
      encoding: 'utf8',
    }),
  );
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

console.log(`archive ${archive} (${(statSync(archive).size / 1e6).toFixed(1)} MB zipped)`);
console.log(
  `database: ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'SQLite (embedded)'}; ${runs} runs\n`,
);
const rows = [];
for (let i = 0; i < runs; i++) {
  const parse = child('parse', archive);
  const dataDir = mkdtempSync(join(tmpdir(), 'strongties-bench-import-'));
  try {
    const first = child('import', archive, dataDir);
    const again = child('import', archive, dataDir);
    const r = { parse, first, again, ratio: first.seconds / parse.seconds };
    rows.push(r);
    console.log(
      `run ${i + 1}: parse only ${parse.seconds.toFixed(2)} s · import ${first.seconds.toFixed(2)} s (${first.peakRssMb.toFixed(0)} MB peak, ratio ${r.ratio.toFixed(2)}) · re-import ${again.seconds.toFixed(2)} s, ${again.changes} changes`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (process.env.DATABASE_URL) break;
}
const m = (f) => median(rows.map(f));
const first = m((r) => r.first.seconds);
console.log(`
median over ${rows.length} runs              measured      target
import wall time                      ${first.toFixed(2)} s      ≤ 10 s
import peak RSS                       ${m((r) => r.first.peakRssMb).toFixed(0)} MB       ≤ 400 MB
rows per second                       ${Math.round(rows[0].first.rows / first).toLocaleString('en')}
unzip + parse only                    ${m((r) => r.parse.seconds).toFixed(2)} s
import / parse ratio (same run)       ${m((r) => r.ratio).toFixed(2)}         ≤ 3
re-import wall time                   ${m((r) => r.again.seconds).toFixed(2)} s      ≤ 5 s
re-import changes                     ${Math.max(...rows.map((r) => r.again.changes))}            0
rows imported                         ${rows[0].first.rows.toLocaleString('en')}`);
