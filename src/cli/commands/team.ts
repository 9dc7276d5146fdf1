import { spawnSync } from 'node:child_process';
import { Option } from 'commander';
import type { Config } from '../../app/config.js';
import type { Team } from '../../app/team/team.js';
import { StrongtiesError } from '../../core/errors.js';
import type { Runtime } from '../runtime.js';
import type { RegisterCommand } from './index.js';

/** The team server needs PostgreSQL: one clear line when DATABASE_URL is missing. */
export function requireTeamDatabase(config: Config): {
  databaseUrl: string;
  migrationUrl?: string | undefined;
} {
  if (!config.databaseUrl) {
    throw new StrongtiesError(
      'invalid-config',
      'the team server runs on PostgreSQL only: set DATABASE_URL (the application role) and STRONGTIES_MIGRATION_URL (the owner role); see docs/team.md',
    );
  }
  return { databaseUrl: config.databaseUrl, migrationUrl: config.migrationUrl };
}

async function withTeam<T>(runtime: Runtime, fn: (team: Team) => Promise<T>): Promise<T> {
  const { openTeam } = await import('../../app/team/team.js');
  const team = await openTeam(requireTeamDatabase(runtime.config), { poolSize: 2 });
  try {
    return await fn(team);
  } finally {
    await team.close();
  }
}

/** The CLI acts as the team's first admin: it runs on the server, with the database's credentials. */
async function operator(team: Team): Promise<{ accountId: number; address: string }> {
  const { listMembers } = await import('../../app/team/members.js');
  const admin = (await listMembers(team)).find((m) => m.role === 'admin');
  if (!admin) throw new StrongtiesError('not-found', 'no team yet: run ties team init --email ADDRESS');
  return { accountId: admin.accountId, address: 'cli' };
}

const DEFAULT_BASE = 'http://127.0.0.1:7474';
const linkOf = (base: string, token: string) => `${base.replace(/\/+$/, '')}/link?token=${token}`;
const baseOption = () =>
  new Option('--url <base>', `the address members open (default ${DEFAULT_BASE})`).default(DEFAULT_BASE);

export const registerTeam: RegisterCommand = (program, runtime) => {
  const team = program.command('team').description('the team server: members, links, backup (PostgreSQL)');

  team
    .command('init')
    .description('create the team and its first admin; prints a one-time sign-in link')
    .requiredOption('--email <address>', "the admin's email address")
    .addOption(baseOption())
    .action(async (options: { email: string; url: string }) => {
      const { initTeam } = await import('../../app/team/members.js');
      const admin = await withTeam(runtime, (t) => initTeam(t, options.email));
      runtime.out(`Team created; ${admin.email} is its admin.`);
      runtime.out(`One-time sign-in link (valid 3 days): ${linkOf(options.url, admin.token)}`);
    });

  team
    .command('invite <email>')
    .description('add a member; prints their one-time sign-in link')
    .option('--admin', 'make them an admin')
    .addOption(baseOption())
    .action(async (email: string, options: { admin?: boolean; url: string }) => {
      const { inviteMember } = await import('../../app/team/members.js');
      const member = await withTeam(runtime, async (t) =>
        inviteMember(t, await operator(t), email, options.admin ? 'admin' : 'member'),
      );
      runtime.out(
        `Invited ${member.email}. One-time sign-in link (valid 3 days): ${linkOf(options.url, member.token)}`,
      );
    });

  team
    .command('link <member>')
    .description('a new one-time sign-in link for a member (email or id), e.g. a forgotten password')
    .addOption(baseOption())
    .action(async (who: string, options: { url: string }) => {
      const { findMember, newSignInLink } = await import('../../app/team/members.js');
      const token = await withTeam(runtime, async (t) => {
        const member = await findMember(t, who);
        if (!member) throw new StrongtiesError('not-found', `no member ${who}`);
        return newSignInLink(t, await operator(t), member.accountId);
      });
      runtime.out(`One-time sign-in link (valid 3 days): ${linkOf(options.url, token)}`);
    });

  team
    .command('list')
    .description('the members, their role and whether they have signed in')
    .action(async () => {
      const { listMembers } = await import('../../app/team/members.js');
      const members = await withTeam(runtime, (t) => listMembers(t));
      for (const m of members) {
        runtime.out(
          `${m.accountId}\t${m.email}\t${m.role}\t${m.active ? 'active' : 'invited'}\t${m.createdAt.slice(0, 10)}`,
        );
      }
    });

  team
    .command('remove <member>')
    .description('remove a member (email or id) and erase all of their data')
    .action(async (who: string) => {
      const { findMember, removeMember } = await import('../../app/team/members.js');
      const result = await withTeam(runtime, async (t) => {
        const member = await findMember(t, who);
        if (!member) throw new StrongtiesError('not-found', `no member ${who}`);
        return { member, ...(await removeMember(t, await operator(t), member.accountId)) };
      });
      runtime.out(`Removed ${result.member.email} and erased ${result.rows} rows of their data.`);
    });

  team
    .command('backup <file>')
    .description('dump the whole team database (pg_dump, custom format) as the owner role')
    .action((file: string) => {
      const url = runtime.config.migrationUrl;
      if (!url) {
        throw new StrongtiesError(
          'invalid-config',
          'ties team backup dumps as the owner role: set STRONGTIES_MIGRATION_URL',
        );
      }
      // The owner is subject to row-level security too (FORCE), through a policy that shows it every
      // row; pg_dump refuses to dump under RLS unless asked.
      const result = spawnSync('pg_dump', ['--format=custom', '--enable-row-security', '--file', file, url], {
        encoding: 'utf8',
      });
      if (result.error || result.status !== 0) {
        throw new StrongtiesError(
          'database',
          `pg_dump failed: ${(result.stderr || String(result.error)).trim().split('\n')[0]}`,
        );
      }
      runtime.out(
        `Backed up the team database to ${file} (restore: pg_restore --dbname … ${file}, see docs/team.md).`,
      );
    });
};
