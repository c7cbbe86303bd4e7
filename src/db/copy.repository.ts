/** Numbered copies and each document's fingerprint (secret key and variation points). */
import type { DistributionTarget } from '../core/document/document.js';
import type { DocumentCopy } from '../core/dissemination/copy.js';
import type { VariationPoint } from '../core/fingerprint/index.js';
import type { Sql } from './database.js';

interface CopyRow {
  id: string;
  document_id: string;
  number: number;
  holder_person: string | null;
  holder_office: string | null;
  holder_party: string | null;
  assigned_to: string | null;
  received_at: Date | null;
  received_by: string | null;
  destroyed_at: Date | null;
  destroyed_by: string | null;
  destruction_note: string | null;
}

const COPY_COLUMNS = `id, document_id, number, holder_person, holder_office, holder_party, assigned_to,
  received_at, received_by, destroyed_at, destroyed_by, destruction_note`;

function toCopy(row: CopyRow): DocumentCopy {
  const holder: DistributionTarget =
    row.holder_person !== null
      ? { kind: 'person', personId: row.holder_person }
      : row.holder_office !== null
        ? { kind: 'office', officeId: row.holder_office }
        : { kind: 'party', party: row.holder_party ?? '' };
  return {
    id: row.id,
    documentId: row.document_id,
    number: row.number,
    holder,
    assignedTo: row.assigned_to,
    receivedAt: row.received_at,
    receivedBy: row.received_by,
    destroyedAt: row.destroyed_at,
    destroyedBy: row.destroyed_by,
    destructionNote: row.destruction_note,
  };
}

/** Makes copies; the database numbers them. Returns their numbers, in order. */
export async function insertCopies(
  sql: Sql,
  copies: readonly { id: string; documentId: string; disseminationId: string; holder: DistributionTarget; createdAt: Date }[],
): Promise<number[]> {
  const numbers: number[] = [];
  for (const copy of copies) {
    const rows = await sql.query<{ number: number }>(
      `INSERT INTO copies (id, document_id, dissemination_id, holder_person, holder_office, holder_party, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING number`,
      [
        copy.id,
        copy.documentId,
        copy.disseminationId,
        copy.holder.kind === 'person' ? copy.holder.personId : null,
        copy.holder.kind === 'office' ? copy.holder.officeId : null,
        copy.holder.kind === 'party' ? copy.holder.party : null,
        copy.createdAt,
      ],
    );
    numbers.push(rows[0]?.number ?? 0);
  }
  return numbers;
}

/** The copies of a document the person in context may see (row-level security decides which). */
export async function listCopies(sql: Sql, documentId: string): Promise<DocumentCopy[]> {
  const rows = await sql.query<CopyRow>(`SELECT ${COPY_COLUMNS} FROM copies WHERE document_id = $1 ORDER BY number`, [documentId]);
  return rows.map(toCopy);
}

export async function findCopy(sql: Sql, id: string): Promise<DocumentCopy | undefined> {
  const rows = await sql.query<CopyRow>(`SELECT ${COPY_COLUMNS} FROM copies WHERE id = $1`, [id]);
  return rows[0] && toCopy(rows[0]);
}

/** How many copies a document has (its "of"), whoever is asking, for a document they can read. */
export async function countCopies(sql: Sql, documentId: string): Promise<number> {
  const rows = await sql.query<{ copy_count: number }>('SELECT copy_count FROM documents WHERE id = $1', [documentId]);
  return rows[0]?.copy_count ?? 0;
}

export async function takeCopy(sql: Sql, copyId: string, personId: string): Promise<boolean> {
  const rows = await sql.query('UPDATE copies SET assigned_to = $2 WHERE id = $1 AND assigned_to IS NULL RETURNING id', [copyId, personId]);
  return rows.length > 0;
}

export async function recordReceipt(sql: Sql, copyId: string, personId: string, at: Date): Promise<boolean> {
  const rows = await sql.query(
    'UPDATE copies SET received_at = $3, received_by = $2 WHERE id = $1 AND received_at IS NULL RETURNING id',
    [copyId, personId, at],
  );
  return rows.length > 0;
}

export async function recordDestruction(sql: Sql, copyId: string, personId: string, at: Date, note: string): Promise<boolean> {
  const rows = await sql.query(
    `UPDATE copies SET destroyed_at = $3, destroyed_by = $2, destruction_note = $4
      WHERE id = $1 AND destroyed_at IS NULL RETURNING id`,
    [copyId, personId, at, note],
  );
  return rows.length > 0;
}

export interface Fingerprint {
  readonly key: Uint8Array;
  readonly points: VariationPoint[];
  readonly excluded: readonly string[];
}

export async function insertFingerprint(sql: Sql, documentId: string, fingerprint: Fingerprint): Promise<void> {
  await sql.query('INSERT INTO document_fingerprints (document_id, key, points, excluded) VALUES ($1, $2, $3, $4)', [
    documentId,
    fingerprint.key,
    JSON.stringify(fingerprint.points),
    fingerprint.excluded,
  ]);
}

export async function updateFingerprint(
  sql: Sql,
  documentId: string,
  change: { points?: VariationPoint[]; excluded: readonly string[]; at: Date },
): Promise<void> {
  await sql.query(
    `UPDATE document_fingerprints SET points = coalesce($2::jsonb, points), excluded = $3, updated_at = $4 WHERE document_id = $1`,
    [documentId, change.points === undefined ? null : JSON.stringify(change.points), change.excluded, change.at],
  );
}

export async function findFingerprint(sql: Sql, documentId: string): Promise<Fingerprint | undefined> {
  const rows = await sql.query<{ key: Uint8Array; points: VariationPoint[]; excluded: string[] }>(
    'SELECT key, points, excluded FROM document_fingerprints WHERE document_id = $1',
    [documentId],
  );
  const row = rows[0];
  return row && { key: new Uint8Array(row.key), points: row.points, excluded: row.excluded };
}
