import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateLinkedinExport, writeZip } from '../../src/synthetic/index.js';
import { importThroughPage, SCREENSHOTS_DIR, startWebHarness, type WebHarness } from './web-harness.js';

const DOCS = SCREENSHOTS_DIR;
let h: WebHarness;
let dir: string;

beforeAll(async () => {
  h = await startWebHarness();
  dir = mkdtempSync(join(tmpdir(), 'ties-shots-'));
  const demo = generateLinkedinExport({ seed: 42, connections: 200, messages: 300, invitations: 60 });
  const zip = join(dir, demo.name);
  await writeZip(demo.files, zip);
  await importThroughPage(h.page, zip);
});
afterAll(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test.each([
  ['en', 'Invitations to triage'],
  ['fr', 'Invitations à trier'],
])('shows the demo export on the triage screen in %s (screenshot in docs/)', async (lang, heading) => {
  await h.page.locator('.language-switch select').selectOption(lang);
  await h.page.getByRole('navigation').getByRole('link').first().click();
  await expect(h.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading);
  await expect.poll(() => h.page.locator('.pending li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  mkdirSync(DOCS, { recursive: true });
  await h.page.screenshot({ path: join(DOCS, `triage-${lang}.png`) });
});
