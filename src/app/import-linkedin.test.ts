import { describe, expect, test } from 'vitest';
import { StrongtiesError } from '../core/errors.js';
import type {
  ConnectionRecord,
  EndorsementRecord,
  InvitationRecord,
  MessageRecord,
  RecommendationRecord,
} from '../core/linkedin-records.js';
import type { Store } from '../store/store.js';
import { newOwner, STORE_KINDS, skipsOn, suiteStore } from '../store/testing/store-cases.js';
import { importLinkedinExport } from './import-linkedin.js';
import { listInvitations } from './list-invitations.js';
import {
  ArrayExportReader,
  type ExportRecords,
  type FakeExportOptions,
} from './testing/fake-export-reader.js';

const OWNER_URL = 'https://www.linkedin.com/in/olivia-owner';
const url = (slug: string) => `https://www.linkedin.com/in/${slug}`;
const today = () => new Date().toISOString().slice(0, 10);

const connection = (slug: string, first: string, last: string, extra: Partial<ConnectionRecord> = {}) =>
  ({
    line: 2,
    firstName: first,
    lastName: last,
    profileUrl: url(slug),
    company: 'Acme',
    position: 'Engineer',
    connectedOn: '2024-03-01',
    hidden: false,
    ...extra,
  }) satisfies ConnectionRecord;
const hidden = (connectedOn: string): ConnectionRecord => ({
  line: 2,
  firstName: '',
  lastName: '',
  connectedOn,
  hidden: true,
});
const incoming = (slug: string, name: string, sentAt: string, note = ''): InvitationRecord => ({
  line: 2,
  fromName: name,
  toName: 'Olivia Owner',
  sentAt,
  note,
  direction: 'incoming',
  inviterProfileUrl: url(slug),
  inviteeProfileUrl: OWNER_URL,
});
const outgoing = (slug: string, name: string, sentAt: string): InvitationRecord => ({
  line: 2,
  fromName: 'Olivia Owner',
  toName: name,
  sentAt,
  note: '',
  direction: 'outgoing',
  inviterProfileUrl: OWNER_URL,
  inviteeProfileUrl: url(slug),
});
const message = (
  conversationId: string,
  from: string,
  fromUrl: string | undefined,
  content: string,
): MessageRecord => ({
  line: 2,
  conversationId,
  conversationTitle: '',
  fromName: from,
  ...(fromUrl ? { senderProfileUrl: fromUrl } : {}),
  toNames: 'Olivia Owner',
  recipientProfileUrls: [OWNER_URL],
  sentAt: '2025-06-01T14:03:22Z',
  subject: '',
  content,
  folder: 'INBOX',
  isDraft: false,
});
const endorsement: EndorsementRecord = {
  line: 2,
  skill: 'TypeScript',
  endorserName: 'Ada Lovelace',
  endorserProfileUrl: url('ada'),
  endorsedAt: '2023-06-20T13:05:02Z',
};
const recommendation: RecommendationRecord = {
  line: 2,
  direction: 'received',
  firstName: 'Ada',
  lastName: 'Lovelace',
  text: 'Olivia is great.',
  createdAt: '2018-01-24T15:00:00',
};

/** The first export: three connections, two hidden profiles of the same day, invitations, messages. */
const firstExport = (): ExportRecords => ({
  profile: [{ firstName: 'Olivia', lastName: 'Owner', websites: [], twitterHandles: ['olivia'] }],
  connections: [
    connection('ada', 'Ada', 'Lovelace'),
    connection('bob', 'Bob', 'Martin'),
    connection('chloe', 'Chloé', 'Dupont'),
    hidden('2024-05-01'),
    hidden('2024-05-01'),
  ],
  invitations: [
    incoming('ada', 'Ada Lovelace', '2024-02-20T10:00:00', 'We met at the meetup'),
    incoming('yann', 'Yann Stranger', '2026-01-29T14:37:00', 'Grow your business with us'),
    incoming('zoe', 'Zoé Inconnue', '2026-02-01T09:00:00'),
    outgoing('chloe', 'Chloé Dupont', '2024-01-10T08:00:00'),
  ],
  messages: [
    message('c1', 'Ada Lovelace', url('ada'), 'Hello Olivia'),
    message('c1', 'Olivia Owner', OWNER_URL, 'Hello Ada'),
    message('c2', 'LinkedIn Member', undefined, 'Sponsored offer'),
  ],
  endorsements: [endorsement],
  recommendationsReceived: [recommendation],
});

const run = (store: Store, ownerId: number, records: ExportRecords, options: FakeExportOptions = {}) =>
  importLinkedinExport(store, new ArrayExportReader(records, options), { ownerId });

async function rowCounts(store: Store, ownerId: number) {
  const counts: Record<string, number> = {};
  for (const table of [
    'people',
    'connections',
    'invitations',
    'messages',
    'endorsements',
    'recommendations',
  ] as const) {
    const { n } = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('owner_id', '=', ownerId)
      .executeTakeFirstOrThrow();
    counts[table] = Number(n);
  }
  return counts;
}

describe.each(STORE_KINDS)('importing a LinkedIn export into %s', (kind) => {
  const store = suiteStore(kind);
  const it = test.skipIf(skipsOn(kind));

  it('summarises a first import', async () => {
    const owner = await newOwner(store());
    const summary = await run(store(), owner, firstExport(), { skippedFiles: ['guide_messages.csv'] });
    expect(summary).toEqual({
      archive: 'Basic_LinkedInDataExport_test.zip',
      owner: { name: 'Olivia Owner', profileUrl: OWNER_URL },
      connections: { total: 5, hidden: 2, added: 5, updated: 0, removed: 0, unchanged: 0 },
      invitations: { incoming: 3, outgoing: 1, pendingIncoming: 2, added: 4 },
      messages: { total: 3, conversations: 2, added: 3 },
      endorsements: 1,
      recommendations: { received: 1, given: 0 },
      files: expect.arrayContaining([
        { path: 'connections.csv', kind: 'connections', encoding: 'utf-8', delimiter: ',' },
      ]),
      skippedFiles: ['guide_messages.csv'],
      issues: [],
    });
  });

  it('changes nothing when the same export is imported twice', async () => {
    const owner = await newOwner(store());
    await run(store(), owner, firstExport());
    const before = await rowCounts(store(), owner);
    const again = await run(store(), owner, firstExport());
    expect(again.connections).toEqual({
      total: 5,
      hidden: 2,
      added: 0,
      updated: 0,
      removed: 0,
      unchanged: 5,
    });
    expect(again.invitations.added).toBe(0);
    expect(again.messages.added).toBe(0);
    expect(await rowCounts(store(), owner)).toEqual(before);
  });

  it('adds, updates and marks removed the connections of a later export, and never deletes', async () => {
    const owner = await newOwner(store());
    await run(store(), owner, firstExport());
    const later = firstExport();
    later.connections = [
      connection('ada', 'Ada', 'Lovelace', { company: 'Analytical Engines', position: 'CTO' }),
      connection('chloe', 'Chloé', 'Dupont-Martin'),
      connection('dan', 'Dan', 'Newman'),
      hidden('2024-05-01'),
      hidden('2024-05-01'),
      hidden('2024-05-01'),
    ];
    const summary = await run(store(), owner, later);
    expect(summary.connections).toEqual({
      total: 6,
      hidden: 3,
      added: 2,
      updated: 2,
      removed: 1,
      unchanged: 2,
    });
    const rows = await store()
      .db.selectFrom('connections')
      .leftJoin('people', 'people.id', 'connections.person_id')
      .select(['connection_key', 'company', 'position', 'status', 'removed_on', 'people.last_name'])
      .where('connections.owner_id', '=', owner)
      .orderBy('connection_key')
      .execute();
    const byKey = Object.fromEntries(rows.map((r) => [r.connection_key, r]));
    expect(byKey[url('ada')]).toMatchObject({
      company: 'Analytical Engines',
      position: 'CTO',
      status: 'current',
    });
    expect(byKey[url('bob')]).toMatchObject({ status: 'removed', removed_on: today() });
    expect(byKey[url('chloe')]).toMatchObject({ last_name: 'Dupont-Martin', status: 'current' });
    expect(rows).toHaveLength(7);
  });

  it('makes a removed connection current again when it comes back', async () => {
    const owner = await newOwner(store());
    const full = firstExport();
    await run(store(), owner, full);
    await run(store(), owner, {
      ...full,
      connections: full.connections!.filter((c) => c.lastName !== 'Martin'),
    });
    const back = await run(store(), owner, full);
    expect(back.connections).toMatchObject({ total: 5, added: 1, removed: 0, unchanged: 4 });
    const bob = await store()
      .db.selectFrom('connections')
      .select(['status', 'removed_on'])
      .where('owner_id', '=', owner)
      .where('connection_key', '=', url('bob'))
      .executeTakeFirstOrThrow();
    expect(bob).toEqual({ status: 'current', removed_on: null });
  });

  it("keeps the user's notes, flags, tags and invitation decisions across imports", async () => {
    const owner = await newOwner(store());
    await run(store(), owner, firstExport());
    const db = store().db;
    const ada = await db
      .selectFrom('people')
      .select('id')
      .where('owner_id', '=', owner)
      .where('person_key', '=', url('ada'))
      .executeTakeFirstOrThrow();
    const userData = {
      notes: 'Met at the Lyon meetup',
      met_in_person: 1,
      exchanged_in_group: 1,
      remembered: 'yes',
      points: 3,
      flag: 'opportunist',
    } as const;
    await db.updateTable('people').set(userData).where('id', '=', ada.id).execute();
    await db.insertInto('tags').values({ owner_id: owner, person_id: ada.id, tag: 'client' }).execute();
    await db
      .updateTable('invitations')
      .set({ status: 'declined', label: 'pitch', label_confidence: 0.9 })
      .where('owner_id', '=', owner)
      .where('from_name', '=', 'Yann Stranger')
      .execute();

    const later = firstExport();
    later.connections![0] = connection('ada', 'Ada', 'King', { company: 'Babbage & Co' });
    await run(store(), owner, later);

    const person = await db
      .selectFrom('people')
      .selectAll()
      .where('id', '=', ada.id)
      .executeTakeFirstOrThrow();
    expect(person).toMatchObject({ ...userData, last_name: 'King' });
    const tags = await db.selectFrom('tags').select('tag').where('person_id', '=', ada.id).execute();
    expect(tags).toEqual([{ tag: 'client' }]);
    const yann = await db
      .selectFrom('invitations')
      .select(['status', 'label', 'label_confidence'])
      .where('owner_id', '=', owner)
      .where('from_name', '=', 'Yann Stranger')
      .executeTakeFirstOrThrow();
    expect(yann).toEqual({ status: 'declined', label: 'pitch', label_confidence: 0.9 });
  });

  it('identifies the owner from the profile and the invitations, and does not make them a person', async () => {
    const owner = await newOwner(store());
    const summary = await run(store(), owner, firstExport());
    expect(summary.owner).toEqual({ name: 'Olivia Owner', profileUrl: OWNER_URL });
    const account = await store()
      .db.selectFrom('accounts')
      .select(['profile_url', 'first_name', 'last_name', 'twitter'])
      .where('id', '=', owner)
      .executeTakeFirstOrThrow();
    expect(account).toEqual({
      profile_url: OWNER_URL,
      first_name: 'Olivia',
      last_name: 'Owner',
      twitter: '["olivia"]',
    });
    const self = await store()
      .db.selectFrom('people')
      .select('id')
      .where('owner_id', '=', owner)
      .where('person_key', '=', OWNER_URL)
      .execute();
    expect(self).toEqual([]);
    // An export without invitations keeps the owner found before.
    const { invitations: _, ...withoutInvitations } = firstExport();
    expect((await run(store(), owner, withoutInvitations)).owner.profileUrl).toBe(OWNER_URL);
  });

  it('counts as pending only undecided incoming invitations from people not connected', async () => {
    const owner = await newOwner(store());
    const summary = await run(store(), owner, firstExport());
    // Ada is a connection; Yann and Zoé are not; Chloé's invitation is outgoing.
    expect(summary.invitations.pendingIncoming).toBe(2);
    const pending = await listInvitations(store(), owner, { status: 'pending' });
    expect(pending.map((i) => i.name)).toEqual(['Zoé Inconnue', 'Yann Stranger']);
    expect(pending[1]).toMatchObject({
      direction: 'incoming',
      profileUrl: url('yann'),
      note: 'Grow your business with us',
      sentAt: '2026-01-29T14:37:00',
      status: 'pending',
    });

    await store()
      .db.updateTable('invitations')
      .set({ status: 'declined' })
      .where('from_name', '=', 'Zoé Inconnue')
      .execute();
    expect((await run(store(), owner, firstExport())).invitations.pendingIncoming).toBe(1);
  });

  it('lists all invitations newest first, filtered by direction, with a connection’s position', async () => {
    const owner = await newOwner(store());
    await run(store(), owner, firstExport());
    const all = await listInvitations(store(), owner, { status: 'all' });
    expect(all.map((i) => i.sentAt)).toEqual([
      '2026-02-01T09:00:00',
      '2026-01-29T14:37:00',
      '2024-02-20T10:00:00',
      '2024-01-10T08:00:00',
    ]);
    const out = await listInvitations(store(), owner, { status: 'all', direction: 'outgoing' });
    expect(out).toEqual([
      expect.objectContaining({ name: 'Chloé Dupont', headline: 'Engineer', profileUrl: url('chloe') }),
    ]);
  });

  it('reports row issues without stopping, and refuses them in strict mode with nothing written', async () => {
    const owner = await newOwner(store());
    const issue = { code: 'bad-date', file: 'messages.csv', line: 7, message: 'unreadable date' };
    const lenient = await run(store(), owner, firstExport(), { rowIssues: { messages: [issue] } });
    expect(lenient.issues).toEqual([issue]);

    const strictOwner = await newOwner(store());
    for (const options of [{ issues: [issue] }, { rowIssues: { messages: [issue] } }]) {
      const attempt = importLinkedinExport(store(), new ArrayExportReader(firstExport(), options), {
        ownerId: strictOwner,
        strict: true,
      });
      await expect(attempt).rejects.toSatisfy(
        (e) =>
          e instanceof StrongtiesError &&
          e.code === 'invalid-input' &&
          e.line === 7 &&
          /unreadable date/.test(e.message),
      );
    }
    expect(Object.values(await rowCounts(store(), strictOwner))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('leaves the previous state intact when an import fails midway', async () => {
    const owner = await newOwner(store());
    await run(store(), owner, firstExport());
    const before = await rowCounts(store(), owner);
    const bigger = firstExport();
    bigger.connections = [connection('eve', 'Eve', 'Late')];
    bigger.messages = Array.from({ length: 50 }, (_, i) => message(`n${i}`, 'Eve Late', url('eve'), `m${i}`));
    const failing = new FailingReader(bigger, { batchSize: 10 }, 3);
    await expect(importLinkedinExport(store(), failing, { ownerId: owner })).rejects.toThrow(
      'disk unplugged',
    );
    expect(await rowCounts(store(), owner)).toEqual(before);
    const bob = await store()
      .db.selectFrom('connections')
      .select('status')
      .where('owner_id', '=', owner)
      .where('connection_key', '=', url('bob'))
      .executeTakeFirstOrThrow();
    expect(bob.status).toBe('current');
  });
});

/** A reader whose messages file breaks after some batches, as a truncated download would. */
class FailingReader extends ArrayExportReader {
  constructor(
    records: ExportRecords,
    options: FakeExportOptions,
    private readonly failAfter: number,
  ) {
    super(records, options);
  }

  override async *read<K extends Parameters<ArrayExportReader['read']>[0]>(
    kind: K,
    options: Parameters<ArrayExportReader['read']>[1] = {},
  ) {
    let batches = 0;
    for await (const batch of super.read(kind, { ...options, batchSize: 10 })) {
      if (kind === 'messages' && ++batches > this.failAfter) throw new Error('disk unplugged');
      yield batch;
    }
  }
}
