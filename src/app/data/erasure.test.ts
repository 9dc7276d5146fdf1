import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { textReader } from '../../core/classify/index.js';
import { SQLITE_FILE } from '../../store/open-sqlite.js';
import type { Store } from '../../store/store.js';
import { openFreshStore } from '../../store/testing/fresh-store.js';
import { newOwner, STORE_KINDS, skipsOn, suiteStore } from '../../store/testing/store-cases.js';
import { addInvitations } from '../add-invitations.js';
import { importLinkedinExport } from '../import-linkedin.js';
import { loadPolicy } from '../policy/policy-file.js';
import { ArrayExportReader } from '../testing/fake-export-reader.js';
import { decide, undoLast } from '../triage/index.js';
import { forgetPerson } from './forget-person.js';
import { seedOwnerData, TARGET } from './testing/owner-fixture.js';
import { snapshotOwner } from './testing/snapshot.js';

const EMAIL = 'Zoe.Q@serre.example';
/** Her identity as strangers write it: case, doubled spaces, no accents, no scheme, her e-mail. */
const SPELLINGS = [
  'ZOÉ  QUILLARDEAU',
  'zoe quillardeau',
  'Quillardeau Zoé',
  'linkedin.com/in/Zoe-Quillard-4711/',
  'fr.linkedin.com/in/zoe-quillard-4711?trk=x',
  EMAIL.toLowerCase(),
];
const MENTION = `Vu avec ${SPELLINGS.join(', ')} hier.`;

/** The seeded data, plus someone else whose decided invitation, notes and draft name her. */
async function seedMentions(store: Store, ownerId: number): Promise<void> {
  await seedOwnerData(store, ownerId);
  await store.db
    .updateTable('connections')
    .set({ email: EMAIL })
    .where('owner_id', '=', ownerId)
    .where('connection_key', '=', TARGET.url)
    .execute();
  const [paul] = await addInvitations(
    store,
    ownerId,
    [
      {
        network: 'linkedin',
        name: 'Paul Tiers',
        profileUrl: 'https://www.linkedin.com/in/paul-tiers',
        note: `Bonjour, ${MENTION}`,
        direction: 'incoming',
      },
    ],
    { source: 'manual' },
  );
  if (!paul) throw new Error('the pasted invitation is stored');
  await store.db
    .updateTable('people')
    .set({ notes: `Présenté par ${MENTION}` })
    .where('id', '=', paul.personId)
    .execute();
  const { policy } = await loadPolicy({ dataDir: '/nonexistent' });
  // The log now holds Paul's invitation as it was, note included: undo would put it back.
  await decide(
    store,
    ownerId,
    { invitationId: paul.invitationId, decision: 'accept' },
    { policy, reader: textReader },
  );
  await store.db
    .updateTable('drafts')
    .set({ text: `Merci ! ${MENTION}`, parts: JSON.stringify({ appreciation: MENTION }) })
    .where('invitation_id', '=', paul.invitationId)
    .execute();
}

const TRACES = ['quillard', 'zoe.q@serre'];
/** Traces in any case, as a stranger's text may hold them. */
const tracesIn = (text: string) => TRACES.filter((t) => text.toLowerCase().includes(t));

describe.each(STORE_KINDS)('forget on %s', (kind) => {
  const it = test.skipIf(skipsOn(kind));
  const store = suiteStore(kind);

  it('blanks every spelling of the person in every row left, and undo cannot bring them back', async () => {
    const ownerId = await newOwner(store());
    await seedMentions(store(), ownerId);
    expect(tracesIn(JSON.stringify(await snapshotOwner(store(), ownerId)))).toEqual(TRACES);

    const summary = await forgetPerson(store(), ownerId, TARGET.url);
    expect(summary.scrubbed).toMatchObject({ people: 1, invitations: 1, drafts: 1, change_log: 1 });
    const after = JSON.stringify(await snapshotOwner(store(), ownerId));
    expect(tracesIn(after)).toEqual([]);
    expect(after).toContain('Paul Tiers');

    const undone = await undoLast(store(), ownerId);
    expect(undone?.kind).toBe('decide');
    const restored = await store()
      .db.selectFrom('invitations')
      .select(['note', 'status'])
      .where('owner_id', '=', ownerId)
      .where('from_name', '=', 'Paul Tiers')
      .executeTakeFirstOrThrow();
    expect(restored.note).toContain('[forgotten]');
    expect(tracesIn(JSON.stringify(await snapshotOwner(store(), ownerId)))).toEqual([]);
  });

  it('forgets one of several namesakes by identity and leaves the others whole', async () => {
    const ownerId = await newOwner(store());
    await seedNamesakes(store(), ownerId);
    const before = await namesakeRows(store(), ownerId);

    const summary = await forgetPerson(store(), ownerId, 'linkedin.com/in/sophie-mercier-2');
    expect(summary.removed).toMatchObject({ people: 1, recommendations: 1, messages: 1 });
    expect(summary.namesakes).toBe(2);
    // The recommendation without a company could be anyone's: kept, and said.
    expect(summary.ambiguous).toEqual({ recommendations: 1 });
    const after = await namesakeRows(store(), ownerId);
    expect(after.recommendations).toEqual(before.recommendations.filter((c) => c !== 'Beta'));
    expect(after.messages).toEqual([
      { from_name: 'Sophie Mercier', to_names: 'Owen Ner', content: 'Je suis Sophie 1' },
      { from_name: 'Sophie Mercier', to_names: 'Owen Ner', content: 'Je suis Sophie 3' },
      { from_name: 'Owen Ner', to_names: 'Sophie Mercier', content: 'Bonjour Sophie Mercier' },
    ]);
  });

  it('refuses a name several people share, names them, and changes nothing', async () => {
    const ownerId = await newOwner(store());
    await seedNamesakes(store(), ownerId);
    const before = await snapshotOwner(store(), ownerId);
    await expect(forgetPerson(store(), ownerId, 'sophie  MERCIER')).rejects.toMatchObject({
      code: 'ambiguous',
      message: expect.stringContaining('https://www.linkedin.com/in/sophie-mercier-3'),
    });
    expect(await snapshotOwner(store(), ownerId)).toEqual(before);
  });
});

async function seedNamesakes(store: Store, ownerId: number): Promise<void> {
  const sophie = (n: number) => `https://www.linkedin.com/in/sophie-mercier-${n}`;
  const companies = ['Alpha', 'Beta', 'Gamma'];
  const owner = 'https://www.linkedin.com/in/owner-self';
  await importLinkedinExport(
    store,
    new ArrayExportReader({
      profile: [{ firstName: 'Owen', lastName: 'Ner', headline: '', websites: [], twitterHandles: [] }],
      connections: companies.map((company, i) => ({
        line: i + 2,
        firstName: 'Sophie',
        lastName: 'Mercier',
        profileUrl: sophie(i + 1),
        company,
        position: 'Ingénieure',
        connectedOn: '2025-01-0' + String(i + 1),
        hidden: false,
      })),
      messages: [
        ...companies.map((_, i) => ({
          line: i + 2,
          conversationId: `c${i + 1}`,
          conversationTitle: '',
          fromName: 'Sophie Mercier',
          senderProfileUrl: sophie(i + 1),
          toNames: 'Owen Ner',
          recipientProfileUrls: [owner],
          sentAt: `2025-03-0${i + 1}T10:00:00Z`,
          subject: '',
          content: `Je suis Sophie ${i + 1}`,
          folder: 'INBOX',
          isDraft: false,
        })),
        {
          line: 5,
          conversationId: 'c1',
          conversationTitle: '',
          fromName: 'Owen Ner',
          senderProfileUrl: owner,
          toNames: 'Sophie Mercier',
          recipientProfileUrls: [sophie(1)],
          sentAt: '2025-03-09T10:00:00Z',
          subject: '',
          content: 'Bonjour Sophie Mercier',
          folder: 'INBOX',
          isDraft: false,
        },
      ],
      recommendationsReceived: [...companies, ''].map((company, i) => ({
        line: i + 2,
        direction: 'received' as const,
        firstName: 'Sophie',
        lastName: 'Mercier',
        ...(company ? { company } : {}),
        text: `Recommandation ${company || 'sans société'}`,
        createdAt: `2025-05-0${i + 1}T10:00:00`,
        status: 'VISIBLE',
      })),
    }),
    { ownerId },
  );
}

async function namesakeRows(store: Store, ownerId: number) {
  const recommendations = await store.db
    .selectFrom('recommendations')
    .select('company')
    .where('owner_id', '=', ownerId)
    .orderBy('id')
    .execute();
  const messages = await store.db
    .selectFrom('messages')
    .select(['from_name', 'to_names', 'content'])
    .where('owner_id', '=', ownerId)
    .orderBy('sent_at')
    .execute();
  return { recommendations: recommendations.map((r) => r.company ?? ''), messages };
}

describe('forget on SQLite leaves no spelling in the file', () => {
  const fileText = (dataDir: string) =>
    ['', '-wal', '-shm']
      .map((suffix) => join(dataDir, SQLITE_FILE + suffix))
      .filter((path) => existsSync(path))
      .map((path) => readFileSync(path).toString('latin1'))
      .join('\n');

  test('after forget and after undo', async () => {
    const fresh = await openFreshStore('sqlite');
    try {
      await seedMentions(fresh.store, 1);
      expect(tracesIn(fileText(fresh.dataDir))).toEqual(TRACES);
      await forgetPerson(fresh.store, 1, TARGET.url);
      expect(tracesIn(fileText(fresh.dataDir))).toEqual([]);
      await undoLast(fresh.store, 1);
      await fresh.store.db.selectFrom('people').select('id').execute();
      expect(tracesIn(fileText(fresh.dataDir))).toEqual([]);
    } finally {
      await fresh.dispose();
    }
  });
});
