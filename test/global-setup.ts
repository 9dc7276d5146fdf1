import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A real PostgreSQL server's URL, or '' when none could be started (then its tests skip, and under CI fail). */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = process.env['STRONGTIES_TEST_NO_PG'] ? undefined : await startPostgres();
  project.provide('postgresUrl', server?.url ?? '');
  return () => server?.stop();
}
