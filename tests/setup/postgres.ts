import type { TestProject } from 'vitest/node';
import { startCluster } from '../helpers/postgres-cluster.js';

/**
 * One throwaway PostgreSQL cluster for the whole run; test files make their own databases in it
 * (tests/helpers/postgres.ts). If no server can be started the run fails here, saying why:
 * the PostgreSQL tests are never skipped.
 */
export default async function setup(project: TestProject) {
  const cluster = await startCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}
