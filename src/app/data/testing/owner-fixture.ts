import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textReader } from '../../../core/classify/index.js';
import { SQLITE_FILE } from '../../../store/open-sqlite.js';
import type { Store } from '../../../store/store.js';
import { importLinkedinExport } from '../../import-linkedin.js';
import { saveSegment } from '../../network/segments.js';
import { tagPerson } from '../../network/tags.js';
import { loadPolicy } from '../../policy/policy-file.js';
import { ArrayExportReader } from '../../testing/fake-export-reader.js';
import { addReply, autoTriage } from '../../triage/index.js';

/** The person the erasure tests forget: every table holds something about her. */
export const TARGET = {
  url: 'https://www.linkedin.com/in/zoe-quillard-4711',
  pastedUrl: 'linkedin.com/in/Zoe-Quillard-4711/?trk=public_profile',
  first: 'Zoé',
  last: 'Quillardeau',
  note: 'Bonjour, nous étions au salon Vivatech — ravie de garder le contact 🌱',
  message: 'Merci pour l’échange sur la permaculture urbaine',
  reply: 'Je comprends votre choix. Je cherche des retours sur les jardins partagés de Nantes.',
} as const;

const OWNER = 'https://www.linkedin.com/in/owner-self';
const OTHER = 'https://www.linkedin.com/in/marc-autre';
const NAME = `${TARGET.first} ${TARGET.last}`;

/**
 * Fills every owner table through the real import and the network use cases: the target person (a
 * connection, an invitation with a note, messages both ways, an endorsement, a recommendation, a tag)
 * and someone else whose message mentions her.
 */
export async function seedOwnerData(store: Store, ownerId: number): Promise<void> {
  const reader = new ArrayExportReader({
    profile: [
      {
        firstName: 'Owen',
        lastName: 'Ner',
        headline: 'Consultant',
        websites: ['https://owen.example'],
        twitterHandles: ['owen'],
      },
    ],
    connections: [
      {
        line: 2,
        firstName: TARGET.first,
        lastName: TARGET.last,
        profileUrl: TARGET.url,
        company: 'Serre & Co',
        position: 'Jardinière',
        connectedOn: '2025-03-02',
        hidden: false,
      },
      {
        line: 3,
        firstName: 'Marc',
        lastName: 'Autre',
        profileUrl: OTHER,
        company: '=HYPERLINK("x")',
        position: 'CTO',
        connectedOn: '2024-01-10',
        hidden: false,
      },
      { line: 4, firstName: '', lastName: '', connectedOn: '2023-05-05', hidden: true },
    ],
    invitations: [
      {
        line: 2,
        fromName: NAME,
        toName: 'Owen Ner',
        sentAt: '2025-03-01T09:12:00',
        note: TARGET.note,
        direction: 'incoming',
        inviterProfileUrl: TARGET.url,
        inviteeProfileUrl: OWNER,
      },
      {
        line: 3,
        fromName: 'Owen Ner',
        toName: 'Marc Autre',
        sentAt: '2024-01-09T10:00:00',
        note: '',
        direction: 'outgoing',
        inviterProfileUrl: OWNER,
        inviteeProfileUrl: OTHER,
      },
    ],
    messages: [
      {
        line: 2,
        conversationId: 'c1',
        conversationTitle: '',
        fromName: NAME,
        senderProfileUrl: TARGET.url,
        toNames: 'Owen Ner',
        recipientProfileUrls: [OWNER],
        sentAt: '2025-03-03T10:00:00Z',
        subject: '',
        content: TARGET.message,
        folder: 'INBOX',
        isDraft: false,
      },
      {
        line: 3,
        conversationId: 'c1',
        conversationTitle: '',
        fromName: 'Owen Ner',
        senderProfileUrl: OWNER,
        toNames: NAME,
        recipientProfileUrls: [TARGET.url],
        sentAt: '2025-03-03T11:00:00Z',
        subject: '',
        content: 'Avec plaisir !',
        folder: 'INBOX',
        isDraft: false,
      },
      {
        line: 4,
        conversationId: 'c2',
        conversationTitle: '',
        fromName: 'Marc Autre',
        senderProfileUrl: OTHER,
        toNames: 'Owen Ner',
        recipientProfileUrls: [OWNER],
        sentAt: '2025-04-01T08:00:00Z',
        subject: '',
        content: `Tu connais ${NAME} ? Elle m’a parlé de toi.`,
        folder: 'INBOX',
        isDraft: false,
      },
    ],
    positions: [{ line: 2, company: 'Owen Conseil', title: 'Consultant', startedOn: '2020-01' }],
    endorsements: [
      {
        line: 2,
        skill: 'Permaculture',
        endorserName: NAME,
        endorserProfileUrl: TARGET.url,
        endorsedAt: '2025-03-05T10:00:00Z',
      },
      {
        line: 3,
        skill: 'Conseil',
        endorserName: 'Marc Autre',
        endorserProfileUrl: OTHER,
        endorsedAt: '2024-02-05T10:00:00Z',
      },
    ],
    recommendationsReceived: [
      {
        line: 2,
        direction: 'received',
        firstName: TARGET.first,
        lastName: TARGET.last,
        company: 'Serre & Co',
        jobTitle: 'Jardinière',
        text: 'Owen a transformé notre serre.',
        createdAt: '2025-05-01T10:00:00',
        status: 'VISIBLE',
      },
    ],
    recommendationsGiven: [
      {
        line: 3,
        direction: 'given',
        firstName: 'Marc',
        lastName: 'Autre',
        text: 'Marc est rigoureux.',
        createdAt: '2024-05-01T10:00:00',
        status: 'VISIBLE',
      },
    ],
  });
  await importLinkedinExport(store, reader, { ownerId });
  await tagPerson(store, ownerId, TARGET.url, ['client', 'paris']);
  await tagPerson(store, ownerId, OTHER, ['concurrent']);
  await saveSegment(store, ownerId, 'clients', { company: 'serre' }, new Date('2026-01-01T00:00:00Z'));
  // The team server keeps a member's policy text in the database; the round trip must carry it too.
  await store.db
    .insertInto('member_policies')
    .values({ owner_id: ownerId, text: 'version: 1\n', updated_at: '2026-01-01T00:00:00.000Z' })
    .execute();
  // Her invitation waits for an answer: the connection was removed since.
  await store.db
    .updateTable('connections')
    .set({ status: 'removed', removed_on: '2025-06-01' })
    .where('owner_id', '=', ownerId)
    .where('connection_key', '=', TARGET.url)
    .execute();
  await triage(store, ownerId);
  await store.db
    .updateTable('connections')
    .set({ review_status: 'keep', review_at: '2026-01-02T00:00:00Z' })
    .where('owner_id', '=', ownerId)
    .where('connection_key', '=', OTHER)
    .execute();
}

/** Decisions, drafts, the log, the policy and a reply, through the triage use cases. */
async function triage(store: Store, ownerId: number): Promise<void> {
  const { policy } = await loadPolicy({ dataDir: '/nonexistent' });
  await autoTriage(store, ownerId, { policy, reader: textReader });
  await addReply(
    store,
    ownerId,
    { profileUrl: TARGET.url, text: TARGET.reply },
    { policy, reader: textReader },
  );
}

/**
 * Her invitation's row grows and moves to another page, leaving a stale copy in free space, as any
 * later update can: what secure_delete alone would not erase.
 */
export async function plantStaleCopy(store: Store): Promise<void> {
  await store.db
    .updateTable('invitations')
    .set({ lang: 'fr'.repeat(2000) })
    .where('note', '=', TARGET.note)
    .execute();
}

/** The texts found, byte for byte, in the SQLite file or its write-ahead log. */
export function tracesInFiles(dataDir: string, traces: readonly string[]): string[] {
  const files = ['', '-wal']
    .map((suffix) => join(dataDir, SQLITE_FILE + suffix))
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path));
  return traces.filter((t) => files.some((bytes) => bytes.includes(Buffer.from(t, 'utf8'))));
}
