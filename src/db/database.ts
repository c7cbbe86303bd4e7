import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * One interface over the two stores Liaison runs on: PGlite (embedded, the default) and a PostgreSQL
 * server (DATABASE_URL). Same SQL, same migrations. Work is done in transactions that the caller owns:
 *
 * - `asPerson(id, work)`: as the application role `liaison_app` with the person's id in
 *   `liaison.person_id`, so row-level security applies. Every request of a person runs here.
 * - `asAnonymous(work)`: as `liaison_app` with no person (login, health): RLS shows no document.
 * - `asSystem(work)`: as the owner, for migrations, loading the scheme, and the administrator's CLI.
 */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements, no parameters (migrations). */
  exec(script: string): Promise<void>;
}

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  readonly kind: DatabaseKind;
  asPerson<T>(personId: string, work: (sql: Sql) => Promise<T>): Promise<T>;
  asAnonymous<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  asSystem<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  /** Runs a script of several statements as the owner, outside any transaction of ours. */
  execScript(script: string): Promise<void>;
  close(): Promise<void>;
}

export const APP_ROLE = 'liaison_app';

/**
 * Guards against opening a transaction inside another on the same database: on PGlite it would wait
 * forever for the first to finish; on a server it would not be part of the first. Either is a bug.
 */
export class TransactionScope {
  private readonly storage = new AsyncLocalStorage<true>();

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.storage.getStore()) {
      return Promise.reject(
        new Error(
          'a transaction was opened inside another on the same database; pass the open one (sql) instead',
        ),
      );
    }
    return this.storage.run(true, work);
  }
}

/** The statements that open a person's transaction (the id is a bound parameter, never spliced). */
export async function enterAsPerson(sql: Sql, personId: string | null): Promise<void> {
  await sql.query(`SET LOCAL ROLE ${APP_ROLE}`);
  await sql.query(`SELECT set_config('liaison.person_id', $1, true)`, [personId ?? '']);
}
