/**
 * What the store holds after the faults, read directly from the database in one read-only transaction
 * (the server stopped: the embedded database allows one process).
 */
import { openPgliteDatabase } from '../../../src/db/pglite.database.js';
import { openPostgresDatabase } from '../../../src/db/postgres.database.js';
import type { Database, Sql } from '../../../src/db/database.js';
import type { StoreArgs } from './liaison-process.js';
import { TITLE_PREFIX } from './workload.js';

export interface StoredDocument {
  id: string;
  title: string;
  body: string;
  state: 'draft' | 'issued';
  version: number;
  registry_number: string | null;
  issued_at: Date | null;
  created_at: Date;
  updated_at: Date;
  originator: string;
  drafter: string;
}

export interface StoredDissemination {
  document_id: string;
  position: number;
  /** The username of a person recipient (the test only sends to people). */
  person: string | null;
  office_id: string | null;
  party: string | null;
  disseminated_at: Date;
  disseminated_by: string;
}

export interface StoredAuditEntry {
  chain: string;
  seq: number;
  action: string;
  decision: string;
  actor: string | null;
  target_id: string | null;
  details: Record<string, unknown>;
}

export interface StoreSnapshot {
  /** The test's documents (titles begin with TITLE_PREFIX). */
  documents: StoredDocument[];
  disseminations: StoredDissemination[];
  /** Every 'done' document write of the audit log (draft, update, issue, disseminate), any document. */
  documentWrites: StoredAuditEntry[];
  /** Every issued document's registry number, the demo's included. */
  registry: { id: string; registry_number: string | null; issued_at: Date | null; state: string }[];
  counters: { party: string; year: number; last: number }[];
  /** Every document id in the store. */
  allDocumentIds: Set<string>;
  heads: { chain: string; seq: number; entries: number; max_seq: number | null }[];
  /** person id → username */
  people: Map<string, string>;
}

export async function openStoreDirectly(store: StoreArgs): Promise<Database> {
  return store.kind === 'pglite'
    ? openPgliteDatabase({ dataDir: store.dataDir })
    : openPostgresDatabase(store.databaseUrl, { maxConnections: 1 });
}

export async function readSnapshot(store: StoreArgs): Promise<StoreSnapshot> {
  const database = await openStoreDirectly(store);
  try {
    return await database.asSystem(async (sql: Sql) => {
      await sql.query('SET TRANSACTION READ ONLY');
      const people = await sql.query<{ id: string; username: string }>('SELECT id, username FROM people');
      const documents = await sql.query<StoredDocument>(
        `SELECT d.id, d.title, d.body, d.state, d.version, d.registry_number, d.issued_at, d.created_at,
                d.updated_at, d.originator, p.username AS drafter
           FROM documents d JOIN people p ON p.id = d.drafter_id
          WHERE d.title LIKE $1 ORDER BY d.created_at, d.id`,
        [`${TITLE_PREFIX} %`],
      );
      const disseminations = await sql.query<StoredDissemination>(
        `SELECT x.document_id, x.position, p.username AS person, x.office_id, x.party, x.disseminated_at,
                b.username AS disseminated_by
           FROM disseminations x JOIN documents d ON d.id = x.document_id
           LEFT JOIN people p ON p.id = x.person_id JOIN people b ON b.id = x.disseminated_by
          WHERE d.title LIKE $1 ORDER BY x.document_id, x.position`,
        [`${TITLE_PREFIX} %`],
      );
      const documentWrites = await sql.query<StoredAuditEntry>(
        `SELECT chain, seq, action, decision, actor->>'username' AS actor, target_id, details
           FROM audit_log
          WHERE action IN ('document.draft', 'document.update', 'document.issue', 'document.disseminate')
            AND decision = 'done'
          ORDER BY chain, seq`,
      );
      const registry = await sql.query<StoreSnapshot['registry'][number]>(
        `SELECT id, registry_number, issued_at, state FROM documents
          WHERE state = 'issued' OR registry_number IS NOT NULL OR issued_at IS NOT NULL`,
      );
      const all = await sql.query<{ id: string }>('SELECT id FROM documents');
      const counters = await sql.query<StoreSnapshot['counters'][number]>(
        'SELECT party, year, last FROM registry_counters ORDER BY party, year',
      );
      const heads = await sql.query<StoreSnapshot['heads'][number]>(
        `SELECT h.chain, h.seq, count(a.seq)::int AS entries, max(a.seq) AS max_seq
           FROM audit_heads h LEFT JOIN audit_log a ON a.chain = h.chain
          GROUP BY h.chain, h.seq ORDER BY h.chain`,
      );
      return {
        documents,
        disseminations,
        documentWrites,
        registry,
        counters,
        allDocumentIds: new Set(all.map((row) => row.id)),
        heads,
        people: new Map(people.map((person) => [person.id, person.username])),
      };
    });
  } finally {
    await database.close();
  }
}
