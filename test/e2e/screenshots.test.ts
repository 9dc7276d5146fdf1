import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadConfig } from '../../src/app/config.js';
import { addReply, autoTriage } from '../../src/app/triage/index.js';
import { textReader } from '../../src/core/classify/index.js';
import { PRESETS, parsePolicy } from '../../src/core/policy/index.js';
import { openStore } from '../../src/store/open-store.js';
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
  mkdirSync(DOCS, { recursive: true });
}, 120_000);
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
  await h.page.locator('.current #draft-text').waitFor();
  await h.page.screenshot({ path: join(DOCS, `triage-${lang}.png`) });
});

test('shows replies and flagged people on the queues screen (screenshot in docs/)', async () => {
  const store = await openStore(loadConfig({ dataDir: h.dataDir }, {}));
  try {
    const policy = parsePolicy(PRESETS.selective);
    if (!policy.ok) throw new Error('the selective preset is invalid');
    const deps = { policy: policy.value, reader: textReader };
    await autoTriage(store, 1, deps);
    const declined = await store.db
      .selectFrom('decisions as d')
      .innerJoin('people as p', 'p.id', 'd.person_id')
      .select('p.profile_url')
      .where('d.decision', '=', 'decline')
      .where('p.profile_url', 'is not', null)
      .limit(2)
      .execute();
    const texts = [
      'I understand and respect your choice. I am looking for people in your field to advise me on a project.',
      'Now that I have your attention: our platform triples your leads, book a demo here: https://example.com/demo',
    ];
    for (const [i, row] of declined.entries())
      await addReply(store, 1, { profileUrl: row.profile_url as string, text: texts[i] as string }, deps);
  } finally {
    await store.close();
  }
  await h.page.locator('.language-switch select').selectOption('en');
  await h.page.getByRole('navigation').getByRole('link', { name: 'Queues', exact: true }).click();
  await h.page.locator('.reply').first().waitFor();
  await h.page.screenshot({ path: join(DOCS, 'queues-en.png'), fullPage: true });
});
