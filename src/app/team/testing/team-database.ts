import pg from 'pg';

export interface TeamDatabase {
  /** As the application role (owns nothing). */
  databaseUrl: string;
  /** As the owner role, which migrates. */
  migrationUrl: string;
  drop(): Promise<void>;
}

/**
 * A fresh database on the test server with its two roles, as docs/team.md has an admin create them:
 * an owner role that owns the database (and so the tables it migrates) and an application role
 * that owns nothing. Role names are unique per call: roles are shared by the whole server.
 */
export async function createTeamDatabase(serverUrl: string): Promise<TeamDatabase> {
  const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const name = `team_${suffix}`;
  const owner = `owner_${suffix}`;
  const app = `app_${suffix}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create role ${owner} login`);
  await admin.query(`create role ${app} login`);
  await admin.query(`create database ${name} owner ${owner}`);
  await admin.end();
  const urlAs = (user: string) => {
    const url = new URL(serverUrl);
    url.username = user;
    url.pathname = `/${name}`;
    return url.toString();
  };
  return {
    databaseUrl: urlAs(app),
    migrationUrl: urlAs(owner),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.query(`drop role if exists ${app}`);
      await client.query(`drop role if exists ${owner}`);
      await client.end();
    },
  };
}
