/** Opens the configured store, locked if embedded, and bootstraps the app context. */
import pino, { type Logger } from 'pino';
import { createFileAuditSigner } from '../app/audit/audit-signer.js';
import { bootstrap, openStore } from '../app/bootstrap.js';
import type { AppContext } from '../app/context.js';
import type { StoreConfig } from './config.js';
import { lockDataFolder, prepareDataFolder } from './data-folder.js';

export interface Opened {
  readonly ctx: AppContext;
  readonly logger: Logger;
  readonly close: () => Promise<void>;
}

export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password'],
      censor: '[redacted]',
    },
  });
}

export async function openContext(config: StoreConfig, logger: Logger): Promise<Opened> {
  let release = () => {};
  if (config.databaseUrl === undefined) {
    prepareDataFolder(config.dataDir);
    release = lockDataFolder(config.dataDir);
  }
  try {
    const database = await openStore(
      config.databaseUrl === undefined ? { dataDir: config.dataDir } : { databaseUrl: config.databaseUrl },
    );
    const ctx = await bootstrap(database, { logger, signer: createFileAuditSigner(config.keysDir) });
    return {
      ctx,
      logger,
      close: async () => {
        await database.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
