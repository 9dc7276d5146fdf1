import { StrongtiesError } from '../../core/errors.js';
import { extendPolicyText, formatPolicyError, PRESETS, parsePolicy } from '../../core/policy/index.js';
import type { PolicySource } from '../policy/policy-source.js';
import { audit } from './audit.js';
import { type Actor, requireAdmin } from './members.js';
import type { Team } from './team.js';

/** What a member's editor shows before they change anything. */
export const MEMBER_POLICY_HINT = [
  "# Your policy extends your team's: write only what you change.",
  "# Your rules come before the team's; any other field you set replaces the team's.",
  '',
].join('\n');

/** The team's policy text, else the `selective` preset. */
export async function teamPolicyText(team: Team): Promise<string> {
  const row = await team.db.selectFrom('team_policy').select('text').where('id', '=', 1).executeTakeFirst();
  return row?.text ?? PRESETS.selective;
}

export async function saveTeamPolicy(team: Team, actor: Actor, text: string, now = new Date()) {
  await requireAdmin(team, actor.accountId);
  const result = parsePolicy(text);
  if (!result.ok) return result;
  await team.db
    .insertInto('team_policy')
    .values({ id: 1, text, updated_at: now.toISOString() })
    .onConflict((oc) => oc.column('id').doUpdateSet({ text, updated_at: now.toISOString() }))
    .execute();
  await audit(team.db, { accountId: actor.accountId, action: 'team-policy', address: actor.address }, now);
  return result;
}

/** A member's policy: their own text (in their store, under row-level security) over the team's. */
export function memberPolicySource(team: Team, accountId: number): PolicySource {
  const store = team.storeFor(accountId);
  const ownText = async () =>
    (
      await store.db
        .selectFrom('member_policies')
        .select('text')
        .where('owner_id', '=', accountId)
        .executeTakeFirst()
    )?.text;
  return {
    async load() {
      const result = parsePolicy(extendPolicyText(await teamPolicyText(team), (await ownText()) ?? ''));
      if (result.ok) return result.value;
      const first = result.errors[0];
      throw new StrongtiesError(
        'invalid-policy',
        first ? formatPolicyError('your policy', first) : 'your policy is invalid',
      );
    },
    async readText() {
      const text = await ownText();
      return text === undefined ? { text: MEMBER_POLICY_HINT, source: 'team' } : { text, source: 'member' };
    },
    async save(text) {
      const result = parsePolicy(extendPolicyText(await teamPolicyText(team), text));
      if (!result.ok) return result;
      const at = new Date().toISOString();
      await store.db
        .insertInto('member_policies')
        .values({ owner_id: accountId, text, updated_at: at })
        .onConflict((oc) => oc.column('owner_id').doUpdateSet({ text, updated_at: at }))
        .execute();
      return result;
    },
  };
}
