import { describe, expect, test } from 'vitest';
import { REVIEW_ACTIONS } from '../../core/network/review-actions.js';
import { TIE_WEIGHTS } from '../../core/network/tie-strength.js';
import type { Store } from '../../store/store.js';
import { newOwner, STORE_KINDS, skipsOn, suiteStore } from '../../store/testing/store-cases.js';
import { undoLast } from '../changes/undo.js';
import { importLinkedinExport } from '../import-linkedin.js';
import { ArrayExportReader, type ExportRecords } from '../testing/fake-export-reader.js';
import { plantedNetwork } from '../testing/planted-network.js';
import { runExposureAudit } from './exposure.js';
import { networkStats } from './network-stats.js';
import { computeNetworkTies } from './network-ties.js';
import { listRemovals } from './removals.js';
import { applyReview, reviewQueue } from './review.js';
import { listSegments, removeSegment, saveSegment } from './segments.js';
import { listStrength } from './strength-list.js';
import { tagPerson, untagPerson } from './tags.js';

const NOW = new Date('2026-06-01T12:00:00Z');

async function importPlanted(store: Store, ownerId: number, records: ExportRecords, metInPerson: string[]) {
  await importLinkedinExport(store, new ArrayExportReader(records), { ownerId });
  if (metInPerson.length > 0) {
    await store.db
      .updateTable('people')
      .set({ met_in_person: 1 })
      .where('owner_id', '=', ownerId)
      .where('profile_url', 'in', metInPerson)
      .execute();
  }
}

const effectOf = (name: string) => {
  const action = REVIEW_ACTIONS.find((a) => a.name === name);
  if (!action || !('effect' in action)) throw new Error(`no effect for ${name}`);
  return action.effect;
};

describe.each(STORE_KINDS)('tending the network on %s', (kind) => {
  const store = suiteStore(kind);
  const it = test.skipIf(skipsOn(kind));

  it('ranks the planted strong ties in the top decile and the weak ones in the bottom decile', async () => {
    const ownerId = await newOwner(store());
    const { records, truth } = plantedNetwork({ connections: 400, messages: 3000, now: NOW });
    await importPlanted(store(), ownerId, records, truth.metInPerson);
    const ties = await computeNetworkTies(store(), ownerId, NOW);
    expect(ties).toHaveLength(400);
    const scores = ties.map((t) => t.score).sort((a, b) => a - b);
    const bottomDecile = scores[Math.floor(scores.length * 0.1) - 1]!;
    const topDecile = scores[Math.ceil(scores.length * 0.9)]!;
    const byUrl = new Map(ties.map((t) => [t.profileUrl, t]));
    for (const url of truth.strong) expect(byUrl.get(url)!.score).toBeGreaterThanOrEqual(topDecile);
    for (const url of truth.weak) expect(byUrl.get(url)!.score).toBeLessThanOrEqual(bottomDecile);
    const strong = byUrl.get(truth.strong[0]!)!;
    expect(strong.factors.map((f) => f.key)).toEqual(
      expect.arrayContaining(['recency', 'metInPerson', 'recommendations']),
    );
    expect(byUrl.get(truth.weak[0]!)!.factors.map((f) => f.key)).toEqual(['dormant']);
  });

  it('answers the review one key at a time, weakest first, and undoes an answer', async () => {
    const ownerId = await newOwner(store());
    const { records, truth } = plantedNetwork({ connections: 60, messages: 300, now: NOW });
    await importPlanted(store(), ownerId, records, []);
    const queue = await reviewQueue(store(), ownerId, NOW);
    expect(queue.map((t) => t.score)).toEqual([...queue.map((t) => t.score)].sort((a, b) => a - b));
    const [first, second, third, fourth, fifth] = queue;
    await applyReview(store(), ownerId, first!.connectionId, effectOf('keep'), NOW);
    await applyReview(store(), ownerId, second!.connectionId, effectOf('remove'), NOW);
    await applyReview(store(), ownerId, third!.connectionId, effectOf('skip'), NOW);
    await applyReview(store(), ownerId, fourth!.connectionId, effectOf('met'), NOW);
    await applyReview(store(), ownerId, fifth!.connectionId, effectOf('group'), NOW);

    const after = new Map((await computeNetworkTies(store(), ownerId, NOW)).map((t) => [t.connectionId, t]));
    expect(after.get(first!.connectionId)!.reviewStatus).toBe('keep');
    expect(after.get(second!.connectionId)!.reviewStatus).toBe('remove');
    expect(after.get(third!.connectionId)!.reviewStatus).toBe('skip');
    expect(after.get(fourth!.connectionId)!.score).toBeGreaterThanOrEqual(TIE_WEIGHTS.metInPersonFloor);
    expect(after.get(fifth!.connectionId)!.score).toBeGreaterThanOrEqual(TIE_WEIGHTS.exchangedInGroupFloor);
    const requeued = await reviewQueue(store(), ownerId, NOW);
    expect(requeued.at(-1)!.connectionId).toBe(third!.connectionId);
    expect(requeued.map((t) => t.connectionId)).not.toContain(first!.connectionId);

    // The review writes the one change log: `ties undo` takes the last answer back.
    expect((await undoLast(store(), ownerId))?.kind).toBe('review');
    const undone = (await computeNetworkTies(store(), ownerId, NOW)).find(
      (t) => t.connectionId === fifth!.connectionId,
    );
    expect(undone!.reviewStatus).toBe(fifth!.reviewStatus);
    expect(undone!.score).toBe(fifth!.score);
    expect(truth.weak.length).toBeGreaterThan(0);
  });

  it('confirms removals by a later import and reports those still there', async () => {
    const ownerId = await newOwner(store());
    const { records } = plantedNetwork({ connections: 40, messages: 100, now: NOW });
    await importPlanted(store(), ownerId, records, []);
    const ties = await computeNetworkTies(store(), ownerId, NOW);
    const [gone, stays] = ties;
    const decidedAt = new Date();
    await applyReview(store(), ownerId, gone!.connectionId, effectOf('remove'), decidedAt);
    await applyReview(store(), ownerId, stays!.connectionId, effectOf('remove'), decidedAt);
    const before = await listRemovals(store(), ownerId);
    expect(before.toRemove.map((r) => r.profileUrl).sort()).toEqual(
      [gone!.profileUrl, stays!.profileUrl].sort(),
    );
    expect(before.toRemove[0]!.profileUrl).toMatch(/^https:\/\/www\.linkedin\.com\/in\//);

    const later = {
      ...records,
      connections: records.connections!.filter((c) => c.profileUrl !== gone!.profileUrl),
    };
    await importLinkedinExport(store(), new ArrayExportReader(later, { name: 'later.zip' }), { ownerId });
    const after = await listRemovals(store(), ownerId);
    expect(after.confirmed.map((r) => r.profileUrl)).toEqual([gone!.profileUrl]);
    expect(after.confirmed[0]!.confirmedAt).not.toBeNull();
    expect(after.stillThere.map((r) => r.profileUrl)).toEqual([stays!.profileUrl]);
    expect(after.toRemove).toEqual([]);
  });

  it('selects segments by hand-set tags and by rules, a person in several', async () => {
    const ownerId = await newOwner(store());
    const { records } = plantedNetwork({ connections: 200, messages: 400, now: NOW });
    await importPlanted(store(), ownerId, records, []);
    const url = (i: number) => `https://www.linkedin.com/in/person-${i}`;
    expect(await tagPerson(store(), ownerId, url(21), ['vip', 'client', 'vip'])).toEqual(['client', 'vip']);
    expect(await untagPerson(store(), ownerId, url(21), ['vip'])).toEqual(['client']);
    await saveSegment(store(), ownerId, 'recruiters', { position: 'recruit' }, NOW);
    await saveSegment(store(), ownerId, 'client', { company: ['company 96', 'company 95'] }, NOW);
    await saveSegment(store(), ownerId, 'old', '{"connectedBefore": "2019-01-01"}', NOW);
    await expect(saveSegment(store(), ownerId, 'bad', { salary: 1 }, NOW)).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect((await listSegments(store(), ownerId)).map((s) => s.name)).toEqual([
      'client',
      'old',
      'recruiters',
    ]);

    const recruiters = await listStrength(store(), ownerId, { segment: 'recruiters', sort: 'name' }, NOW);
    expect(recruiters.every((t) => t.position === 'Recruiter')).toBe(true);
    expect(recruiters).toHaveLength(Math.ceil(200 / 7));
    const clients = await listStrength(store(), ownerId, { segment: 'client' }, NOW);
    const expected = records.connections!.filter(
      (c) => /^Company 9[56]$/.test(c.company ?? '') || c.profileUrl === url(21),
    );
    expect(clients.map((t) => t.profileUrl).sort()).toEqual(expected.map((c) => c.profileUrl).sort());
    // Person 21 is a recruiter by rule and a client by hand.
    const both = recruiters.filter((r) => clients.some((c) => c.connectionId === r.connectionId));
    expect(both.map((t) => t.profileUrl)).toEqual([url(21)]);
    const old = await listStrength(store(), ownerId, { segment: 'old', sort: 'connected' }, NOW);
    expect(old.every((t) => (t.connectedOn ?? '') < '2019-01-01')).toBe(true);
    const weakOnes = await listStrength(store(), ownerId, { max: 0, limit: 3 }, NOW);
    expect(weakOnes.length).toBe(3);
    expect(weakOnes.every((t) => t.score === 0)).toBe(true);
    await removeSegment(store(), ownerId, 'old');
    await expect(removeSegment(store(), ownerId, 'old')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('counts which competitors can browse which clients', async () => {
    const ownerId = await newOwner(store());
    const { records } = plantedNetwork({ connections: 30, messages: 50, now: NOW });
    await importPlanted(store(), ownerId, records, []);
    const url = (i: number) => `https://www.linkedin.com/in/person-${i}`;
    for (const i of [1, 2, 3]) await tagPerson(store(), ownerId, url(i), ['rival']);
    for (const i of [3, 10, 11, 12, 13]) await tagPerson(store(), ownerId, url(i), ['client']);
    const audit = await runExposureAudit(
      store(),
      ownerId,
      { competitor: 'rival', client: 'client', connectionsListVisible: true },
      NOW,
    );
    expect(audit.counts).toEqual({
      competitors: 3,
      clients: 5,
      inBoth: 1,
      exposedPairs: 14,
      exposedClients: 5,
    });
    expect(audit.advice.map((a) => a.key)).toEqual(['hide-connections-list', 'part-ways']);
    const hidden = await runExposureAudit(
      store(),
      ownerId,
      { competitor: 'rival', client: 'client', connectionsListVisible: false },
      NOW,
    );
    expect(hidden.counts.exposedPairs).toBe(0);
  });

  it('computes statistics that match the generated data exactly', async () => {
    const ownerId = await newOwner(store());
    const { records, truth } = plantedNetwork({ connections: 300, messages: 1000, now: NOW });
    await importPlanted(store(), ownerId, records, []);
    const stats = await networkStats(store(), ownerId, NOW);
    const connected = Object.fromEntries(
      stats.months.filter((m) => m.connected > 0).map((m) => [m.month, m.connected]),
    );
    expect(connected).toEqual(truth.connectedByMonth);
    const invitations = Object.fromEntries(
      stats.months
        .filter((m) => m.outgoing > 0 || Object.keys(m.incoming).length > 0)
        .map((m) => [
          m.month,
          { incoming: Object.values(m.incoming).reduce((a, b) => a + b, 0), outgoing: m.outgoing },
        ]),
    );
    expect(invitations).toEqual(truth.invitationsByMonth);
    expect(stats.months.at(-1)!.total).toBe(300);
    expect(stats.totals.connections).toBe(300);
    expect(stats.strengthDeciles.reduce((a, b) => a + b, 0)).toBe(300);
  });
});
