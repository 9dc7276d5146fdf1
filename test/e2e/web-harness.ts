import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { loadConfig } from '../../src/app/config.js';
import { type RunningServer, startServer } from '../../src/server/start-server.js';
import { openWebApi, type WebApi } from '../../src/server/web-api.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_ROOT = join(root, 'dist', 'web');
const require = createRequire(import.meta.url);

/** Builds the web app once per run (`npm test` has already built it; a lone `vitest` run may not). */
export async function ensureWebBuilt(): Promise<void> {
  if (existsSync(join(WEB_ROOT, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: join(root, 'src', 'web', 'vite.config.ts'), logLevel: 'warn' });
}

export interface WebHarness {
  server: RunningServer;
  api: WebApi;
  dataDir: string;
  origin: string;
  context: BrowserContext;
  page: Page;
  /** Everything a page printed to its console, and every dialog it tried to open. */
  console: string[];
  dialogs: string[];
  close(): Promise<void>;
}

/** Debian's Chromium, never a downloaded one; flags that keep it off the network. */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A real server on a free port over a temp data dir, and a fresh Chromium profile on its URL. */
export async function startWebHarness(options: { locale?: string } = {}): Promise<WebHarness> {
  await ensureWebBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'ties-web-data-'));
  const profile = mkdtempSync(join(tmpdir(), 'ties-web-chromium-'));
  const config = loadConfig({ dataDir }, {});
  const api = await openWebApi(config, (line) => process.stderr.write(`${line}\n`));
  const server = await startServer({ host: '127.0.0.1', port: 0, webRoot: WEB_ROOT, api: api.routes });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 800 },
  });
  context.setDefaultTimeout(10_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleLines: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(server.url);
  return {
    server,
    api,
    dataDir,
    origin: `http://127.0.0.1:${server.port}`,
    context,
    page,
    console: consoleLines,
    dialogs,
    async close() {
      await context.close();
      await server.close();
      await api.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/**
 * Runs axe-core in the page. The page's CSP forbids inline scripts, so `addScriptTag` would be
 * refused (and we keep the CSP on: the hostile-text tests rely on it). `page.evaluate` goes through
 * the DevTools protocol, which the CSP does not govern, so axe's source is evaluated that way.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (ctx: Document) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
    }));
  });
}

export const serious = (violations: AxeViolation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** Imports a zip through the Import screen, as a user choosing the file, and waits for the summary. */
export async function importThroughPage(page: Page, zipPath: string): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^(Import|Importer)$/ })
    .click();
  await page.locator('input[type=file]').setInputFiles(zipPath);
  await page.locator('.import-done').waitFor({ timeout: 60_000 });
}

/**
 * Presses a key until `shows` is visible. A screen binds its keys in an effect after it renders, so a
 * key pressed right after navigation can arrive before anyone listens; pressing again only while the
 * target is still absent keeps toggling keys (like `?`) from closing what they opened.
 */
export async function pressUntilVisible(page: Page, key: string, shows: Locator, tries = 10): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await shows.isVisible()) return;
    await page.keyboard.press(key);
    try {
      await shows.waitFor({ state: 'visible', timeout: 500 });
      return;
    } catch {
      // Not yet listening: press again.
    }
  }
  throw new Error(`pressing ${key} never showed ${String(shows)}`);
}

/**
 * Where a test's screenshot goes: the committed docs/ when STRONGTIES_UPDATE_SCREENSHOTS=1 (run that to
 * refresh them), else a temporary folder, so that a test run never rewrites tracked files.
 */
export const SCREENSHOTS_DIR =
  process.env['STRONGTIES_UPDATE_SCREENSHOTS'] === '1'
    ? join(root, 'docs')
    : mkdtempSync(join(tmpdir(), 'strongties-screenshots-'));

/**
 * Screenshots of the page as it is, at a phone's width (390 px) and a desktop's (1440 px), into
 * `screens/` of the screenshots folder (`<name>-390.png`, `<name>-1440.png`); the viewport is put back.
 */
export async function shootBothWidths(page: Page, name: string): Promise<void> {
  const dir = join(SCREENSHOTS_DIR, 'screens');
  mkdirSync(dir, { recursive: true });
  const before = page.viewportSize();
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(dir, `${name}-${width}.png`), fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}
