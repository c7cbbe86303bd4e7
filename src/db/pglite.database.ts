/** The embedded store: PostgreSQL compiled to WebAssembly, in-process, its data in a folder. */
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import { TransactionScope, enterAsPerson, type Database, type Sql } from './database.js';

const parsers = {
  // Calendar dates stay 'YYYY-MM-DD' strings on both stores (no time zone games).
  [types.DATE]: (value: string) => value,
};

export async function openPgliteDatabase(
  options: { dataDir?: string; loadDataDir?: Blob } = {},
): Promise<PgliteDatabase> {
  const pglite = await PGlite.create({
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.loadDataDir === undefined ? {} : { loadDataDir: options.loadDataDir }),
    parsers,
  });
  return new PgliteDatabase(pglite);
}

export class PgliteDatabase implements Database {
  readonly kind = 'pglite' as const;
  private readonly scope = new TransactionScope();

  constructor(readonly pglite: PGlite) {}

  asPerson<T>(personId: string, work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.run(personId, work);
  }

  asAnonymous<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.run(null, work);
  }

  asSystem<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.scope.run(() => this.pglite.transaction((tx) => work(wrap(tx))));
  }

  async execScript(script: string): Promise<void> {
    await this.pglite.exec(script);
  }

  /** A snapshot of the whole data folder (tests start each file from a migrated template). */
  dump(): Promise<Blob> {
    return this.pglite.dumpDataDir('none');
  }

  close(): Promise<void> {
    return this.pglite.close();
  }

  private run<T>(personId: string | null, work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.scope.run(() =>
      this.pglite.transaction(async (tx) => {
        const sql = wrap(tx);
        await enterAsPerson(sql, personId);
        return work(sql);
      }),
    );
  }
}

function wrap(tx: Transaction): Sql {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await tx.query<Row>(text, params as unknown[]);
      return result.rows;
    },
    async exec(script: string) {
      await tx.exec(script);
    },
  };
}
