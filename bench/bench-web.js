// The triage screen with 5,000 pending invitations, in Debian's Chromium: time from navigation to a
// usable screen (the current invitation drawn), and the time each keystroke takes to update the screen
// (from the key event to the next painted frame). Prints medians.
// Usage: npm run bench:web [pending=5000] [keys=100]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { loadConfig } from '../dist/app/config.js';
import { startServer } from '../dist/server/start-server.js';
import { openWebApi } from '../dist/server/web-api.js';
import { defaultWebRoot } from '../dist/server/web-root.js';
import { generateLinkedinExport, writeZip } from '../dist/synthetic/index.js';

const [pending = 5000, keys = 100] = process.argv.slice(2).map(Number);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const dir = mkdtempSync(join(tmpdir(), 'strongties-bench-web-'));
const profile = mkdtempSync(join(tmpdir(), 'strongties-bench-chromium-'));
const api = await openWebApi(loadConfig({ dataDir: dir }, {}));
const server = await startServer({ host: '127.0.0.1', port: 0, webRoot: defaultWebRoot(), api: api.routes });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  // Generate until the export holds enough pending invitations (some come from existing connections).
  const demo = generateLinkedinExport({
    seed: 1,
    connections: 2000,
    messages: 2000,
    invitations: Math.ceil(pending * 1.45),
  });
  const zip = join(dir, demo.name);
  await writeZip(demo.files, zip);
  await api.services.importExport(zip, demo.name, () => undefined);
  const count = (await api.services.listPendingInvitations()).length;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  const loads = [];
  for (let run = 0; run < 5; run++) {
    const t0 = Date.now();
    await page.goto(`http://127.0.0.1:${server.port}/`);
    await page.locator('.current .name').waitFor();
    loads.push(Date.now() - t0);
  }
  const steps = await page.evaluate(async (n) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const times = [];
    for (let i = 0; i < n; i++) {
      const before = document.querySelector('.current .name')?.textContent;
      const t0 = performance.now();
      dispatchEvent(new KeyboardEvent('keydown', { key: i % 10 === 9 ? 'k' : 'j', bubbles: true }));
      await frame();
      times.push(performance.now() - t0);
      if (document.querySelector('.current .name')?.textContent === before && i % 10 !== 9)
        times.push(Number.NaN);
    }
    return times;
  }, keys);
  console.log(`pending invitations: ${count}`);
  console.log(
    `time to usable (navigation -> current invitation drawn), median of 5: ${median(loads)} ms (${loads.join(', ')})`,
  );
  console.log(
    `keystroke -> next painted frame, median of ${keys}: ${median(steps).toFixed(1)} ms, max ${Math.max(...steps).toFixed(1)} ms`,
  );
} finally {
  await context.close();
  await server.close();
  await api.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
