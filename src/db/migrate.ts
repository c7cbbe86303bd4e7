/**
 * Forward-only migrations, run on start. Files in src/db/migrations are applied in name order, each in
 * its own transaction, under an advisory lock (two servers starting at once do not race). History that
 * does not match the files on disk is an error: a changed applied file, an applied file that is gone,
 * or a new file that sorts before one already applied.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

/** Resolves from src/db and from dist/db alike: the .sql files ship in src/db/migrations. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../src/db/migrations/', import.meta.url));

export interface Migration {
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{14}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sql = readFileSync(`${dir}/${file}`, 'utf8');
      return {
        name: file.replace(/\.sql$/, ''),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

export class MigrationError extends Error {}

const LOCK_KEY = 0x4c49_4153; // "LIAS"

export async function migrate(database: Database, migrations = readMigrations()): Promise<string[]> {
  await database.execScript(`CREATE TABLE IF NOT EXISTS liaison_migrations (
    name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  return database.asSystem(async (sql) => {
    await sql.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    const applied = await sql.query<{ name: string; checksum: string }>(
      'SELECT name, checksum FROM liaison_migrations ORDER BY name',
    );
    const onDisk = new Map(migrations.map((migration) => [migration.name, migration]));
    for (const row of applied) {
      const file = onDisk.get(row.name);
      if (!file) throw new MigrationError(`migration ${row.name} was applied but its file is missing`);
      if (file.checksum !== row.checksum)
        throw new MigrationError(
          `migration ${row.name} was changed after it was applied (migrations are append-only)`,
        );
    }
    const last = applied.at(-1)?.name;
    const pending = migrations.filter((migration) => !applied.some((row) => row.name === migration.name));
    const early = pending.find((migration) => last !== undefined && migration.name < last);
    if (early)
      throw new MigrationError(`migration ${early.name} sorts before ${last}, which is already applied`);
    for (const migration of pending) {
      // Each statement script runs inside this one transaction; a failure rolls all of it back.
      await sql.exec(migration.sql);
      await sql.query('INSERT INTO liaison_migrations (name, checksum) VALUES ($1, $2)', [
        migration.name,
        migration.checksum,
      ]);
    }
    return pending.map((migration) => migration.name);
  });
}
