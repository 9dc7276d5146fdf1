import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { StrongtiesError } from '../../core/errors.js';
import { findSession, LOCKOUT, redeemLink, signIn, signOutEverywhere } from './auth.js';
import { initTeam, inviteMember, listMembers, removeMember } from './members.js';
import { openTeam, type Team } from './team.js';
import { createTeamDatabase, type TeamDatabase } from './testing/team-database.js';

const pgUrl = inject('postgresUrl');
const PASSWORD = 'correct horse battery staple';

describe.skipIf(pgUrl === '')('the team server’s accounts on PostgreSQL', () => {
  let database: TeamDatabase;
  let team: Team;
  let adminId: number;
  beforeAll(async () => {
    database = await createTeamDatabase(pgUrl);
    team = await openTeam(database);
    const admin = await initTeam(team, 'Admin@Example.org');
    adminId = admin.accountId;
    const signed = await redeemLink(team, { token: admin.token, password: PASSWORD, address: '127.0.0.1' });
    expect(signed.ok).toBe(true);
  });
  afterAll(async () => {
    await team?.close();
    await database?.drop();
  });

  test('init makes one admin and refuses a second team', async () => {
    expect(await listMembers(team)).toEqual([
      expect.objectContaining({ email: 'admin@example.org', role: 'admin', active: true }),
    ]);
    await expect(initTeam(team, 'other@example.org')).rejects.toThrow(StrongtiesError);
  });

  test('signs in with the password, not with another, and the link works once', async () => {
    const invited = await inviteMember(team, { accountId: adminId }, 'ann@example.org');
    expect((await redeemLink(team, { token: invited.token, password: 'short', address: 'a' })).ok).toBe(
      false,
    );
    expect((await redeemLink(team, { token: invited.token, password: PASSWORD, address: 'a' })).ok).toBe(
      true,
    );
    expect(await redeemLink(team, { token: invited.token, password: PASSWORD, address: 'a' })).toEqual({
      ok: false,
      reason: 'invalid-link',
    });
    const good = await signIn(team, { email: 'ANN@example.org', password: PASSWORD, address: '10.0.0.1' });
    expect(good.ok).toBe(true);
    if (!good.ok) return;
    expect(await findSession(team, good.sessionId)).toMatchObject({
      email: 'ann@example.org',
      role: 'member',
    });
    expect(await signIn(team, { email: 'ann@example.org', password: 'wrong', address: '10.0.0.1' })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await signOutEverywhere(team, good.accountId, '10.0.0.1')).toBeGreaterThan(0);
    expect(await findSession(team, good.sessionId)).toBeUndefined();
  });

  test('locks an account after repeated failures, even with the right password, until the window passes', async () => {
    const invited = await inviteMember(team, { accountId: adminId }, 'bob@example.org');
    await redeemLink(team, { token: invited.token, password: PASSWORD, address: 'x' });
    const now = new Date();
    for (let i = 0; i < LOCKOUT.perAccount; i++) {
      expect(
        await signIn(team, { email: 'bob@example.org', password: `no${i}`, address: `192.0.2.${i}` }, now),
      ).toMatchObject({ reason: 'invalid' });
    }
    const locked = await signIn(
      team,
      { email: 'bob@example.org', password: PASSWORD, address: '192.0.2.99' },
      now,
    );
    expect(locked).toMatchObject({ ok: false, reason: 'locked' });
    const later = new Date(now.getTime() + LOCKOUT.windowMs + 1000);
    expect(
      (await signIn(team, { email: 'bob@example.org', password: PASSWORD, address: '192.0.2.99' }, later)).ok,
    ).toBe(true);
  });

  test('locks an address that tries many accounts', async () => {
    const now = new Date();
    for (let i = 0; i < LOCKOUT.perAddress; i++) {
      await signIn(team, { email: `nobody${i}@example.org`, password: 'x', address: '198.51.100.7' }, now);
    }
    expect(
      await signIn(team, { email: 'ann@example.org', password: PASSWORD, address: '198.51.100.7' }, now),
    ).toMatchObject({ reason: 'locked' });
    expect(
      (await signIn(team, { email: 'ann@example.org', password: PASSWORD, address: '198.51.100.8' }, now)).ok,
    ).toBe(true);
  });

  test('only an admin invites or removes, and the last admin stays', async () => {
    const ann = (await listMembers(team)).find((m) => m.email === 'ann@example.org');
    if (!ann) throw new Error('ann was invited above');
    await expect(inviteMember(team, { accountId: ann.accountId }, 'eve@example.org')).rejects.toThrow(
      /only an admin/,
    );
    await expect(removeMember(team, { accountId: ann.accountId }, adminId)).rejects.toThrow(/only an admin/);
    await expect(removeMember(team, { accountId: adminId }, adminId)).rejects.toThrow(/last admin/);
  });
});
