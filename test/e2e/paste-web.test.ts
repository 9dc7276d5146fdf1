import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, SCREENSHOTS_DIR, serious, startWebHarness, type WebHarness } from './web-harness.js';

const DOCS = SCREENSHOTS_DIR;
const NOTE = 'Bonjour Owen,\n\nJ’ai adoré votre talk à Lyon 🎤✨\n  — Inès (« data » & co)';
let h: WebHarness;

beforeAll(async () => {
  h = await startWebHarness({ locale: 'en-US' });
});
afterAll(async () => {
  await h?.close();
});

const heading = () => h.page.getByRole('heading', { level: 1 }).textContent();

describe('pasting an invitation in the web app', () => {
  test('opens the paste form with n from the triage screen', async () => {
    await expect(heading()).resolves.toBe('Invitations to triage');
    await h.page.locator('body').focus();
    await h.page.keyboard.press('n');
    await expect(heading()).resolves.toBe('Paste an invitation');
    expect(new URL(h.page.url()).pathname).toBe('/paste');
    // The first field has the focus: the user pastes at once.
    expect(await h.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(
      'name',
    );
    expect(serious(await axeViolations(h.page))).toEqual([]);
  });

  test('adds the invitation to the pending queue with the note exactly as pasted (screenshot in docs/)', async () => {
    await h.page.getByLabel('Name').fill('Inès Durand');
    await h.page
      .getByLabel('Profile URL (any form)', { exact: true })
      .fill('linkedin.com/in/In%C3%A8s-Durand-42/?trk=people-guest');
    await h.page.getByLabel('Headline').fill('Data engineer @ Lyon');
    await h.page.getByLabel('Date').fill('2026-01-29');
    await h.page.getByLabel('Note, exactly as written').fill(NOTE);
    mkdirSync(DOCS, { recursive: true });
    await h.page.screenshot({ path: join(DOCS, 'paste-invitation-en.png') });
    await h.page.getByRole('button', { name: 'Add to the pending queue' }).click();
    await expect(h.page.getByRole('status').textContent()).resolves.toBe(
      'Added the invitation from Inès Durand.',
    );

    await h.page.getByRole('button', { name: 'Back to triage' }).click();
    await expect(heading()).resolves.toBe('Invitations to triage');
    await expect(h.page.locator('.current .name').textContent()).resolves.toBe('Inès Durand');
    await expect(h.page.locator('.current .note bdi').textContent()).resolves.toBe(NOTE);
    const href = await h.page.getByRole('link', { name: 'Open the LinkedIn profile' }).getAttribute('href');
    expect(href).toBe('https://www.linkedin.com/in/in%C3%A8s-durand-42');
  });

  test('keeps one invitation when the same one is pasted again in another URL form', async () => {
    await h.page.keyboard.press('n');
    await h.page.getByLabel('Name').fill('Inès Durand');
    await h.page
      .getByLabel('Profile URL (any form)', { exact: true })
      .fill('https://www.linkedin.com/in/in%c3%a8s-durand-42');
    await h.page.getByLabel('Date').fill('2026-01-30');
    await h.page.getByRole('button', { name: 'Add to the pending queue' }).click();
    await expect(h.page.locator('.paste > p[role=status]').textContent()).resolves.toBe(
      'Already there: the invitation from Inès Durand.',
    );
    const { invitations } = await h.page.evaluate(async () => (await fetch('/api/invitations')).json());
    expect(invitations).toHaveLength(1);
  });

  test('names the field at fault and adds nothing', async () => {
    await h.page.getByLabel('Name').fill('Mallory');
    await h.page.getByLabel('Profile URL (any form)', { exact: true }).fill('javascript:alert(1)');
    await h.page.getByRole('button', { name: 'Add to the pending queue' }).click();
    await expect(h.page.getByRole('alert').textContent()).resolves.toBe('profileUrl: not a profile URL');
    expect(h.dialogs).toEqual([]);
  });

  test('shows the label, the suggestion and the draft at once, and decides in one click (screenshot in docs/)', async () => {
    await h.page.getByLabel('Name').fill('Bruno Keller');
    await h.page
      .getByLabel('Profile URL (any form)', { exact: true })
      .fill('https://ch.linkedin.com/in/bruno-keller/');
    await h.page
      .getByLabel('Note, exactly as written')
      .fill('Hello, I help companies like yours grow revenue 10x. Can we book a call?');
    await h.page.getByRole('button', { name: 'Add to the pending queue' }).click();
    const result = h.page.getByRole('region', { name: 'What the policy says' });
    await expect.poll(() => result.getByText(/^Label: /).count(), { timeout: 10_000 }).toBe(1);
    await expect(result.locator('.suggestion').textContent()).resolves.toMatch(
      /^Policy suggests: (Accept|Decline|Ask how to be useful|Ignore \(spam or scam\)|Later) — /,
    );
    const draft = await result.locator('.draft').textContent();
    expect(draft).toMatch(/Bruno/);
    await h.page.screenshot({ path: join(DOCS, 'paste-decide-en.png'), fullPage: true });
    await result.getByRole('button', { name: 'Decline' }).click();
    await expect(result.getByRole('status').textContent()).resolves.toBe(
      'Recorded: declined. The draft is ready to copy.',
    );
    expect(await result.getByRole('button', { name: 'Accept' }).isDisabled()).toBe(true);
    expect(serious(await axeViolations(h.page))).toEqual([]);
  });

  test('pastes a reply, attached to the person and classified', async () => {
    const reply = h.page.getByRole('region', { name: 'Paste a reply' });
    await reply.getByLabel('Their profile URL (any form)').fill('linkedin.com/in/in%C3%A8s-durand-42?trk=x');
    await reply
      .getByLabel('The reply, exactly as written')
      .fill(
        'Je comprends et respecte votre choix.\nJe cherche des personnes de votre domaine pour un projet de recherche.',
      );
    await reply.getByRole('button', { name: 'Add the reply' }).click();
    await expect(reply.getByRole('status').textContent()).resolves.toMatch(
      /^Reply from Inès Durand: (need|pitch|ack|hostile) \(\d+%\)Next: /,
    );
    await reply.getByLabel('Their profile URL (any form)').fill('https://www.linkedin.com/in/nobody-here');
    await reply.getByLabel('The reply, exactly as written').fill('Hi');
    await reply.getByRole('button', { name: 'Add the reply' }).click();
    await expect(reply.getByRole('alert').textContent()).resolves.toMatch(/nobody-here/);
    expect(serious(await axeViolations(h.page))).toEqual([]);
  });

  test('runs without a console error', () => {
    // The refused requests above (400, 404) are the only errors the browser logs.
    expect(h.console.filter((line) => line.startsWith('error') && !/status of 40[04]/.test(line))).toEqual(
      [],
    );
  });
});
