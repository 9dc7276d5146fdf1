import { describe, expect, test } from 'vitest';
import { textReader } from '../core/classify/index.js';
import type { ManualInvitation } from '../import/other-network/invitation-row.js';
import { newOwner, STORE_KINDS, skipsOn, suiteStore } from '../store/testing/store-cases.js';
import { addInvitations } from './add-invitations.js';
import { importLinkedinExport } from './import-linkedin.js';
import { ArrayExportReader } from './testing/fake-export-reader.js';

const NOTE = 'Bonjour Owen,\n\nVotre talk à Lyon m’a marqué 🎤 — on en parle ?\n— Inès';
const URL_FORMS = [
  'https://www.linkedin.com/in/in%C3%A8s-durand-42/',
  'linkedin.com/in/inès-durand-42',
  'www.linkedin.com/in/in%C3%A8s-durand-42?trk=people-guest&original=1',
  'http://fr.linkedin.com/in/INÈS-DURAND-42/',
  'https://linkedin.com/in/in%c3%a8s-durand-42#about',
];

const exportWith = (note: string, sentAt: string) =>
  new ArrayExportReader({
    invitations: [
      {
        line: 2,
        fromName: 'Inès Durand',
        toName: 'Owen Ner',
        sentAt,
        note,
        direction: 'incoming',
        inviterProfileUrl: 'https://www.linkedin.com/in/inès-durand-42',
        inviteeProfileUrl: 'https://www.linkedin.com/in/owen',
      },
    ],
  });

describe.each(STORE_KINDS)('pasting invitations on %s', (kind) => {
  const it = test.skipIf(skipsOn(kind));
  const store = suiteStore(kind);

  /** Inès's invitation as a user pastes it: a day, a headline, the note with its line breaks. */
  const pasteInes = async (ownerId: number, fields: Partial<ManualInvitation>) => {
    const invitation: ManualInvitation = {
      network: 'linkedin',
      name: 'Inès Durand',
      headline: 'Data @ Lyon',
      note: NOTE,
      direction: 'incoming',
      sentAt: '2026-01-29',
      ...fields,
    };
    const [added] = await addInvitations(store(), ownerId, [invitation], {
      source: 'manual',
      reader: textReader,
    });
    if (!added) throw new Error('one invitation in, one result out');
    return added;
  };

  const invitationsOf = (ownerId: number) =>
    store().db.selectFrom('invitations').selectAll().where('owner_id', '=', ownerId).execute();

  it('keeps one person for every form of the same profile URL', async () => {
    const ownerId = await newOwner(store());
    const added = await addInvitations(
      store(),
      ownerId,
      URL_FORMS.map((url, i) => ({
        network: 'linkedin',
        name: 'Inès Durand',
        profileUrl: url,
        note: `n${i}`,
        direction: 'incoming' as const,
        sentAt: `2026-0${i + 1}-10`,
      })),
      { source: 'manual', reader: textReader },
    );
    expect(new Set(added.map((a) => a.personId)).size).toBe(1);
    const people = await store()
      .db.selectFrom('people')
      .select('person_key')
      .where('owner_id', '=', ownerId)
      .execute();
    expect(people).toEqual([{ person_key: 'https://www.linkedin.com/in/inès-durand-42' }]);
  });

  it('merges a pasted invitation with the same one from a later export and keeps the decision', async () => {
    const ownerId = await newOwner(store());
    const pasted = await pasteInes(ownerId, { profileUrl: 'https://www.linkedin.com/in/inès-durand-42' });
    await store()
      .db.updateTable('invitations')
      .set({ status: 'declined' })
      .where('id', '=', pasted.invitationId)
      .execute();
    await importLinkedinExport(store(), exportWith(NOTE, '2026-01-28T23:37:00'), { ownerId });
    await importLinkedinExport(store(), exportWith(NOTE, '2026-01-28T23:37:00'), { ownerId });
    const rows = await invitationsOf(ownerId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: pasted.invitationId,
      status: 'declined',
      note: NOTE,
      sent_at: '2026-01-28T23:37:00',
      source: 'manual',
      lang: 'fr',
    });
    expect(rows[0]?.label).toMatch(/^(known|purpose|generic|pitch)$/);
    const people = await store()
      .db.selectFrom('people')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .execute();
    expect(people).toHaveLength(1);
    expect(people[0]?.headline).toBe('Data @ Lyon');
  });

  it('merges an invitation pasted without URL with the export’s, leaving one person', async () => {
    const ownerId = await newOwner(store());
    const pasted = await pasteInes(ownerId, { name: 'Inès  Durand' });
    await importLinkedinExport(store(), exportWith(NOTE, '2026-01-28T23:37:00'), { ownerId });
    const rows = await invitationsOf(ownerId);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id).toBe(pasted.invitationId);
    const people = await store()
      .db.selectFrom('people')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .execute();
    expect(people.map((p) => [p.person_key, p.headline])).toEqual([
      ['https://www.linkedin.com/in/inès-durand-42', 'Data @ Lyon'],
    ]);
    expect(rows[0]?.person_id).toBe(people[0]?.id);
  });

  it('merges a pasted invitation into the one an export brought before', async () => {
    const ownerId = await newOwner(store());
    await importLinkedinExport(store(), exportWith(NOTE, '2026-01-28T23:37:00'), { ownerId });
    const [again] = await addInvitations(
      store(),
      ownerId,
      [
        {
          network: 'linkedin',
          name: 'Inès Durand',
          profileUrl: 'linkedin.com/in/in%C3%A8s-durand-42/',
          note: NOTE,
          direction: 'incoming',
          sentAt: '2026-01-29',
        },
      ],
      { source: 'manual', reader: textReader },
    );
    expect(again?.added).toBe(false);
    expect(await invitationsOf(ownerId)).toHaveLength(1);
  });

  it('keeps the network on every record', async () => {
    const ownerId = await newOwner(store());
    await addInvitations(
      store(),
      ownerId,
      [
        {
          network: 'xing',
          name: 'Jonas Weber',
          profileUrl: 'https://www.xing.com/profile/Jonas_Weber',
          note: 'Hallo!',
          direction: 'incoming',
        },
      ],
      { source: 'csv', reader: textReader },
    );
    const [row] = await invitationsOf(ownerId);
    expect(row).toMatchObject({
      network: 'xing',
      source: 'csv',
      status: 'pending',
      from_name: 'Jonas Weber',
    });
    const person = await store()
      .db.selectFrom('people')
      .selectAll()
      .where('id', '=', row!.person_id!)
      .executeTakeFirstOrThrow();
    expect(person).toMatchObject({ network: 'xing', person_key: 'https://xing.com/profile/jonas_weber' });
  });
});
