import type { Insertable } from 'kysely';
import { personKey } from '../core/profile-url.js';
import { endorsementKey, recommendationKey, splitName } from '../import/import-keys.js';
import { rowInserter } from '../store/insert-rows.js';
import type { EndorsementsTable, RecommendationsTable } from '../store/schema.js';
import type { ImportContext } from './import-context.js';

/** Adds endorsements not stored yet; each endorser becomes a person (by URL, else by name). */
export async function mergeEndorsements(ctx: ImportContext): Promise<void> {
  const insert = rowInserter(ctx.dialect, {
    table: 'endorsements',
    columns: [
      'owner_id',
      'endorsement_key',
      'person_id',
      'skill',
      'endorser_name',
      'endorser_profile_url',
      'endorsed_at',
    ],
    onConflict: { target: ['owner_id', 'endorsement_key'], keep: true },
  });
  await ctx.each('endorsements', async (records) => {
    const people = records.map((r) => ({
      key: personKey(r.endorserProfileUrl, r.endorserName),
      profileUrl: r.endorserProfileUrl,
      ...splitName(r.endorserName),
    }));
    await ctx.people.ensure(people, false);
    const rows = new Map<string, Insertable<EndorsementsTable>>();
    records.forEach((r, i) => {
      const key = endorsementKey(r);
      rows.set(key, {
        owner_id: ctx.ownerId,
        endorsement_key: key,
        person_id: ctx.people.id(people[i]!.key) ?? null,
        skill: r.skill,
        endorser_name: r.endorserName,
        endorser_profile_url: r.endorserProfileUrl ?? null,
        endorsed_at: r.endorsedAt ?? null,
      });
    });
    await insert(ctx.trx, [...rows.values()]);
  });
}

/** Adds recommendations (both directions) not stored yet. They carry no URL, so no person is made. */
export async function mergeRecommendations(ctx: ImportContext): Promise<void> {
  const insert = rowInserter(ctx.dialect, {
    table: 'recommendations',
    columns: [
      'owner_id',
      'recommendation_key',
      'direction',
      'first_name',
      'last_name',
      'company',
      'job_title',
      'text',
      'written_at',
      'status',
    ],
    onConflict: { target: ['owner_id', 'recommendation_key'], keep: true },
  });
  for (const kind of ['recommendationsReceived', 'recommendationsGiven'] as const) {
    await ctx.each(kind, async (records) => {
      const rows = new Map<string, Insertable<RecommendationsTable>>();
      for (const r of records) {
        const key = recommendationKey(r);
        rows.set(key, {
          owner_id: ctx.ownerId,
          recommendation_key: key,
          direction: r.direction,
          first_name: r.firstName,
          last_name: r.lastName,
          company: r.company ?? null,
          job_title: r.jobTitle ?? null,
          text: r.text,
          written_at: r.createdAt ?? null,
          status: r.status ?? null,
        });
      }
      await insert(ctx.trx, [...rows.values()]);
    });
  }
}
