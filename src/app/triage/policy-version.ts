import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Policy } from '../../core/policy/index.js';
import type { Database } from '../../store/schema.js';

/** The policy as decided under, canonical (parsed and re-serialised), and its short hash. */
export function policyVersion(policy: Policy): { version: string; text: string } {
  const text = JSON.stringify(policy);
  return { version: createHash('sha256').update(text).digest('hex').slice(0, 12), text };
}

/** Keeps the policy's text once per version, so that a decision's `policy_version` can be read back. */
export async function recordPolicy(
  trx: Transaction<Database>,
  ownerId: number,
  policy: Policy,
  at: string,
): Promise<string> {
  const { version, text } = policyVersion(policy);
  await trx
    .insertInto('policies')
    .values({ owner_id: ownerId, version, text, created_at: at })
    .onConflict((oc) => oc.columns(['owner_id', 'version']).doNothing())
    .execute();
  return version;
}
