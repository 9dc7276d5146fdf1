import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/app/config.js';
import { addReply, decide } from '../../src/app/triage/index.js';
import { textReader } from '../../src/core/classify/index.js';
import { PRESETS, parsePolicy } from '../../src/core/policy/index.js';
import { openStore } from '../../src/store/open-store.js';
import { generateLinkedinExport, writeZip } from '../../src/synthetic/index.js';
import { MISSING_KEY } from '../../src/web/missing-key.js';
import { foreignWords, typographyErrors } from './ui-words.js';
import { importThroughPage, SCREENSHOTS_DIR, startWebHarness, type WebHarness } from './web-harness.js';

/**
 * Every screen of the web app, found by following the app's own navigation (so a screen added later
 * is covered without touching this file), at a phone's size and a desktop's, in both languages:
 * no horizontal scrolling, every control on screen and tappable (44 px high on a phone), no
 * missing catalog key and no word of the other language outside the strangers' text (marked
 * `translate="no"`) and passages that say their own language (`lang`).
 */
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;
const LANGS = ['en', 'fr'] as const;
const SHOTS = join(SCREENSHOTS_DIR, 'screens');

let h: WebHarness;
let dir: string;
let paths: string[];

beforeAll(async () => {
  h = await startWebHarness({ locale: 'en-US' });
  dir = mkdtempSync(join(tmpdir(), 'ties-every-screen-'));
  const demo = generateLinkedinExport({ seed: 42, connections: 120, messages: 400, invitations: 40 });
  const zip = join(dir, demo.name);
  await writeZip(demo.files, zip);
  await importThroughPage(h.page, zip);
  await seedDecisions();
  paths = await crawl(h.page);
  mkdirSync(SHOTS, { recursive: true });
}, 180_000);
afterAll(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A few decisions and replies, so that the queues and charts have something to show. */
async function seedDecisions(): Promise<void> {
  const store = await openStore(loadConfig({ dataDir: h.dataDir }, {}));
  try {
    const policy = parsePolicy(PRESETS.selective);
    if (!policy.ok) throw new Error('the selective preset is invalid');
    const deps = { policy: policy.value, reader: textReader };
    const pending = await store.db
      .selectFrom('invitations')
      .select('id')
      .where('direction', '=', 'incoming')
      .orderBy('id')
      .limit(8)
      .execute();
    const kinds = ['decline', 'decline', 'ask', 'accept', 'ignore', 'later'] as const;
    for (const [i, kind] of kinds.entries())
      await decide(store, 1, { invitationId: pending[i]!.id, decision: kind }, deps);
    const declined = await store.db
      .selectFrom('decisions as d')
      .innerJoin('people as p', 'p.id', 'd.person_id')
      .select('p.profile_url')
      .where('d.decision', '=', 'decline')
      .where('p.profile_url', 'is not', null)
      .execute();
    const texts = [
      'I understand. I am looking for people in your field to advise me on a project.',
      'Now that I have your attention: our platform triples your leads, book a demo here.',
    ];
    for (const [i, row] of declined.slice(0, 2).entries())
      await addReply(store, 1, { profileUrl: row.profile_url as string, text: texts[i]! }, deps);
  } finally {
    await store.close();
  }
}

/** Every same-origin address any navigation of the app links to, from the home screen outward. */
async function crawl(page: Page): Promise<string[]> {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length > 0) {
    await open(page, queue.shift()!);
    const hrefs = await page.$$eval('nav a[href^="/"]', (links) => links.map((a) => a.getAttribute('href')!));
    for (const href of hrefs)
      if (!seen.has(href)) {
        seen.add(href);
        queue.push(href);
      }
  }
  return [...seen];
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${h.origin}${path}`, { waitUntil: 'networkidle' });
  // Generous: the machine running the suite may be loaded.
  await page.locator('main h1').first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    () => !/Loading…|Chargement…/.test(document.querySelector('main')?.textContent ?? ''),
  );
}

interface Rendered {
  scrollWidth: number;
  innerWidth: number;
  texts: string[];
  problems: string[];
}

/** What a user sees (texts) and what would stop a tap or force a sideways scroll (problems). */
function inspect(phone: boolean): Rendered {
  const docLang = document.documentElement.lang;
  const foreign = (el: Element | null) =>
    !el ||
    el.closest('[translate="no"], script, style, textarea') !== null ||
    (el.closest('[lang]')?.getAttribute('lang') ?? docLang) !== docLang;
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const value = n.nodeValue?.trim();
    if (value && !foreign(n.parentElement)) texts.push(value);
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = el.getAttribute(attr);
      if (value && !foreign(el)) texts.push(value);
    }
  const problems: string[] = [];
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`;
  const shown = (el: Element) => {
    const style = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return style.visibility !== 'hidden' && r.width > 1 && r.height > 1 && r.right > 0;
  };
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    const style = getComputedStyle(el);
    if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1)
      problems.push(`${describe(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
  }
  // An open modal dialog makes the rest inert: only its controls can be tapped.
  const scope = document.querySelector('dialog[open]') ?? document;
  const controls = scope.querySelectorAll<HTMLElement>(
    'button, a[href], input:not([type=hidden]), select, textarea, summary',
  );
  for (const el of controls) {
    if (!shown(el) || el.classList.contains('skip-link')) continue;
    const target =
      (el instanceof HTMLInputElement && /checkbox|radio/.test(el.type) && el.closest('label')) || el;
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    const r = target.getBoundingClientRect();
    if (r.left < -1 || r.right > innerWidth + 1)
      problems.push(`${describe(el)} is off screen (${r.left}–${r.right})`);
    const inProse = el.tagName === 'A' && el.parentElement?.tagName === 'P';
    if (phone && !inProse && r.height < 43.5) problems.push(`${describe(el)} is ${r.height} px high`);
    const hit = document.elementFromPoint(
      Math.min(innerWidth - 1, Math.max(0, (r.left + r.right) / 2)),
      (r.top + r.bottom) / 2,
    );
    if (hit && !target.contains(hit) && !hit.contains(target))
      problems.push(`${describe(el)} is covered by ${describe(hit)}`);
  }
  scrollTo(0, 0);
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth, texts, problems };
}

function judge(where: string, r: Rendered, lang: 'en' | 'fr', consoleLines: string[]): string[] {
  const failures: string[] = [];
  if (r.scrollWidth > r.innerWidth)
    failures.push(`${where}: page is ${r.scrollWidth} px wide for ${r.innerWidth}`);
  for (const p of r.problems) failures.push(`${where}: ${p}`);
  for (const text of r.texts) {
    const words = foreignWords(text, lang);
    if (words.length > 0) failures.push(`${where}: “${words.join(', ')}” in “${text.slice(0, 80)}”`);
    for (const e of typographyErrors(text, lang)) failures.push(`${where}: ${e}`);
  }
  for (const line of consoleLines) if (line.includes(MISSING_KEY)) failures.push(`${where}: ${line}`);
  return failures;
}

const slug = (path: string) => (path === '/' ? 'triage' : path.slice(1).replaceAll('/', '-'));

describe.each(VIEWPORTS)('every screen at $width×$height', (viewport) => {
  test.each(LANGS)(
    'in %s: fits, every control tappable, every word in the language',
    async (lang) => {
      const page = h.page;
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.evaluate((l) => localStorage.setItem('strongties.lang', l), lang);
      const failures: string[] = [];
      expect(paths.length).toBeGreaterThanOrEqual(7);
      for (const path of paths) {
        const where = `${viewport.name} ${lang} ${path}`;
        const before = h.console.length;
        await open(page, path);
        await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
        failures.push(
          ...judge(
            where,
            await page.evaluate(inspect, viewport.name === 'phone'),
            lang,
            h.console.slice(before),
          ),
        );
        if (viewport.name === 'phone' || process.env['STRONGTIES_UPDATE_SCREENSHOTS'] !== '1')
          await page.screenshot({ path: join(SHOTS, `${viewport.name}-${lang}-${slug(path)}.png`) });
        // A screen with keyboard help opens it with `?`: the overlay must fit too.
        await page.locator('main').click({ position: { x: 2, y: 2 } });
        await page.keyboard.press('?');
        const help = page.locator('dialog.help[open]');
        if (await help.isVisible({ timeout: 300 }).catch(() => false)) {
          failures.push(
            ...judge(`${where} help`, await page.evaluate(inspect, viewport.name === 'phone'), lang, []),
          );
          if (viewport.name === 'phone' || process.env['STRONGTIES_UPDATE_SCREENSHOTS'] !== '1')
            await page.screenshot({ path: join(SHOTS, `${viewport.name}-${lang}-${slug(path)}-help.png`) });
          await page.keyboard.press('Escape');
        }
      }
      expect(failures).toEqual([]);
    },
    240_000,
  );
});
