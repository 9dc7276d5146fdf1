import { describe, expect, test } from 'vitest';
import { textReader } from '../core/classify/index.js';
import { newOwner, STORE_KINDS, skipsOn, suiteStore } from '../store/testing/store-cases.js';
import { importLinkedinExport } from './import-linkedin.js';
import { ArrayExportReader } from './testing/fake-export-reader.js';

const invitation = (fromName: string, note: string, sentAt: string) => ({
  line: 2,
  fromName,
  toName: 'Owen Ner',
  sentAt,
  note,
  direction: 'incoming' as const,
  inviterProfileUrl: `https://www.linkedin.com/in/${fromName.toLowerCase().replace(' ', '-')}`,
  inviteeProfileUrl: 'https://www.linkedin.com/in/owen',
});

describe.each(STORE_KINDS)('labels stored at import on %s', (kind) => {
  const it = test.skipIf(skipsOn(kind));
  const store = suiteStore(kind);

  it('labels pending invitations as they are imported, and never relabels one', async () => {
    const owner = await newOwner(store());
    const reader = () =>
      new ArrayExportReader({
        invitations: [
          invitation('Ada Pitch', 'Our agency books qualified meetings, book a demo', '2026-01-10T10:00:00Z'),
          invitation('Bob Blank', '', '2026-01-11T10:00:00Z'),
        ],
      });
    await importLinkedinExport(store(), reader(), { ownerId: owner, labels: { reader: textReader } });
    const labels = () =>
      store()
        .db.selectFrom('invitations')
        .select(['from_name', 'label', 'label_confidence'])
        .where('owner_id', '=', owner)
        .orderBy('from_name')
        .execute();
    const first = await labels();
    expect(first.map((r) => r.label)).toEqual([
      textReader.classifyInvitation('Our agency books qualified meetings, book a demo').label,
      'none',
    ]);
    expect(first.every((r) => r.label_confidence !== null)).toBe(true);

    // The user's (or a decision's) label stays: the next import labels only what has none.
    await store()
      .db.updateTable('invitations')
      .set({ label: 'purpose', label_confidence: 0.5 })
      .where('owner_id', '=', owner)
      .where('from_name', '=', 'Ada Pitch')
      .execute();
    await importLinkedinExport(store(), reader(), { ownerId: owner, labels: { reader: textReader } });
    const again = await labels();
    expect(again[0]).toEqual({ from_name: 'Ada Pitch', label: 'purpose', label_confidence: 0.5 });
  });
});
