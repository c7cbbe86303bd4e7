/**
 * What every use case receives: the store, the classification scheme, and the clock and id source
 * (passed in, so the core stays pure and tests can fix them).
 */
import type { ClassificationScheme } from '../core/marking/scheme.js';
import type { Database } from '../db/database.js';
import type { AuditSigner } from './audit/audit-signer.js';
import type { EventBus } from './events.js';

export interface Logger {
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
  error(details: object, message?: string): void;
}

export interface AppSettings {
  /** How long a login session lasts without activity before it must log in again. */
  readonly sessionTtlMs: number;
  /**
   * The most candidates a search ranks: the newest readable matches, of which the best-ranked are
   * shown (see searchReadable). 500 keeps a word found in most documents under 50 ms at 100,000
   * documents on the embedded store; 2,000 took 75 ms at the 95th percentile.
   */
  readonly searchCandidateCap: number;
  /** Consecutive failed logins that lock an account, and for how long. */
  readonly lockoutThreshold: number;
  readonly lockoutMinutes: number;
}

export const DEFAULT_SETTINGS: AppSettings = Object.freeze({
  sessionTtlMs: 8 * 60 * 60 * 1000,
  searchCandidateCap: 500,
  lockoutThreshold: 5,
  lockoutMinutes: 15,
});

export interface AppContext {
  readonly db: Database;
  readonly scheme: ClassificationScheme;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Secret random bytes (fingerprint keys). */
  readonly randomBytes: (size: number) => Uint8Array;
  readonly logger: Logger;
  readonly settings: AppSettings;
  /** Signs the audit chains' checkpoints. */
  readonly signer: AuditSigner;
  /** Events for notification streams, published after commit. */
  readonly events: EventBus;
}

/** Who is asking, and from where (recorded in the audit log). */
export interface Caller {
  readonly personId: string;
  readonly address: string | null;
}
