import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REVIEW_ACTIONS } from '../../src/core/network/review-actions.js';
import type { NetworkServices, TieView } from '../../src/server/network-types.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { generateLinkedinExport, writeZip } from '../../src/synthetic/index.js';
import { monthLabel } from '../../src/web/network/chart-specs.js';
import {
  axeViolations,
  importThroughPage,
  pressUntilVisible,
  SCREENSHOTS_DIR,
  serious,
  startWebHarness,
  type WebHarness,
} from './web-harness.js';

const DOCS = SCREENSHOTS_DIR;
let h: WebHarness;
let dir: string;
let zip: string;
let store: Store;
let network: NetworkServices;
/** The queue as the review screen found it, weakest first. */
let queue: TieView[];

beforeAll(async () => {
  h = await startWebHarness({ locale: 'en-US' });
  dir = mkdtempSync(join(tmpdir(), 'ties-netweb-'));
  const demo = generateLinkedinExport({ seed: 7, connections: 150, messages: 1500, invitations: 120 });
  zip = join(dir, demo.name);
  await writeZip(demo.files, zip);
  await importThroughPage(h.page, zip);
  store = await openStore({ dataDir: h.dataDir });
  network = h.api.services.network!;
  queue = await network.reviewQueue();
}, 120_000);
afterAll(async () => {
  await store?.close();
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const page = () => h.page;
const h1 = () => page().getByRole('heading', { level: 1 }).textContent();
const currentName = () => page().locator('#tie-name').textContent();
const openView = async (name: string) => {
  await page()
    .getByRole('navigation', { name: /Network views|Vues du réseau/ })
    .getByRole('link', { name })
    .click();
};
const connectionRow = (id: number) =>
  store.db
    .selectFrom('connections as c')
    .leftJoin('people as p', 'p.id', 'c.person_id')
    .select(['c.review_status', 'p.met_in_person', 'p.exchanged_in_group'])
    .where('c.id', '=', id)
    .executeTakeFirstOrThrow();
/** The page posts answers in the background: wait until the database shows them. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  return read();
}
async function download(click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page().waitForEvent('download') as Promise<Download>, click()]);
  return readFileSync((await file.path())!);
}

describe('the network screens in Chromium', () => {
  test('opens the review on the weakest tie, with its score and reasons in words', async () => {
    await page().getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Network' }).click();
    await expect(h1()).resolves.toBe('Clean-up review');
    expect(queue.length).toBeGreaterThan(6);
    await expect(currentName()).resolves.toBe(queue[0]!.name);
    await expect(page().locator('.tie-card meter').getAttribute('value')).resolves.toBe(
      String(queue[0]!.score),
    );
    await expect
      .poll(() => page().locator('.tie-card .factors li').count(), { timeout: 10_000 })
      .toBe(queue[0]!.factors.length);
    expect(serious(await axeViolations(page()))).toEqual([]);
    mkdirSync(DOCS, { recursive: true });
    await page().screenshot({ path: join(DOCS, 'network-review-en.png'), fullPage: true });
  });

  test('answers by keyboard only, moving to the next tie at once, and the database shows each answer', async () => {
    await page().locator('body').focus();
    const keys = ['k', 'r', 'm', 'g', 's'];
    for (const [i, key] of keys.entries()) {
      await page().keyboard.press(key);
      await expect(currentName()).resolves.toBe(queue[i + 1]!.name);
    }
    const [kept, removed, met, group, skipped] = queue.map((t) => t.connectionId);
    await eventually(
      () => connectionRow(skipped!),
      (r) => r.review_status === 'skip',
    );
    expect((await connectionRow(kept!)).review_status).toBe('keep');
    expect((await connectionRow(removed!)).review_status).toBe('remove');
    expect(await connectionRow(met!)).toMatchObject({ review_status: 'keep', met_in_person: 1 });
    expect(await connectionRow(group!)).toMatchObject({ review_status: 'keep', exchanged_in_group: 1 });
  });

  test('undo puts back the last answers, on the screen and in the database', async () => {
    const skipped = queue[4]!;
    const group = queue[3]!;
    await page().keyboard.press('u');
    await expect(currentName()).resolves.toBe(skipped.name);
    await page().keyboard.press('u');
    await expect(currentName()).resolves.toBe(group.name);
    const row = await eventually(
      () => connectionRow(group.connectionId),
      (r) => r.review_status === null,
    );
    expect(row).toMatchObject({ review_status: null, exchanged_in_group: 0 });
    expect((await connectionRow(skipped.connectionId)).review_status).toBeNull();
  });

  test('? shows every review key from the registry', async () => {
    const dialog = page().getByRole('dialog');
    await pressUntilVisible(page(), '?', dialog);
    await expect
      .poll(() => dialog.locator('tr[data-action]').count(), { timeout: 10_000 })
      .toBe(REVIEW_ACTIONS.length);
    expect(serious(await axeViolations(page()))).toEqual([]);
    await page().keyboard.press('Escape');
    await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(0);
  });

  test('lists the removals with safe LinkedIn links, then "still there" after a later import', async () => {
    const removed = queue[1]!;
    await openView('Removals');
    await expect(h1()).resolves.toBe('Connections to remove');
    const link = page().locator('[data-part="toRemove"] a', { hasText: removed.name });
    await expect(link.getAttribute('href')).resolves.toBe(removed.profileUrl);
    expect(removed.profileUrl).toMatch(/^https:\/\/www\.linkedin\.com\/in\//);
    await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    expect(serious(await axeViolations(page()))).toEqual([]);

    await importThroughPage(page(), zip);
    await page().getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Network' }).click();
    await openView('Removals');
    await expect
      .poll(() => page().locator('[data-part="stillThere"] a', { hasText: removed.name }).count(), {
        timeout: 10_000,
      })
      .toBe(1);
  });

  test('sorts the strength table and runs the exposure audit', async () => {
    await openView('Strength');
    await expect(h1()).resolves.toBe('Tie strength');
    const scores = async () =>
      (await page().locator('.strength-table td.number').allTextContents()).map(Number);
    const ascending = await scores();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page().getByRole('button', { name: 'Score' }).click();
    await expect
      .poll(() => page().locator('th[aria-sort="descending"]').count(), { timeout: 10_000 })
      .toBe(1);
    await page().waitForFunction(() => {
      const cells = [...document.querySelectorAll('.strength-table td.number')].map((c) =>
        Number(c.textContent),
      );
      return cells.length > 1 && cells[0]! >= cells[cells.length - 1]!;
    });
    expect(serious(await axeViolations(page()))).toEqual([]);

    await openView('Exposure');
    await expect(h1()).resolves.toBe('Exposure audit');
    await expect.poll(() => page().locator('.counts dd').count(), { timeout: 10_000 }).toBe(5);
    await expect(page().locator('.advice').first().textContent()).resolves.toContain('No competitor');
    expect(serious(await axeViolations(page()))).toEqual([]);
  });

  test('draws the charts under the CSP, with the figures of networkStats', async () => {
    await openView('Charts');
    await expect(h1()).resolves.toBe('Statistics over time');
    await page().waitForFunction(() => document.querySelectorAll('.stat-chart .chart svg').length === 6);
    const stats = await network.stats();
    // The chart shows the months from the first with an invitation to the latest (24 at most), and
    // its table lists exactly those months, each with networkStats' figures.
    const sums = stats.months.map((m) => Object.values(m.incoming).reduce((a, b) => a + b, 0));
    const last = sums.findLastIndex((s) => s > 0);
    const first = Math.max(
      sums.findIndex((s) => s > 0),
      last - 23,
    );
    const invitations = page().locator('[data-chart="invitations"]');
    await invitations.locator('summary').click();
    await expect
      .poll(() => invitations.locator('tbody tr').count(), { timeout: 10_000 })
      .toBe(last - first + 1);
    const rows = invitations.locator('tbody tr');
    for (let i = first; i <= last; i++) {
      const row = rows.nth(i - first);
      await expect(row.locator('th').textContent()).resolves.toBe(monthLabel(stats.months[i]!.month, 'en'));
      const cells = (await row.locator('td').allTextContents()).map(Number);
      expect(cells.reduce((a, b) => a + b, 0)).toBe(sums[i]);
    }
    // The last tick is the latest month with data.
    const ticks = await invitations.locator('.chart text').allTextContents();
    expect(ticks).toContain(monthLabel(stats.months[last]!.month, 'en'));
    // No text of any chart overlaps another (titles, legends, axis names, ticks).
    const overlaps = await page().evaluate(() => {
      const found: string[] = [];
      for (const svg of document.querySelectorAll('.stat-chart .chart svg')) {
        const chart = svg.closest('[data-chart]')?.getAttribute('data-chart');
        const boxes = [...svg.querySelectorAll('text')]
          .filter((el) => (el.textContent ?? '').trim() !== '')
          .map((el) => ({ text: el.textContent ?? '', r: el.getBoundingClientRect() }));
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1))
            if (
              a.r.left < b.r.right - 1 &&
              b.r.left < a.r.right - 1 &&
              a.r.top < b.r.bottom - 1 &&
              b.r.top < a.r.bottom - 1
            )
              found.push(`${chart}: ${a.text} × ${b.text}`);
      }
      return found;
    });
    expect(overlaps).toEqual([]);

    // The strength chart labels each bar with its count: the same ten numbers as networkStats.
    const labels = await page().locator('[data-chart="strength"] .chart text').allTextContents();
    for (const count of stats.strengthDeciles.filter((c) => c > 0)) expect(labels).toContain(String(count));

    await invitations.locator('summary').click();
    expect(serious(await axeViolations(page()))).toEqual([]);
    await page().mouse.move(0, 0);
    await page().screenshot({ path: join(DOCS, 'network-charts-en.png'), fullPage: true });
  });

  test('exports a chart as SVG and as PNG', async () => {
    const chart = page().locator('[data-chart="strength"]');
    const svg = await download(() => chart.getByRole('button', { name: /as SVG/ }).click());
    expect(svg.toString('utf8')).toMatch(/^<svg[\s\S]*Tie-strength distribution[\s\S]*<\/svg>$/);
    const png = await download(() => chart.getByRole('button', { name: /as PNG/ }).click());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.length).toBeGreaterThan(5_000);
  });

  test('speaks French: titles, legends and months in the charts, and the review', async () => {
    await page().getByLabel('Interface language').selectOption('fr');
    await expect(h1()).resolves.toBe('Statistiques dans le temps');
    const strength = page().locator('[data-chart="strength"] .chart');
    await page().waitForFunction(() =>
      document
        .querySelector('[data-chart="strength"] .chart')
        ?.textContent?.includes('Répartition de la force des liens'),
    );
    const stats = await network.stats();
    const growthText = (await page().locator('[data-chart="invitations"] .chart').textContent()) ?? '';
    expect(growthText).toContain('Invitations reçues par mois, par catégorie');
    await expect(strength.textContent()).resolves.toContain('Relations');
    const invitations = page().locator('[data-chart="invitations"]');
    await invitations.locator('summary').click();
    const sums = stats.months.map((m) => Object.values(m.incoming).reduce((a, b) => a + b, 0));
    const first = Math.max(
      sums.findIndex((s) => s > 0),
      sums.findLastIndex((s) => s > 0) - 23,
    );
    await expect(invitations.locator('tbody tr th').first().textContent()).resolves.toBe(
      monthLabel(stats.months[first]!.month, 'fr'),
    );
    await invitations.locator('summary').click();
    expect(serious(await axeViolations(page()))).toEqual([]);
    await page().screenshot({ path: join(DOCS, 'network-charts-fr.png'), fullPage: true });

    await openView('Revue');
    await expect(h1()).resolves.toBe('Revue de nettoyage');
    await expect(page().locator('.review .question').textContent()).resolves.toBe(
      'Vous souvenez-vous de cette personne ?',
    );
    expect(serious(await axeViolations(page()))).toEqual([]);
    await page().screenshot({ path: join(DOCS, 'network-review-fr.png'), fullPage: true });
    await page().getByLabel('Langue de l’interface').selectOption('en');
  });

  test('runs without a CSP violation or a console error', () => {
    expect(h.console.filter((line) => line.startsWith('error'))).toEqual([]);
    expect(h.dialogs).toEqual([]);
  });
});
