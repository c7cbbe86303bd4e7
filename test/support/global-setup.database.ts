/**
 * Builds, once per run, a template database with the schema and the 1944 scenario, so that each test
 * file starts from it in a moment: on PGlite a dump of the data folder, on PostgreSQL a template
 * database on a throwaway server. Which one is chosen by the project's LIAISON_TEST_DB.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { bootstrap } from '../../src/app/bootstrap.js';
import { openPgliteDatabase } from '../../src/db/pglite.database.js';
import { openPostgresDatabase } from '../../src/db/postgres.database.js';
import { loadScenario1944 } from '../../src/scenario/scenario-1944.js';
import { startPostgres, type PostgresServer } from './postgres-server.js';
import { RecordingLogger } from './recording-logger.js';
import { createFileAuditSigner } from '../../src/app/audit/audit-signer.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresUrl: string;
    auditKeysDir: string;
  }
}

export const TEMPLATE_DATABASE = 'liaison_template';

export default async function setup(project: TestProject): Promise<() => void> {
  const kind = project.config.env.LIAISON_TEST_DB;
  // The audit signing keys of every test database of this run, in a folder the CLI can be pointed at.
  const keysDir = mkdtempSync(join(tmpdir(), 'liaison-test-keys-'));
  project.provide('auditKeysDir', keysDir);
  const testSigner = () => createFileAuditSigner(keysDir);
  const removeKeys = () => rmSync(keysDir, { recursive: true, force: true });
  if (kind === 'postgres') {
    const server: PostgresServer = await startPostgres();
    const admin = new pg.Client({ connectionString: server.urlFor('postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
    await admin.end();
    const database = openPostgresDatabase(server.urlFor(TEMPLATE_DATABASE));
    const ctx = await bootstrap(database, { logger: new RecordingLogger(), signer: testSigner() });
    await loadScenario1944(ctx);
    await database.close();
    project.provide('postgresUrl', server.urlFor('postgres'));
    return () => {
      server.stop();
      removeKeys();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'liaison-template-'));
  const database = await openPgliteDatabase();
  const ctx = await bootstrap(database, { logger: new RecordingLogger(), signer: testSigner() });
  await loadScenario1944(ctx);
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await (await database.dump()).arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', file);
  return () => {
    rmSync(dir, { recursive: true, force: true });
    removeKeys();
  };
}
