/** The audit log's tables: heads locked while an entry is appended; entries and checkpoints only added. */
import type { AuditEntry, AuditValue, Checkpoint } from '../core/audit/audit-entry.js';
import type { Sql } from './database.js';

export async function lockChainHead(sql: Sql, chain: string): Promise<{ seq: number; hash: string }> {
  const rows = await sql.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM liaison_audit_head($1)',
    [chain],
  );
  const head = rows[0];
  if (!head) throw new Error(`no head for audit chain ${chain}`);
  return head;
}

export async function insertAuditEntry(sql: Sql, entry: AuditEntry): Promise<void> {
  await sql.query(
    `INSERT INTO audit_log (chain, seq, at, actor, action, target, decision, rule, address, details, prev, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      entry.chain,
      entry.seq,
      entry.at,
      entry.actor === null ? null : JSON.stringify(entry.actor),
      entry.action,
      entry.target === null ? null : JSON.stringify(entry.target),
      entry.decision,
      entry.rule,
      entry.address,
      JSON.stringify(entry.details),
      entry.prev,
      entry.hash,
    ],
  );
}

export async function insertCheckpoint(sql: Sql, checkpoint: Checkpoint): Promise<void> {
  await sql.query(
    `INSERT INTO audit_checkpoints (chain, seq, hash, at, final, key_id, signature) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      checkpoint.chain,
      checkpoint.seq,
      checkpoint.hash,
      checkpoint.at,
      checkpoint.final,
      checkpoint.keyId,
      checkpoint.signature,
    ],
  );
}

interface EntryRow {
  chain: string;
  seq: number;
  at: string;
  actor: AuditEntry['actor'];
  action: string;
  target: AuditEntry['target'];
  decision: AuditEntry['decision'];
  rule: string | null;
  address: string | null;
  details: { [key: string]: AuditValue };
  prev: string;
  hash: string;
}

/** A chain's entries in order, a page at a time (exports stream them). */
export async function listAuditEntries(
  sql: Sql,
  chain: string,
  afterSeq: number,
  limit: number,
): Promise<AuditEntry[]> {
  return sql.query<EntryRow>(
    `SELECT chain, seq, at, actor, action, target, decision, rule, address, details, prev, hash
       FROM audit_log WHERE chain = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
    [chain, afterSeq, limit],
  );
}

export async function listCheckpoints(sql: Sql, chain: string): Promise<Checkpoint[]> {
  const rows = await sql.query<{
    chain: string;
    seq: number;
    hash: string;
    at: string;
    final: boolean;
    key_id: string;
    signature: string;
  }>(
    'SELECT chain, seq, hash, at, final, key_id, signature FROM audit_checkpoints WHERE chain = $1 ORDER BY seq, at',
    [chain],
  );
  return rows.map((row) => ({
    chain: row.chain,
    seq: row.seq,
    hash: row.hash,
    at: row.at,
    final: row.final,
    keyId: row.key_id,
    signature: row.signature,
  }));
}

export async function listChains(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ chain: string }>(
    'SELECT chain FROM audit_heads WHERE seq > 0 ORDER BY chain',
  );
  return rows.map((row) => row.chain);
}

export async function chainHead(sql: Sql, chain: string): Promise<{ seq: number; hash: string } | undefined> {
  const rows = await sql.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_heads WHERE chain = $1',
    [chain],
  );
  return rows[0];
}

export async function loadAuditKeys(sql: Sql): Promise<Map<string, { keyId: string; publicKey: string }>> {
  const rows = await sql.query<{ chain: string; key_id: string; public_key: string }>(
    'SELECT chain, key_id, public_key FROM audit_keys',
  );
  return new Map(rows.map((row) => [row.chain, { keyId: row.key_id, publicKey: row.public_key }]));
}

export async function saveAuditKey(
  sql: Sql,
  key: { chain: string; keyId: string; publicKey: string },
): Promise<void> {
  await sql.query('INSERT INTO audit_keys (chain, key_id, public_key) VALUES ($1, $2, $3)', [
    key.chain,
    key.keyId,
    key.publicKey,
  ]);
}

/** A chain's entries, newest first, before a sequence number (paging); row-level security applies. */
export async function listRecentAuditEntries(sql: Sql, chain: string, limit: number, beforeSeq?: number): Promise<AuditEntry[]> {
  return sql.query<EntryRow>(
    `SELECT chain, seq, at, actor, action, target, decision, rule, address, details, prev, hash
       FROM audit_log WHERE chain = $1 AND ($2::int IS NULL OR seq < $2) ORDER BY seq DESC LIMIT $3`,
    [chain, beforeSeq ?? null, limit],
  );
}

/** Where each kind of audited thing lives, for asking which of them the person in context may see. */
const TARGET_TABLES: Readonly<Record<string, string>> = {
  document: 'documents',
  committee: 'committees',
  'committee-minutes': 'committee_texts',
  'committee-recommendation': 'committee_texts',
  'committee-proposal': 'committee_texts',
  meeting: 'committee_meetings',
  'agenda-item': 'committee_agenda_items',
  'action-item': 'committee_action_items',
};

/**
 * Of the targets of some audit entries, those of a kind whose rows row-level security guards and that
 * the person in context may not see (an embargoed draft of their own party, say), as "kind:id".
 */
export async function hiddenAuditTargets(
  sql: Sql,
  targets: readonly { kind: string; id: string }[],
): Promise<Set<string>> {
  const hidden = new Set<string>();
  const byTable = new Map<string, { kind: string; id: string }[]>();
  for (const target of targets) {
    const table = TARGET_TABLES[target.kind];
    if (table) byTable.set(table, [...(byTable.get(table) ?? []), target]);
  }
  for (const [table, wanted] of byTable) {
    const ids = [...new Set(wanted.map((target) => target.id))].filter((id) => UUID.test(id));
    const seen = new Set(
      (await sql.query<{ id: string }>(`SELECT id::text AS id FROM ${table} WHERE id = ANY ($1::uuid[])`, [ids])).map(
        (row) => row.id,
      ),
    );
    for (const target of wanted) if (!seen.has(target.id)) hidden.add(`${target.kind}:${target.id}`);
  }
  return hidden;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
