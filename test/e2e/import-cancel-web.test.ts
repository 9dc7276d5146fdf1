import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { generateLinkedinExport, writeZip } from '../../src/synthetic/index.js';
import { startWebHarness, type WebHarness } from './web-harness.js';

/** Large enough that its import lasts many seconds: there is time to press Cancel. */
const BIG = { seed: 4, connections: 5000, messages: 150_000, invitations: 500 } as const;

let h: WebHarness;
let dir = '';
let zip = '';
const savedTmp = process.env['TMPDIR'];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'strongties-cancel-'));
  zip = join(dir, 'big.zip');
  await writeZip(generateLinkedinExport(BIG).files, zip);
  // The server's uploads go to a folder of this test's own, to see them removed.
  process.env['TMPDIR'] = mkdtempSync(join(dir, 'tmp-'));
  h = await startWebHarness();
});
afterAll(async () => {
  await h?.close();
  if (savedTmp === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = savedTmp;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const uploads = () =>
  readdirSync(process.env['TMPDIR']!).filter((name) => name.startsWith('strongties-upload-'));

test('an import is cancelled from the page: rolled back, its upload removed', async () => {
  const { page } = h;
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^(Import|Importer)$/ })
    .click();
  await page.locator('input[type=file]').setInputFiles(zip);
  const cancel = page.getByRole('button', { name: 'Cancel the import' });
  await cancel.waitFor({ timeout: 60_000 });
  // Under way: bytes read, the upload on disk.
  await page.waitForFunction(() => (document.querySelector('progress')?.value ?? 0) > 0, undefined, {
    timeout: 60_000,
  });
  expect(uploads()).toHaveLength(1);

  await cancel.click();
  await page.locator('.import-cancelled').waitFor({ timeout: 30_000 });
  await expect.poll(uploads).toEqual([]);
  await page.getByRole('button', { name: 'Import another export' }).waitFor();

  const store = await openStore({ dataDir: h.dataDir });
  try {
    expect(await store.db.selectFrom('imports').select('id').execute()).toEqual([]);
    expect(await store.db.selectFrom('connections').select('id').execute()).toEqual([]);
  } finally {
    await store.close();
  }
});
