import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, serious, startWebHarness, type WebHarness } from './web-harness.js';

let h: WebHarness;

beforeAll(async () => {
  h = await startWebHarness({ locale: 'en-US' });
});
afterAll(async () => {
  await h?.close();
});

describe('the web app in Chromium', () => {
  test('trades the token in the URL for a cookie and lands on the triage screen', async () => {
    expect(new URL(h.page.url()).search).toBe('');
    await expect(h.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Invitations to triage',
    );
    const cookies = await h.context.cookies();
    const session = cookies.find((c) => c.name === `ties_session_${h.server.port}`);
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Strict');
  });

  test.each([
    ['Triage', 'Invitations to triage'],
    ['Queues', 'Queues'],
    ['Import', 'Import a LinkedIn export'],
    ['Policy', 'Policy'],
    ['Settings', 'Settings'],
  ])('reaches the %s screen by keyboard, with no serious accessibility violation', async (link, heading) => {
    await h.page.keyboard.press('Escape');
    const nav = h.page.getByRole('navigation').getByRole('link', { name: link, exact: true });
    await nav.focus();
    await h.page.keyboard.press('Enter');
    await expect(h.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading);
    expect(serious(await axeViolations(h.page))).toEqual([]);
  });

  test('opens the help overlay with ? and lists every registry action', async () => {
    await h.page.getByRole('navigation').getByRole('link', { name: 'Triage', exact: true }).click();
    await h.page.locator('body').focus();
    await h.page.keyboard.press('?');
    const dialog = h.page.getByRole('dialog');
    await expect(dialog.getByRole('heading').textContent()).resolves.toBe('Keyboard shortcuts');
    const { TRIAGE_ACTIONS } = await import('../../src/core/triage-actions.js');
    expect(await dialog.locator('tr[data-action]').count()).toBe(TRIAGE_ACTIONS.length);
    expect(serious(await axeViolations(h.page))).toEqual([]);
    await h.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(0);
  });

  test('switches the interface to French and remembers it after a reload', async () => {
    await h.page.getByLabel('Interface language').selectOption('fr');
    await expect(h.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Invitations à trier',
    );
    await h.page.reload();
    await expect(h.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Invitations à trier',
    );
    expect(await h.page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await h.page.getByLabel('Langue de l’interface').selectOption('en');
  });

  test('runs without a CSP violation or a console error', () => {
    expect(h.console.filter((line) => line.startsWith('error'))).toEqual([]);
    expect(h.dialogs).toEqual([]);
  });
});
