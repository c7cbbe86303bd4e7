/**
 * A fresh copy of the 1944 scenario for one test file, on the store its project names: the app
 * context, the HTTP server (called with inject(), no port), and ways to log in as anyone.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import pino from 'pino';
import { inject } from 'vitest';
import { bootstrap } from '../../src/app/bootstrap.js';
import type { AppContext } from '../../src/app/context.js';
import type { Database } from '../../src/db/database.js';
import { openPgliteDatabase } from '../../src/db/pglite.database.js';
import { openPostgresDatabase } from '../../src/db/postgres.database.js';
import { buildServer, type LiaisonServer } from '../../src/server/app.js';
import { DEMO_PASSWORD } from '../../src/scenario/people-1944.js';
import { TEMPLATE_DATABASE } from './global-setup.database.js';
import { RecordingLogger } from './recording-logger.js';
import { testSigner } from './test-signer.js';

export type TestDatabaseKind = 'pglite' | 'postgres';

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.LIAISON_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/** A new database holding the template (schema and 1944 scenario). */
export async function openTestDatabase(): Promise<{
  database: Database;
  url?: string;
  drop: () => Promise<void>;
}> {
  if (testDatabaseKind() === 'postgres') {
    const serverUrl = inject('postgresUrl');
    const name = `test_${randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
    await admin.end();
    const url = serverUrl.replace(/\/postgres$/, `/${name}`);
    const database = openPostgresDatabase(url);
    return {
      database,
      url,
      drop: async () => {
        await database.close();
        const dropper = new pg.Client({ connectionString: serverUrl });
        await dropper.connect();
        // Not WITH (FORCE): the pool's last connections may still be closing, and terminating them
        // would raise in their clients. Wait for them instead.
        for (let attempt = 0; ; attempt++) {
          try {
            await dropper.query(`DROP DATABASE IF EXISTS ${name}`);
            break;
          } catch (error) {
            if ((error as { code?: string }).code !== '55006' || attempt >= 100) throw error;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }
        await dropper.end();
      },
    };
  }
  const dump = readFileSync(inject('pgliteTemplate'));
  const database = await openPgliteDatabase({ loadDataDir: new Blob([dump]) });
  return { database, drop: () => database.close() };
}

export interface TestWorld {
  readonly ctx: AppContext;
  readonly app: LiaisonServer;
  readonly logger: RecordingLogger;
  readonly database: Database;
  /** The database URL on PostgreSQL (for the CLI), undefined on PGlite. */
  readonly url: string | undefined;
  /** Person id of a username. */
  personId(username: string): Promise<string>;
  /** Document id of a title in the scenario. */
  documentId(title: string): Promise<string>;
  /** Logs in through the API; returns the Cookie header to send. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export async function createTestWorld(
  options: {
    now?: () => Date;
    rateLimitPerMinute?: number;
    loginRateLimitPerMinute?: number;
    /** Where the server's own log goes (default: nowhere). */
    serverLog?: { write(line: string): void };
  } = {},
): Promise<TestWorld> {
  const { database, url, drop } = await openTestDatabase();
  const logger = new RecordingLogger();
  const ctx = await bootstrap(database, {
    logger,
    signer: testSigner(),
    ...(options.now ? { now: options.now } : {}),
  });
  const app = await buildServer(ctx, {
    logger: options.serverLog ? pino({ level: 'info' }, options.serverLog) : pino({ level: 'silent' }),
    rateLimitPerMinute: options.rateLimitPerMinute ?? 100_000,
    loginRateLimitPerMinute: options.loginRateLimitPerMinute ?? 100_000,
  });
  await app.ready();
  const cache = new Map<string, string>();
  return {
    ctx,
    app,
    logger,
    database,
    url,
    async personId(username) {
      const rows = await database.asSystem((sql) =>
        sql.query<{ id: string }>('SELECT id FROM people WHERE username = $1', [username]),
      );
      if (!rows[0]) throw new Error(`no person ${username}`);
      return rows[0].id;
    },
    async documentId(title) {
      const rows = await database.asSystem((sql) =>
        sql.query<{ id: string }>('SELECT id FROM documents WHERE title = $1', [title]),
      );
      if (rows.length !== 1) throw new Error(`${rows.length} documents titled ${title}`);
      return (rows[0] as { id: string }).id;
    },
    async login(username, password = DEMO_PASSWORD) {
      const cached = cache.get(`${username}:${password}`);
      if (cached) return cached;
      const response = await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username, password },
      });
      if (response.statusCode !== 200)
        throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'liaison_session');
      if (!cookie) throw new Error('no session cookie');
      const header = `liaison_session=${cookie.value}`;
      cache.set(`${username}:${password}`, header);
      return header;
    },
    async close() {
      await app.close();
      await drop();
    },
  };
}
