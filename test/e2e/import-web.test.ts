import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import yazl from 'yazl';
import { openStore } from '../../src/store/open-store.js';
import { isPendingIncoming } from '../../src/store/pending-invitation.js';
import { generateLinkedinExport, writeZip } from '../../src/synthetic/index.js';
import { shootBothWidths, startWebHarness, type WebHarness } from './web-harness.js';

/** Large enough that the import lasts a few seconds: the page can watch the bar move. */
const EXPORT = { seed: 11, connections: 3000, messages: 80_000, invitations: 60 } as const;

let h: WebHarness;
let dir = '';
let zip = '';
let notLinkedin = '';
const generated = generateLinkedinExport(EXPORT);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'strongties-import-web-'));
  zip = join(dir, 'export.zip');
  await writeZip(generated.files, zip);
  notLinkedin = join(dir, 'holiday photos.zip');
  const other = new yazl.ZipFile();
  other.addBuffer(Buffer.from('a,b\n1,2\n'), 'notes.csv');
  other.end();
  const chunks: Buffer[] = [];
  for await (const chunk of other.outputStream) chunks.push(chunk as Buffer);
  writeFileSync(notLinkedin, Buffer.concat(chunks));
  h = await startWebHarness();
});
afterAll(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const openImport = () =>
  h.page
    .getByRole('navigation')
    .getByRole('link', { name: /^(Import|Importer)$/ })
    .click();

/** Samples the bar and the "Reading …" line in the page itself, every 25 ms, until the import ends. */
async function importWatching(path: string): Promise<{ values: number[]; max: number; steps: string[] }> {
  await h.page.evaluate(() => {
    const seen = { values: [] as number[], max: 0, steps: [] as string[] };
    (globalThis as unknown as { seen: typeof seen }).seen = seen;
    const timer = setInterval(() => {
      const bar = document.querySelector('progress');
      if (bar) {
        seen.values.push(bar.value);
        seen.max = bar.max;
      }
      const step = document.querySelector('.import-step')?.textContent;
      if (step && !seen.steps.includes(step)) seen.steps.push(step);
      if (document.querySelector('.import-done, [role=alert]')) clearInterval(timer);
    }, 25);
  });
  await h.page.locator('input[type=file]').setInputFiles(path);
  await h.page.locator('.import-done').waitFor({ timeout: 120_000 });
  return h.page.evaluate(
    () => (globalThis as unknown as { seen: { values: number[]; max: number; steps: string[] } }).seen,
  );
}

describe('the import page', () => {
  test('the bar moves while the export is read, saying which file and how many rows', async () => {
    await openImport();
    const seen = await importWatching(zip);
    const between = new Set(seen.values.filter((v) => v > 0 && v < seen.max));
    expect(between.size).toBeGreaterThanOrEqual(3);
    expect(seen.steps.some((s) => /^Reading messages: [\d,]+ rows$/.test(s))).toBe(true);
  });

  test('the summary is sentences with the figures, and leads to the triage signed by the owner', async () => {
    const count = new Intl.NumberFormat('en-US');
    const store = await openStore({ dataDir: h.dataDir });
    let pending = 0;
    try {
      const c = await store.db
        .selectFrom('connections')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      const i = await store.db
        .selectFrom('invitations')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      const m = await store.db
        .selectFrom('messages')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      const summary = h.page.locator('.import-summary');
      await expect(summary.locator('p').first().textContent()).resolves.toBe(
        `${count.format(Number(c.n))} connections, ${count.format(Number(i.n))} invitations and ${count.format(Number(m.n))} messages read from export.zip.`,
      );
      pending = (await store.db.selectFrom('invitations').select('id').where(isPendingIncoming).execute())
        .length;
    } finally {
      await store.close();
    }
    const text = (await h.page.locator('.import-summary').textContent()) ?? '';
    expect(text).toMatch(/Connections: [\d,]+ new, 0 updated, 0 removed\./);
    expect(text).toContain(`${pending} invitations are waiting for your answer.`);
    expect(text).not.toMatch(/[{}"]/);
    await shootBothWidths(h.page, 'import-summary-en');

    // Item 9: the drafts are signed with the owner's name from Profile.csv, never "Moi".
    await h.page.getByRole('button', { name: 'Triage the invitations' }).click();
    const draft = h.page.locator('#draft-text');
    await draft.waitFor({ timeout: 30_000 });
    const { firstName, name } = generated.truth.owner;
    const signed = await draft.inputValue();
    expect(signed).not.toMatch(/\bMoi\b/);
    expect(signed.endsWith(`\n${name}`) || signed.endsWith(`\n${firstName}`)).toBe(true);
  });

  test('in French: the same export again says nothing changed; a zip that is not an export is named', async () => {
    await h.page.getByLabel('Interface language').selectOption('fr');
    await openImport();
    await h.page.locator('input[type=file]').setInputFiles(zip);
    await h.page.locator('.import-done').waitFor({ timeout: 120_000 });
    const text = (await h.page.locator('.import-summary').textContent()) ?? '';
    expect(text).toMatch(
      /^[\d\u202f\u00a0 ]+ relations, [\d\u202f\u00a0 ]+ invitations et [\d\u202f\u00a0 ]+ messages lus dans export\.zip\./,
    );
    expect(text).toContain('Rien n’a changé depuis le dernier import.');
    await shootBothWidths(h.page, 'import-summary-fr');

    await h.page.getByRole('button', { name: 'Importer un autre export' }).click();
    await h.page.locator('input[type=file]').setInputFiles(notLinkedin);
    await expect(h.page.getByRole('alert').textContent({ timeout: 30_000 })).resolves.toBe(
      'holiday photos.zip ne contient aucun fichier d’un export LinkedIn.',
    );
  });
});
