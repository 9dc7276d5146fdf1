// The triage screen with 5,000 pending invitations, in Debian's Chromium: time from navigation to a
// usable screen (list, current invitation and its draft drawn), the time j/k take to update the screen,
// and the time a decision (Enter: apply the suggestion) takes from the key event to the next invitation
// painted. Prints medians and 95th percentiles.
// Usage: npm run bench:web [pending=5000] [keys=100] [decisions=60]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { loadConfig } from '../dist/app/config.js';
import { startServer } from '../dist/server/start-server.js';
import { openWebApi } from '../dist/server/web-api.js';
import { defaultWebRoot } from '../dist/server/web-root.js';
import { generateLinkedinExport, writeZip } from '../dist/synthetic/index.js';

const [pending = 5000, keys = 100, decisions = 60] = process.argv.slice(2).map(Number);
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const median = (xs) => quantile(xs, 0.5);
const ms = (x) => `${x.toFixed(1)} ms`;
const USABLE = () =>
  document.querySelectorAll('.pending li').length > 0 &&
  document.querySelector('.current .name') !== null &&
  document.querySelector('.current #draft-text, .current .muted') !== null;
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
    await page.waitForFunction(USABLE, undefined, { polling: 'raf' });
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
  // Decisions: Enter applies the policy's suggestion; the next invitation must be painted.
  const decided = await page.evaluate(async (n) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const shown = () => document.querySelector('.current')?.getAttribute('data-invitation');
    const times = [];
    for (let i = 0; i < n; i++) {
      const before = shown();
      const t0 = performance.now();
      dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await frame();
      while (shown() === before) await frame();
      times.push(performance.now() - t0);
    }
    return times;
  }, decisions);
  // Every decision reached the database (they are sent in order behind the screen).
  const t0 = Date.now();
  while ((await api.services.listPendingInvitations()).length > count - decisions) {
    if (Date.now() - t0 > 30_000) throw new Error('the decisions did not all reach the database');
    await new Promise((r) => setTimeout(r, 50));
  }
  console.log(`pending invitations: ${count}`);
  console.log(
    `time to usable (navigation -> list, current invitation and draft drawn), median of 5: ${median(loads)} ms, p95 ${quantile(loads, 0.95)} ms (${loads.join(', ')})`,
  );
  console.log(
    `j/k -> next painted frame, ${keys} keys: median ${ms(median(steps))}, p95 ${ms(quantile(steps, 0.95))}, max ${ms(Math.max(...steps))}`,
  );
  console.log(
    `decision (Enter) -> next invitation painted, ${decisions} decisions: median ${ms(median(decided))}, p95 ${ms(quantile(decided, 0.95))}, max ${ms(Math.max(...decided))}`,
  );
  console.log(`all ${decisions} decisions stored ${Date.now() - t0} ms after the last key`);
} finally {
  await context.close();
  await server.close();
  await api.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
