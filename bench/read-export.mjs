// Streams every file of an export through the reader and prints time and peak RSS.
// node bench/read-export.mjs /tmp/x.zip
import { LINKEDIN_FILE_KINDS } from '../dist/core/linkedin-records.js';
import { openLinkedinExport } from '../dist/import/linkedin/index.js';

const path = process.argv[2] ?? '/tmp/strongties-export.zip';
let peak = process.memoryUsage().rss;
const sample = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const started = performance.now();
const reader = await openLinkedinExport(path, { maxUncompressedBytes: 2_000_000_000 });
const counts = {};
let issues = 0;
for (const kind of LINKEDIN_FILE_KINDS) {
  counts[kind] = 0;
  for await (const batch of reader.read(kind)) {
    counts[kind] += batch.records.length;
    issues += batch.issues.length;
    // The consumer's await: the reader must pause the stream meanwhile.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
await reader.close();
clearInterval(sample);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(
  `read ${reader.totalBytes} bytes in ${((performance.now() - started) / 1000).toFixed(2)} s, peak RSS ${(peak / 1e6).toFixed(0)} MB, ${issues} issues`,
);
console.log(JSON.stringify(counts));
