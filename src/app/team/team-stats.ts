import { sql } from 'kysely';
import type { Team } from './team.js';

/** Totals across the team; no figure says whose network a person is in. */
export interface TeamStats {
  members: number;
  /** Distinct profiles across every member's network. */
  people: number;
  /** Profiles in more than one member's network. */
  sharedPeople: number;
  invitations: number;
  decisions: number;
}

export async function teamStats(team: Team): Promise<TeamStats> {
  const { rows } = await sql<{
    members: number;
    people: number;
    shared_people: number;
    invitations: number;
    decisions: number;
  }>`select * from strongties_team_stats()`.execute(team.db);
  const r = rows[0];
  return {
    members: Number(r?.members ?? 0),
    people: Number(r?.people ?? 0),
    sharedPeople: Number(r?.shared_people ?? 0),
    invitations: Number(r?.invitations ?? 0),
    decisions: Number(r?.decisions ?? 0),
  };
}
