// Writes a synthetic LinkedIn export zip. Run `npm run build` first.
// node bench/generate-export.mjs --seed 1 --connections 30000 --messages 200000 --invitations 5000 --out /tmp/x.zip
import { parseArgs } from 'node:util';
import { generateLinkedinExport, writeZip } from '../dist/synthetic/index.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    connections: { type: 'string', default: '30000' },
    messages: { type: 'string', default: '200000' },
    invitations: { type: 'string', default: '5000' },
    era: { type: 'string', default: '2026' },
    out: { type: 'string', default: '/tmp/strongties-export.zip' },
  },
});
const started = performance.now();
const generated = generateLinkedinExport({
  seed: Number(values.seed),
  connections: Number(values.connections),
  messages: Number(values.messages),
  invitations: Number(values.invitations),
  era: values.era === 'legacy' ? 'legacy' : '2026',
});
const generatedMs = performance.now() - started;
await writeZip(generated.files, values.out);
const totalMs = performance.now() - started;
console.log(
  `generated in ${(generatedMs / 1000).toFixed(2)} s, zipped to ${values.out} in ${(totalMs / 1000).toFixed(2)} s total`,
);
console.log(JSON.stringify(generated.truth.counts));
