import { describe, expect, test } from 'vitest';
import { REVIEW_ACTIONS } from '../core/network/review-actions.js';
import type { Store } from '../store/store.js';
import { newOwner, STORE_KINDS, skipsOn, suiteStore } from '../store/testing/store-cases.js';
import { listLog } from './changes/change-list.js';
import { previewUndo, undoBatch, undoLast } from './changes/undo.js';
import { importLinkedinExport } from './import-linkedin.js';
import { applyReview } from './network/review.js';
import { listSegments, removeSegment, saveSegment } from './network/segments.js';
import { setPersonTags, tagPerson } from './network/tags.js';
import { editPerson } from './people/edit-person.js';
import { ArrayExportReader } from './testing/fake-export-reader.js';
import { plantedNetwork } from './testing/planted-network.js';

const NOW = new Date('2026-06-01T12:00:00Z');

/** Every user-owned table a change may touch, as rows, for "the state equals the state before". */
async function state(store: Store, ownerId: number) {
  const rows = async (table: 'people' | 'connections' | 'tags' | 'segments') =>
    // biome-ignore lint/suspicious/noExplicitAny: one reader for the four tables.
    (await (store.db as any).selectFrom(table).selectAll().where('owner_id', '=', ownerId).execute()).sort(
      (a: Record<string, unknown>, b: Record<string, unknown>) =>
        JSON.stringify(a).localeCompare(JSON.stringify(b)),
    );
  return {
    people: await rows('people'),
    connections: await rows('connections'),
    tags: await rows('tags'),
    segments: await rows('segments'),
  };
}

const effect = (name: string) => {
  const action = REVIEW_ACTIONS.find((a) => a.name === name);
  if (!action || !('effect' in action)) throw new Error(name);
  return action.effect;
};

describe.each(STORE_KINDS)('one change log for every change on %s', (kind) => {
  const store = suiteStore(kind);
  const it = test.skipIf(skipsOn(kind));

  it('logs review answers, tags, segments and person edits, and undo takes each back exactly', async () => {
    const ownerId = await newOwner(store());
    const { records } = plantedNetwork({ connections: 12, messages: 30, now: NOW });
    await importLinkedinExport(store(), new ArrayExportReader(records), { ownerId });
    const url = 'https://www.linkedin.com/in/person-3';
    const person = await store()
      .db.selectFrom('people')
      .select('id')
      .where('owner_id', '=', ownerId)
      .where('profile_url', '=', url)
      .executeTakeFirstOrThrow();
    const connection = await store()
      .db.selectFrom('connections')
      .select('id')
      .where('owner_id', '=', ownerId)
      .where('person_id', '=', person.id)
      .executeTakeFirstOrThrow();
    await tagPerson(store(), ownerId, url, ['old-tag']);
    await saveSegment(store(), ownerId, 'kept', { position: 'engineer' }, NOW);
    const start = await state(store(), ownerId);

    const steps: Array<[string, () => Promise<unknown>]> = [
      ['review', () => applyReview(store(), ownerId, connection.id, effect('met'), NOW)],
      [
        'tag',
        () => setPersonTags(store(), ownerId, person.id, { add: ['client'], remove: ['old-tag'] }, NOW),
      ],
      ['segment', () => saveSegment(store(), ownerId, 'clients', null, NOW)],
      ['segment', () => saveSegment(store(), ownerId, 'kept', { position: 'recruit' }, NOW)],
      ['segment', () => removeSegment(store(), ownerId, 'kept', NOW)],
      [
        'edit-person',
        () =>
          editPerson(store(), ownerId, person.id, { notes: 'met at the meetup', flag: 'opportunist' }, NOW),
      ],
    ];
    const states = [];
    for (const [, step] of steps) {
      states.push(await state(store(), ownerId));
      await step();
    }
    const after = await state(store(), ownerId);
    expect(after.tags.map((t: { tag: string }) => t.tag)).toEqual(['client']);
    expect(after.segments.map((s: { name: string }) => s.name)).toEqual(['clients']);
    expect(after.people.find((p: { id: number }) => p.id === person.id)).toMatchObject({
      notes: 'met at the meetup',
      flag: 'opportunist',
      met_in_person: 1,
    });

    // `ties log` lists every kind, newest first.
    const log = await listLog(store(), ownerId, { limit: steps.length });
    expect(log.map((e) => e.kind)).toEqual(steps.map(([k]) => k).reverse());

    // Undo, newest first: after each, the state is exactly the one before that step.
    for (let i = steps.length - 1; i >= 0; i--) {
      const undone = await undoLast(store(), ownerId);
      expect(undone?.kind).toBe(steps[i]![0]);
      expect(await state(store(), ownerId)).toEqual(states[i]);
    }
    expect(await state(store(), ownerId)).toEqual(start);
    expect((await listSegments(store(), ownerId)).map((s) => s.rule)).toEqual([{ position: 'engineer' }]);
  });

  it('undoes a batch by name, says what a batch would take back, and never undoes one twice', async () => {
    const ownerId = await newOwner(store());
    const first = (await editPerson(
      store(),
      ownerId,
      await onePerson(store(), ownerId),
      { notes: 'a' },
      NOW,
    ))!;
    await saveSegment(store(), ownerId, 'later', null, NOW);
    const preview = await previewUndo(store(), ownerId);
    expect(preview).toMatchObject({ kind: 'segment', entries: 1, origin: null });
    expect(await previewUndo(store(), ownerId, first)).toMatchObject({ kind: 'edit-person', batch: first });
    expect((await undoBatch(store(), ownerId, first))?.kind).toBe('edit-person');
    expect(await undoBatch(store(), ownerId, first)).toBeNull();
    // The segment, made after, is still there.
    expect((await listSegments(store(), ownerId)).map((s) => s.name)).toEqual(['later']);
  });
});

async function onePerson(store: Store, ownerId: number): Promise<number> {
  const { records } = plantedNetwork({ connections: 2, messages: 0, now: NOW });
  await importLinkedinExport(store, new ArrayExportReader(records), { ownerId });
  const row = await store.db
    .selectFrom('people')
    .select('id')
    .where('owner_id', '=', ownerId)
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
  return row.id;
}
