/** A PostgreSQL server, selected with DATABASE_URL: the same SQL and migrations as the embedded store. */
import pg from 'pg';
import { TransactionScope, enterAsPerson, type Database, type Sql } from './database.js';

// Calendar dates stay 'YYYY-MM-DD' strings, as on PGlite.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export function openPostgresDatabase(
  connectionString: string,
  options: { maxConnections?: number } = {},
): PostgresDatabase {
  const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 10 });
  // An idle connection the server ends (a restart, an administrator) is discarded by the pool and the
  // next query opens another; unhandled, its error would end the whole process.
  pool.on('error', () => undefined);
  return new PostgresDatabase(pool);
}

export class PostgresDatabase implements Database {
  readonly kind = 'postgres' as const;
  private readonly scope = new TransactionScope();

  constructor(private readonly pool: pg.Pool) {}

  asPerson<T>(personId: string, work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.transaction((sql) => enterAsPerson(sql, personId).then(() => work(sql)));
  }

  asAnonymous<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.transaction((sql) => enterAsPerson(sql, null).then(() => work(sql)));
  }

  asSystem<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.transaction(work);
  }

  async execScript(script: string): Promise<void> {
    await this.pool.query(script);
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  private transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.scope.run(() => this.runTransaction(work));
  }

  private async runTransaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const sql: Sql = {
      async query<Row>(text: string, params: readonly unknown[] = []) {
        const result = await client.query(text, params as unknown[]);
        return result.rows as Row[];
      },
      async exec(script: string) {
        await client.query(script);
      },
    };
    try {
      await client.query('BEGIN');
      const value = await work(sql);
      await client.query('COMMIT');
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
