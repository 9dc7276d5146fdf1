import { describe, expect, test } from 'vitest';
import { textReader } from '../../core/classify/index.js';
import { newOwner, STORE_KINDS, skipsOn, suiteStore } from '../../store/testing/store-cases.js';
import { undoLast } from '../changes/undo.js';
import { importLinkedinExport } from '../import-linkedin.js';
import { loadPolicy } from '../policy/policy-file.js';
import { ArrayExportReader } from '../testing/fake-export-reader.js';
import { editDraft } from './edit-draft.js';

describe.each(STORE_KINDS)('editing a draft on %s', (kind) => {
  const store = suiteStore(kind);
  const it = test.skipIf(skipsOn(kind));

  it('writes a first draft, edits it, and undo takes back each step exactly', async () => {
    const ownerId = await newOwner(store());
    const invitation = {
      line: 2,
      fromName: 'Chloé Bernard',
      toName: 'Alex Owner',
      sentAt: '2026-11-20T10:00:00',
      note: 'Bonjour, je souhaite rejoindre votre réseau.',
      direction: 'incoming' as const,
      inviterProfileUrl: 'https://www.linkedin.com/in/chloe-bernard',
    };
    await importLinkedinExport(store(), new ArrayExportReader({ invitations: [invitation] }), { ownerId });
    const { id: invitationId } = await store()
      .db.selectFrom('invitations')
      .select('id')
      .where('owner_id', '=', ownerId)
      .executeTakeFirstOrThrow();
    const { policy } = await loadPolicy({ dataDir: '/nonexistent' });
    const deps = { policy, reader: textReader };
    const drafts = () =>
      store()
        .db.selectFrom('drafts')
        .select(['id', 'text', 'edited'])
        .where('owner_id', '=', ownerId)
        .execute();

    const first = await editDraft(store(), ownerId, { invitationId }, deps);
    expect(first.edited).toBe(false);
    expect(await drafts()).toEqual([{ id: first.id, text: first.text, edited: 0 }]);

    const edited = await editDraft(store(), ownerId, { invitationId, text: 'Merci Chloé, à bientôt.' }, deps);
    expect(edited.id).toBe(first.id);
    expect(await drafts()).toEqual([{ id: first.id, text: 'Merci Chloé, à bientôt.', edited: 1 }]);

    await undoLast(store(), ownerId);
    expect(await drafts()).toEqual([{ id: first.id, text: first.text, edited: 0 }]);
    await undoLast(store(), ownerId);
    expect(await drafts()).toEqual([]);
  });
});
