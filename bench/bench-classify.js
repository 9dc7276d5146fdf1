// `npm run bench:classify` (plain JavaScript on dist/, like bench-import.js, so nothing but Node
// runs while it measures): notes classified per second on one core (median of several runs) and
// the cold start of a fresh process (loading the models and the language detector), on the built
// code in dist/. Targets: ≥ 5,000 notes/s, ≤ 300 ms.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const entry = pathToFileURL(join(root, 'dist/core/classify/index.js')).href;
/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Every text of a kind's corpus files (all waves). @param {string} folder @returns {string[]} */
function texts(folder) {
  const dir = join(root, 'corpus', folder);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  return files.flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l).text),
  );
}

/** @param {string} call */
function coldStart(call) {
  // performance.now() counts from the process's start, so this includes Node's own boot.
  const script = `const t=performance.now();const m=await import(${JSON.stringify(entry)});${call};process.stdout.write(JSON.stringify([t,performance.now()]))`;
  const [before, after] = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
  );
  return after - before;
}

function processStart() {
  const script = 'process.stdout.write(String(performance.now()))';
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

const reader = await import(entry);
const kinds = [
  { name: 'invitations', classify: reader.classifyInvitation, texts: texts('invitations') },
  { name: 'replies', classify: reader.classifyReply, texts: texts('replies') },
];
for (const kind of kinds) {
  kind.classify(kind.texts[0]);
  const rates = [];
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    let n = 0;
    while (performance.now() - started < 1000) {
      for (const text of kind.texts) kind.classify(text);
      n += kind.texts.length;
    }
    rates.push(n / ((performance.now() - started) / 1000));
  }
  const mean = kind.texts.reduce((s, t) => s + t.length, 0) / kind.texts.length;
  console.log(
    `${kind.name}: ${Math.round(median(rates))} notes/s on one core (median of 7 runs; ${kind.texts.length} corpus texts, ${Math.round(mean)} characters on average)`,
  );
}

const runs = 7;
const boot = median(Array.from({ length: runs }, processStart));
const load = median(Array.from({ length: runs }, () => coldStart('')));
const first = median(Array.from({ length: runs }, () => coldStart('m.classifyInvitation("Salut!")')));
const both = median(
  Array.from({ length: runs }, () => coldStart('m.classifyInvitation("Salut!");m.classifyReply("Merci!")')),
);
console.log(`cold start (median of ${runs} fresh processes, after Node's own ${boot.toFixed(0)} ms boot):`);
console.log(`  import the module (language detector and model data): ${load.toFixed(0)} ms`);
console.log(`  … and classify a first invitation: ${first.toFixed(0)} ms`);
console.log(`  … and a first invitation and a first reply: ${both.toFixed(0)} ms`);
