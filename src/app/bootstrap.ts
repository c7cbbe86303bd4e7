/**
 * Opens Liaison's store (PGlite in a folder, or a PostgreSQL server), brings its schema up to date,
 * loads the classification scheme (writing the default one into a new database), and builds the
 * context every use case receives.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildScheme, type SchemeData } from '../core/marking/scheme.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { openPgliteDatabase } from '../db/pglite.database.js';
import { openPostgresDatabase } from '../db/postgres.database.js';
import { hasScheme, loadSchemeData, saveSchemeData } from '../db/scheme.repository.js';
import { loadAuditKeys, saveAuditKey } from '../db/audit.repository.js';
import { NODE_CHAIN } from '../core/audit/audit-entry.js';
import type { AuditSigner } from './audit/audit-signer.js';
import { EventBus } from './events.js';
import { DEFAULT_SETTINGS, type AppContext, type AppSettings, type Logger } from './context.js';

export const DEFAULT_SCHEME_FILE = fileURLToPath(new URL('../../data/scheme-1944.json', import.meta.url));

export function readSchemeFile(path = DEFAULT_SCHEME_FILE): SchemeData {
  return JSON.parse(readFileSync(path, 'utf8')) as SchemeData;
}

export type StoreLocation =
  { readonly databaseUrl: string } | { readonly dataDir: string } | { readonly database: Database };

export async function openStore(location: StoreLocation): Promise<Database> {
  if ('database' in location) return location.database;
  if ('databaseUrl' in location) return openPostgresDatabase(location.databaseUrl);
  return openPgliteDatabase({ dataDir: location.dataDir });
}

export class SchemeError extends Error {}

/** Migrates, ensures a scheme is present, and returns the context. */
export async function bootstrap(
  database: Database,
  options: {
    logger: Logger;
    signer: AuditSigner;
    schemeData?: SchemeData;
    settings?: Partial<AppSettings>;
    now?: () => Date;
    newId?: () => string;
  },
): Promise<AppContext> {
  const applied = await migrate(database);
  if (applied.length > 0)
    options.logger.info({ event: 'migrated', applied }, `applied ${applied.length} migration(s)`);
  const data = await database.asSystem(async (sql) => {
    if (!(await hasScheme(sql))) {
      const fresh = options.schemeData ?? readSchemeFile();
      const checked = buildScheme(fresh);
      if (!checked.ok) throw new SchemeError(checked.message);
      await saveSchemeData(sql, fresh);
    }
    return loadSchemeData(sql);
  });
  const scheme = buildScheme(data);
  if (!scheme.ok) throw new SchemeError(`the stored classification scheme is invalid: ${scheme.message}`);
  await pinAuditKeys(database, options.signer, [...scheme.value.parties.keys(), NODE_CHAIN]);
  return {
    db: database,
    scheme: scheme.value,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? randomUUID,
    randomBytes: (size) => new Uint8Array(randomBytes(size)),
    logger: options.logger,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    signer: options.signer,
    events: new EventBus(),
  };
}

export class AuditKeyError extends Error {}

/**
 * The database remembers each chain's public key. A different key at start means the signing keys
 * were replaced or belong to another database: refuse, rather than sign a log with a stranger's key.
 */
async function pinAuditKeys(
  database: Database,
  signer: AuditSigner,
  chains: readonly string[],
): Promise<void> {
  await database.asSystem(async (sql) => {
    const known = await loadAuditKeys(sql);
    for (const chain of chains) {
      const key = signer.keyOf(chain);
      const recorded = known.get(chain);
      if (!recorded) await saveAuditKey(sql, key);
      else if (recorded.publicKey !== key.publicKey)
        throw new AuditKeyError(
          `the audit signing key of ${chain} (${key.keyId}) is not the one this database's log is signed with (${recorded.keyId})`,
        );
    }
  });
}
