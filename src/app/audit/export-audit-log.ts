/**
 * Writes the audit log (or some parties' chains of it) as JSON lines that anyone can verify: a header
 * with the public keys, then each chain's entries with its periodic checkpoints, closed by a final
 * checkpoint signed now over the chain's head as the export saw it.
 */
import { checkpointMessage, type Checkpoint } from '../../core/audit/audit-entry.js';
import { AUDIT_FORMAT, type AuditHeader } from '../../core/audit/audit-log.verify.js';
import {
  chainHead,
  insertCheckpoint,
  listAuditEntries,
  listChains,
  listCheckpoints,
  loadAuditKeys,
} from '../../db/audit.repository.js';
import { GENESIS_HASH } from '../../core/audit/audit-entry.js';
import type { AppContext } from '../context.js';

const PAGE = 1000;

export interface ExportProgress {
  (chain: string, written: number, total: number): void;
}

export async function exportAuditLog(
  ctx: AppContext,
  options: { chains?: readonly string[] },
  write: (line: string) => Promise<void> | void,
  progress: ExportProgress = () => undefined,
): Promise<{ chains: string[]; entries: number }> {
  return ctx.db.asSystem(async (sql) => {
    const keys = await loadAuditKeys(sql);
    const chains = options.chains ? [...options.chains] : await listChains(sql);
    const header: AuditHeader = {
      type: 'header',
      format: AUDIT_FORMAT,
      chains,
      keys: chains.map((chain) => {
        const key = keys.get(chain);
        if (!key) throw new Error(`no public key recorded for audit chain ${chain}`);
        return { chain, keyId: key.keyId, publicKey: key.publicKey };
      }),
    };
    await write(JSON.stringify(header));
    let total = 0;
    for (const chain of chains) {
      // Entries are only ever appended: reading up to the head seen now gives a consistent chain.
      const head = (await chainHead(sql, chain)) ?? { seq: 0, hash: GENESIS_HASH };
      const checkpoints = (await listCheckpoints(sql, chain)).filter(
        (checkpoint) => !checkpoint.final && checkpoint.seq <= head.seq,
      );
      let next = 0;
      let after = 0;
      while (after < head.seq) {
        const page = await listAuditEntries(sql, chain, after, Math.min(PAGE, head.seq - after));
        if (page.length === 0) break;
        for (const entry of page) {
          await write(JSON.stringify({ type: 'entry', ...entry }));
          while (next < checkpoints.length && (checkpoints[next] as Checkpoint).seq === entry.seq) {
            await write(JSON.stringify({ type: 'checkpoint', ...checkpoints[next] }));
            next++;
          }
          after = entry.seq;
          total++;
        }
        progress(chain, after, head.seq);
      }
      const unsigned = { chain, seq: head.seq, hash: head.hash, at: ctx.now().toISOString(), final: true };
      const final: Checkpoint = { ...unsigned, ...ctx.signer.sign(chain, checkpointMessage(unsigned)) };
      await insertCheckpoint(sql, final);
      await write(JSON.stringify({ type: 'checkpoint', ...final }));
    }
    return { chains, entries: total };
  });
}
