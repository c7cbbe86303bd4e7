/**
 * Appends an event to the audit log, in the caller's transaction: the entry is kept exactly when the
 * work it records is. Every CHECKPOINT_EVERY entries of a chain, its head is signed.
 */
import { NODE_CHAIN, chainEntry, checkpointMessage, type AuditEvent } from '../../core/audit/audit-entry.js';
import type { Sql } from '../../db/database.js';
import { insertAuditEntry, insertCheckpoint, lockChainHead } from '../../db/audit.repository.js';
import type { AppContext } from '../context.js';

export const CHECKPOINT_EVERY = 100;

/** The chain an event belongs to by default: the acting person's party, else the node's. */
export function chainOf(event: AuditEvent): string {
  return event.actor?.party ?? NODE_CHAIN;
}

export async function recordAudit(
  ctx: AppContext,
  sql: Sql,
  event: AuditEvent,
  chain = chainOf(event),
): Promise<void> {
  const head = await lockChainHead(sql, chain);
  const entry = chainEntry(event, chain, head.seq === 0 ? undefined : head, ctx.now());
  await insertAuditEntry(sql, entry);
  if (entry.seq % CHECKPOINT_EVERY === 0) {
    const unsigned = { chain, seq: entry.seq, hash: entry.hash, at: entry.at, final: false };
    await insertCheckpoint(sql, { ...unsigned, ...ctx.signer.sign(chain, checkpointMessage(unsigned)) });
  }
}
