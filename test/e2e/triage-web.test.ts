import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/app/config.js';
import { policyPath } from '../../src/app/policy/policy-file.js';
import { addReply } from '../../src/app/triage/index.js';
import { textReader } from '../../src/core/classify/index.js';
import { VARIANT_OF_DECISION } from '../../src/core/compose/index.js';
import type { DecisionKind } from '../../src/core/labels.js';
import { PRESETS, parsePolicy } from '../../src/core/policy/index.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { generateLinkedinExport, writeZip } from '../../src/synthetic/index.js';
import {
  axeViolations,
  importThroughPage,
  serious,
  startWebHarness,
  type WebHarness,
} from './web-harness.js';

let h: WebHarness;
let dir: string;
let store: Store;

/** The keys the user presses, in turn: Enter agrees with the policy, the letters overrule it. */
const KEYS: [key: string, decision: DecisionKind | 'suggested'][] = [
  ['Enter', 'suggested'],
  ['d', 'decline'],
  ['Enter', 'suggested'],
  ['a', 'accept'],
  ['s', 'ask'],
  ['Enter', 'suggested'],
  ['i', 'ignore'],
  ['l', 'later'],
  ['Enter', 'suggested'],
  ['d', 'decline'],
];
const TRIAGED = 20;

const currentId = async () => Number(await h.page.locator('.current').getAttribute('data-invitation'));
const nav = (name: RegExp) => h.page.getByRole('navigation').getByRole('link', { name }).click();
const expectNoSeriousViolation = async () => expect(serious(await axeViolations(h.page))).toEqual([]);

beforeAll(async () => {
  h = await startWebHarness({ locale: 'en-US' });
  dir = mkdtempSync(join(tmpdir(), 'ties-triage-web-'));
  const demo = generateLinkedinExport({ seed: 42, connections: 200, messages: 300, invitations: 60 });
  const zip = join(dir, demo.name);
  await writeZip(demo.files, zip);
  await importThroughPage(h.page, zip);
  store = await openStore(loadConfig({ dataDir: h.dataDir }, {}));
  // The profile opens in a new tab: answer it here, so the test never reaches the network.
  await h.context.route('https://www.linkedin.com/**', (route) =>
    route.fulfill({ contentType: 'text/plain', body: 'profile' }),
  );
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.origin });
}, 120_000);

afterAll(async () => {
  await store?.close();
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const decisionsInForce = () =>
  store.db
    .selectFrom('decisions')
    .select(['id', 'invitation_id', 'decision', 'decided_by', 'undone_at'])
    .where('undone_at', 'is', null)
    .orderBy('id', 'asc')
    .execute();

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  return read();
}

describe('triage in the browser, by keyboard only', () => {
  const expected = new Map<number, { decision: DecisionKind; by: 'policy' | 'user' }>();
  let editedId = 0;

  test('shows the current invitation with its label, suggestion, reason and draft', async () => {
    await nav(/^Triage$/);
    await h.page.locator('.current').waitFor();
    const current = h.page.locator('.current');
    await expect(current.locator('.name').textContent()).resolves.not.toBe('');
    await expect(current.locator('.suggested').textContent()).resolves.toMatch(/\w/);
    await expect(current.locator('.reason').textContent()).resolves.toMatch(/\w/);
    await expect(current.locator('dd.label').count()).resolves.toBe(1);
    await expectNoSeriousViolation();
  });

  test(`decides ${TRIAGED} invitations with Enter and the decision keys, moving on at once`, async () => {
    await h.page.locator('main').focus();
    for (let n = 0; n < TRIAGED; n++) {
      const id = await currentId();
      const suggested = (await h.page.locator('.suggestion').getAttribute('data-decision')) as DecisionKind;
      const [key, decision] = KEYS[n % KEYS.length] as (typeof KEYS)[number];
      if (n === 1) {
        // One draft edited before deciding: e focuses the editor, Esc leaves it and saves.
        await h.page.keyboard.press('e');
        await expect(h.page.evaluate(() => document.activeElement?.id)).resolves.toBe('draft-text');
        await h.page.keyboard.press('ControlOrMeta+a');
        await h.page.keyboard.type('Thank you for the kind note — edited by hand.');
        await h.page.keyboard.press('Escape');
        await h.page.getByText('Draft saved.').waitFor();
        editedId = id;
      }
      await h.page.keyboard.press(key);
      await h.page.waitForFunction((before) => {
        const shown = document.querySelector('.current')?.getAttribute('data-invitation');
        return shown !== String(before);
      }, id);
      expected.set(id, {
        decision: decision === 'suggested' ? suggested : decision,
        by: decision === 'suggested' ? 'policy' : 'user',
      });
    }
    const rows = await waitFor(decisionsInForce, (r) => r.length >= TRIAGED);
    expect(rows).toHaveLength(TRIAGED);
    for (const row of rows) {
      expect(expected.get(row.invitation_id as number)).toEqual({
        decision: row.decision,
        by: row.decided_by,
      });
    }
  });

  test('stores a draft for every decision that sends one, the edited text as typed', async () => {
    const drafts = await store.db
      .selectFrom('drafts')
      .select(['invitation_id', 'variant', 'text', 'edited'])
      .where('status', '=', 'draft')
      .execute();
    const byInvitation = new Map(drafts.map((d) => [d.invitation_id, d]));
    for (const [id, { decision }] of expected) {
      const variant = VARIANT_OF_DECISION[decision];
      if (variant) expect(byInvitation.get(id)?.text.length).toBeGreaterThan(0);
    }
    expect(byInvitation.get(editedId)).toMatchObject({
      text: 'Thank you for the kind note — edited by hand.',
      edited: 1,
    });
  });

  test('u takes back the last decision: the database shows it undone, the screen shows it back', async () => {
    const before = await decisionsInForce();
    const last = before.at(-1);
    await h.page.keyboard.press('u');
    await h.page.locator(`.current[data-invitation="${last?.invitation_id}"]`).waitFor();
    const after = await waitFor(decisionsInForce, (r) => r.length === before.length - 1);
    expect(after.map((r) => r.id)).toEqual(before.slice(0, -1).map((r) => r.id));
    const invitation = await store.db
      .selectFrom('invitations')
      .select('status')
      .where('id', '=', last?.invitation_id as number)
      .executeTakeFirstOrThrow();
    expect(invitation.status).toBe('pending');
  });

  test('o copies the draft and opens the LinkedIn profile in a new tab', async () => {
    const draft = await h.page.locator('#draft-text').inputValue();
    const [popup] = await Promise.all([h.context.waitForEvent('page'), h.page.keyboard.press('o')]);
    await popup.waitForLoadState();
    expect(popup.url()).toMatch(/^https:\/\/www\.linkedin\.com\/in\//);
    expect(await popup.evaluate(() => window.opener)).toBeNull();
    await popup.close();
    await h.page.bringToFront();
    await expect(h.page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(draft);
  });

  test('the help overlay lists the keys, with no serious accessibility violation', async () => {
    await h.page.keyboard.press('?');
    await h.page.getByRole('dialog').waitFor();
    await expectNoSeriousViolation();
    await h.page.keyboard.press('Escape');
  });

  test('switches the interface to French, and t rewrites the draft in French', async () => {
    await h.page.getByLabel('Interface language').selectOption('fr');
    await expect(h.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Invitations à trier',
    );
    await expect(h.page.locator('.suggestion-label').textContent()).resolves.toBe('Suggestion');
    await h.page.getByText('Langue du brouillon').waitFor();
    await h.page.locator('main').focus();
    const id = await currentId();
    const lang = () => h.page.locator('#draft-text').getAttribute('lang');
    // At least one rewrite (so the draft is stored), and another if the first went to English.
    for (let i = 0; i === 0 || (i < 2 && (await lang()) !== 'fr'); i++) {
      const was = await lang();
      await h.page.keyboard.press('t');
      await h.page.waitForFunction(
        (before) => document.querySelector('#draft-text')?.getAttribute('lang') !== before,
        was,
      );
    }
    await h.page.getByText('Brouillon enregistré.').waitFor();
    const draft = await store.db
      .selectFrom('drafts')
      .select(['lang', 'text'])
      .where('invitation_id', '=', id)
      .where('status', '=', 'draft')
      .executeTakeFirstOrThrow();
    expect(draft.lang).toBe('fr');
    expect(await h.page.locator('#draft-text').inputValue()).toBe(draft.text);
    await expectNoSeriousViolation();
    await h.page.getByLabel('Langue de l’interface').selectOption('en');
  });
});

describe('queues, policy and settings', () => {
  test('the queues show a pasted reply with its class and suggestion', async () => {
    const declined = await store.db
      .selectFrom('decisions as d')
      .innerJoin('people as p', 'p.id', 'd.person_id')
      .select('p.profile_url')
      .where('d.decision', '=', 'decline')
      .where('d.undone_at', 'is', null)
      .where('p.profile_url', 'is not', null)
      .executeTakeFirstOrThrow();
    const text =
      'I understand and respect your choice. I am looking for people in your field to advise me on a project.';
    const policy = parsePolicy(PRESETS.selective);
    if (!policy.ok) throw new Error('preset');
    const reply = await addReply(
      store,
      1,
      { profileUrl: declined.profile_url as string, text },
      { policy: policy.value, reader: textReader },
    );
    await nav(/^Queues$/);
    const card = h.page.locator('.reply').filter({ hasText: 'advise me on a project' });
    await card.waitFor();
    await expect(card.locator('.reply-class').textContent()).resolves.toBe(
      { need: 'genuine need', pitch: 'pitch', ack: 'acknowledgement', hostile: 'hostile' }[reply.label],
    );
    await expectNoSeriousViolation();
  });

  test('the policy editor lists located errors and saves nothing, then saves a good policy', async () => {
    await nav(/^Policy$/);
    const editor = h.page.getByLabel('Policy (YAML)');
    await editor.waitFor();
    const good = await editor.inputValue();
    await editor.fill(good.replace(/decision: decline/, 'decision: maybe'));
    await h.page.getByRole('button', { name: 'Save the policy' }).click();
    const error = h.page.locator('.policy-errors li').first();
    await expect(error.textContent()).resolves.toMatch(/^line \d+: .*decision.*'maybe'/);
    expect(existsSync(policyPath(h.dataDir))).toBe(false);
    await expectNoSeriousViolation();
    await h.page.getByLabel('Start from a preset').selectOption('open-networker');
    await h.page.getByRole('button', { name: 'Load the preset' }).click();
    await h.page.getByRole('button', { name: 'Save the policy' }).click();
    await h.page.getByText('Policy saved.').waitFor();
    expect(readFileSync(policyPath(h.dataDir), 'utf8')).toBe(PRESETS['open-networker']);
  });

  test('settings are saved into the policy file, its comments kept', async () => {
    await nav(/^Settings$/);
    const signature = h.page.getByLabel('Signature');
    await signature.waitFor();
    await signature.fill('Camille, Montréal');
    await h.page.getByRole('button', { name: 'Add a channel' }).click();
    await h.page.getByLabel('Address of channel 1').fill('https://camille.example');
    await h.page.getByLabel('Invitation note', { exact: true }).fill('250');
    await h.page.getByRole('button', { name: 'Save the settings' }).click();
    await h.page.getByText('Settings saved in your policy file.').waitFor();
    const text = readFileSync(policyPath(h.dataDir), 'utf8');
    const saved = parsePolicy(text);
    expect(saved.ok && saved.value.signature).toBe('Camille, Montréal');
    expect(saved.ok && saved.value.channels).toEqual([{ kind: 'website', value: 'https://camille.example' }]);
    expect(saved.ok && saved.value.limits['linkedin']?.note).toBe(250);
    const comments = (s: string) => s.split('\n').filter((l) => l.trim().startsWith('#'));
    expect(comments(text)).toEqual(comments(PRESETS['open-networker']));
    await expectNoSeriousViolation();
  });

  test('the import screen has no serious accessibility violation either', async () => {
    await nav(/^Import$/);
    await expectNoSeriousViolation();
  });

  test('ran without a console error (but the broken policy’s refusal)', () => {
    const errors = h.console.filter((line) => line.startsWith('error'));
    expect(errors.filter((line) => !line.includes('status of 422'))).toEqual([]);
    expect(errors).toHaveLength(1);
  });
});
