/**
 * Documents and their distribution. Reads take the reader's scope from the policy module and filter by
 * it in SQL; row-level security filters again underneath, whatever this file says.
 */
import type {
  DistributionEntry,
  DocumentFields,
  DocumentKind,
  LiaisonDocument,
  RecallNotice,
} from '../core/document/document.js';
import type { Marking } from '../core/marking/marking.js';
import { parseMarking } from '../core/marking/marking.parse.js';
import type { ClassificationScheme } from '../core/marking/scheme.js';
import type { ReadScope } from '../core/policy/policy.js';
import type { Sql } from './database.js';

interface DocumentRow {
  id: string;
  kind: DocumentKind;
  state: 'draft' | 'issued';
  title: string;
  body: string;
  fields: DocumentFields;
  dated: string;
  reference: string;
  originator: string;
  drafter_id: string;
  banner: string;
  personal_for: string[];
  negotiating_offices: string[];
  registry_number: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  issued_at: Date | null;
  recalled_at: Date | null;
  recalled_by: string | null;
  recall_reason: string | null;
}

interface DisseminationRow {
  document_id: string;
  person_id: string | null;
  office_id: string | null;
  party: string | null;
  copies: number;
}

const DOCUMENT_COLUMNS = `d.id, d.kind, d.state, d.title, d.body, d.fields, d.dated, d.reference, d.originator,
  d.drafter_id, d.banner, d.personal_for::text[] AS personal_for, d.negotiating_offices::text[] AS negotiating_offices,
  d.registry_number, d.version, d.created_at, d.updated_at, d.issued_at, d.recalled_at, d.recalled_by, d.recall_reason`;

/** Columns that follow from the marking, for row-level security and the explicit filter. */
function markingColumns(marking: Marking) {
  return {
    level: marking.level,
    compartments: marking.compartments,
    releasability: marking.releasability.kind,
    relTo: marking.releasability.kind === 'rel-to' ? marking.releasability.parties : [],
    orcon: marking.orcon,
    embargo: marking.embargoUntilAgreed,
  };
}

export interface NewDocument {
  readonly id: string;
  readonly kind: DocumentKind;
  readonly title: string;
  readonly body: string;
  readonly fields: DocumentFields;
  readonly dated: string;
  readonly reference: string;
  readonly originator: string;
  readonly drafterId: string;
  readonly marking: Marking;
  readonly banner: string;
  readonly personalFor: readonly string[];
  readonly negotiatingOffices: readonly string[];
  readonly createdAt: Date;
}

export async function insertDocument(sql: Sql, document: NewDocument): Promise<void> {
  const marking = markingColumns(document.marking);
  await sql.query(
    `INSERT INTO documents (id, kind, title, body, fields, dated, reference, originator, drafter_id, banner, level,
       compartments, releasability, rel_to, orcon, personal_for, embargo, negotiating_offices, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19)`,
    [
      document.id,
      document.kind,
      document.title,
      document.body,
      JSON.stringify(document.fields),
      document.dated,
      document.reference,
      document.originator,
      document.drafterId,
      document.banner,
      marking.level,
      marking.compartments,
      marking.releasability,
      marking.relTo,
      marking.orcon,
      document.personalFor,
      marking.embargo,
      document.negotiatingOffices,
      document.createdAt,
    ],
  );
}

/** Saves a new version of a draft; false when the draft is not at `expectedVersion` (or is not the caller's). */
export async function updateDraft(
  sql: Sql,
  document: Omit<NewDocument, 'originator' | 'drafterId' | 'createdAt'> & {
    expectedVersion: number;
    updatedAt: Date;
  },
): Promise<boolean> {
  const marking = markingColumns(document.marking);
  const rows = await sql.query(
    `UPDATE documents SET kind = $2, title = $3, body = $4, fields = $5, dated = $6, reference = $7, banner = $8,
       level = $9, compartments = $10, releasability = $11, rel_to = $12, orcon = $13, personal_for = $14,
       embargo = $15, negotiating_offices = $16, version = version + 1, updated_at = $18
     WHERE id = $1 AND state = 'draft' AND version = $17 RETURNING id`,
    [
      document.id,
      document.kind,
      document.title,
      document.body,
      JSON.stringify(document.fields),
      document.dated,
      document.reference,
      document.banner,
      marking.level,
      marking.compartments,
      marking.releasability,
      marking.relTo,
      marking.orcon,
      document.personalFor,
      marking.embargo,
      document.negotiatingOffices,
      document.expectedVersion,
      document.updatedAt,
    ],
  );
  return rows.length > 0;
}

export async function markIssued(
  sql: Sql,
  change: { id: string; registryNumber: string; issuedAt: Date },
): Promise<boolean> {
  const rows = await sql.query(
    `UPDATE documents SET state = 'issued', registry_number = $2, issued_at = $3, updated_at = $3
      WHERE id = $1 AND state = 'draft' RETURNING id`,
    [change.id, change.registryNumber, change.issuedAt],
  );
  return rows.length > 0;
}

/** The next registry number of a party for a year: USA-1944-0007. */
export async function nextRegistryNumber(sql: Sql, party: string, year: number): Promise<string> {
  const rows = await sql.query<{ last: number }>(
    `INSERT INTO registry_counters (party, year, last) VALUES ($1, $2, 1)
     ON CONFLICT (party, year) DO UPDATE SET last = registry_counters.last + 1 RETURNING last`,
    [party, year],
  );
  return `${party}-${year}-${String(rows[0]?.last ?? 1).padStart(4, '0')}`;
}

export async function insertDisseminations(
  sql: Sql,
  documentId: string,
  entries: readonly (DistributionEntry & { id: string })[],
  by: { personId: string; at: Date },
): Promise<void> {
  const positions = await sql.query<{ next: number }>(
    'SELECT coalesce(max(position), 0) + 1 AS next FROM disseminations WHERE document_id = $1',
    [documentId],
  );
  let position = positions[0]?.next ?? 1;
  for (const entry of entries) {
    const target = entry.target;
    await sql.query(
      `INSERT INTO disseminations (id, document_id, position, person_id, office_id, party, copies, disseminated_by, disseminated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        entry.id,
        documentId,
        position++,
        target.kind === 'person' ? target.personId : null,
        target.kind === 'office' ? target.officeId : null,
        target.kind === 'party' ? target.party : null,
        entry.copies,
        by.personId,
        by.at,
      ],
    );
  }
}

export async function deleteDraftDisseminations(sql: Sql, documentId: string): Promise<void> {
  await sql.query('DELETE FROM disseminations WHERE document_id = $1', [documentId]);
}

export async function findDocument(
  sql: Sql,
  id: string,
  scheme: ClassificationScheme,
): Promise<LiaisonDocument | undefined> {
  const rows = await sql.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = $1`, [
    id,
  ]);
  if (!rows[0]) return undefined;
  const distribution = await loadDistributions(sql, [id]);
  return toDocument(rows[0], distribution.get(id) ?? [], scheme);
}

/** A reader's filter in SQL: the policy module's scope, rule by rule (row-level security repeats it). */
function scopeCondition(scope: ReadScope, params: unknown[]): string {
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const person = bind(scope.personId);
  const party = bind(scope.party);
  return `(d.level <= ${bind(scope.clearance)}
    AND d.compartments <@ ${bind(scope.compartments)}::text[]
    AND (d.originator = ${party} OR d.releasability = 'coalition' OR (d.releasability = 'rel-to' AND ${party} = ANY (d.rel_to)))
    AND (cardinality(d.personal_for) = 0 OR ${person}::uuid = ANY (d.personal_for) OR d.drafter_id = ${person}::uuid
         OR (d.originator = ${party} AND ${bind(scope.isRegistryClerk)}::boolean))
    AND (NOT d.embargo OR d.negotiating_offices && ${bind(scope.offices)}::uuid[])
    AND d.audience && ${bind(scope.audience)}::text[])`;
}

export interface ListOptions {
  readonly limit: number;
  readonly state?: 'draft' | 'issued';
  /** Keyset cursor: rows strictly older than this one. */
  readonly before?: { readonly sortAt: Date; readonly id: string };
}

export async function listReadable(
  sql: Sql,
  scope: ReadScope,
  options: ListOptions,
  scheme: ClassificationScheme,
): Promise<{ document: LiaisonDocument; sortAt: Date }[]> {
  const params: unknown[] = [];
  const conditions = [scopeCondition(scope, params)];
  if (options.state) {
    params.push(options.state);
    conditions.push(`d.state = $${params.length}`);
  }
  if (options.before) {
    params.push(options.before.sortAt, options.before.id);
    conditions.push(`(d.sort_at, d.id) < ($${params.length - 1}, $${params.length}::uuid)`);
  }
  params.push(options.limit);
  const rows = await sql.query<DocumentRow & { sort_at: Date }>(
    `SELECT ${DOCUMENT_COLUMNS}, d.sort_at FROM documents d
      WHERE ${conditions.join(' AND ')}
      ORDER BY d.sort_at DESC, d.id DESC
      LIMIT $${params.length}`,
    params,
  );
  const distributions = await loadDistributions(
    sql,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    document: toDocument(row, distributions.get(row.id) ?? [], scheme),
    sortAt: row.sort_at,
  }));
}

export interface SearchHit {
  readonly document: LiaisonDocument;
  readonly rank: number;
  readonly snippet: string;
}

/**
 * Full-text search within what the reader may read. Ranking is bounded: the newest `candidateCap`
 * readable matches are ranked, not every match, and only the best `limit` of them get a snippet.
 *
 * How the candidates are found depends on how common the query is (measured in bench/search.bench.ts,
 * 100,000 documents on PGlite). Under row-level security the planner believes almost no row is
 * readable, so left alone it always collects every match through the GIN index and sorts them by date:
 * right for rare words, but a word found in half the documents then costs tens of thousands of row
 * visits. For such words walking `documents_recent` newest first and stopping at `candidateCap`
 * readable matches is several times cheaper. The planner's own estimate of the matches (from ANALYZE's
 * statistics, `EXPLAIN`) decides; the walk is then forced for that one statement with `enable_*scan`,
 * put back right after. Either way the candidates are the same: the newest readable matches.
 *
 * The distribution lists of the hits are read in the same statement, one index lookup per hit: read on
 * their own (`loadDistributions`), the planner hashes the disseminations policy's EXISTS over every
 * document the reader may read (about 130 ms at 100,000 documents on PGlite).
 */
export async function searchReadable(
  sql: Sql,
  scope: ReadScope,
  query: string,
  options: { limit: number; candidateCap: number },
  scheme: ClassificationScheme,
): Promise<SearchHit[]> {
  // Walking newest first visits about cap / (share of rows that are readable matches) rows; collecting
  // every match visits about every match the reader may hold. With a reader who may read a third of
  // the documents (a typical coalition reader) and a walked row costing half a collected one, the walk
  // wins from about sqrt(4.5 * cap * documents) matches: 15,000 of 100,000 documents for a cap of 500.
  const [plan] = await sql.query<{ 'QUERY PLAN': unknown }>(
    `EXPLAIN (FORMAT JSON) SELECT 1 FROM documents d WHERE d.search @@ websearch_to_tsquery('english', $1)`,
    [query],
  );
  const [table] = await sql.query<{ rows: number; bitmap: string; seq: string }>(
    `SELECT reltuples::float8 AS rows, current_setting('enable_bitmapscan') AS bitmap,
            current_setting('enable_seqscan') AS seq
       FROM pg_class WHERE oid = 'documents'::regclass`,
  );
  // The planner's estimate of the matches: the most rows of any plan node testing `search @@ ...` (the
  // GIN index scan; the nodes above it count the row-level security filter in, and think it leaves 1).
  const estimate = (node: unknown): number | undefined => {
    if (typeof node !== 'object' || node === null) return undefined;
    const fields = node as Record<string, unknown>;
    const tests = ['Index Cond', 'Recheck Cond', 'Filter'].some((key) => {
      const condition = fields[key];
      return typeof condition === 'string' && condition.includes('@@');
    });
    let found = tests && typeof fields['Plan Rows'] === 'number' ? fields['Plan Rows'] : undefined;
    for (const child of Array.isArray(fields.Plans) ? (fields.Plans as unknown[]) : []) {
      const below = estimate(child);
      if (below !== undefined && (found === undefined || below > found)) found = below;
    }
    return found;
  };
  const plans = plan?.['QUERY PLAN'];
  const matches = Array.isArray(plans)
    ? estimate((plans[0] as { Plan?: unknown } | undefined)?.Plan)
    : undefined;
  const documents = table?.rows ?? -1;
  const walk =
    matches !== undefined && documents > 0 && matches >= Math.sqrt(4.5 * options.candidateCap * documents);

  const params: unknown[] = [query];
  const condition = scopeCondition(scope, params);
  params.push(options.candidateCap, options.limit);
  if (walk)
    await sql.query(
      `SELECT set_config('enable_bitmapscan', 'off', true), set_config('enable_seqscan', 'off', true)`,
    );
  const rows = await sql.query<
    DocumentRow & {
      rank: number;
      snippet: string;
      distribution: Omit<DisseminationRow, 'document_id'>[] | null;
    }
  >(
    `WITH query AS (SELECT websearch_to_tsquery('english', $1) AS q),
     candidates AS (
       SELECT d.id, d.search, d.sort_at FROM documents d
        WHERE d.search @@ (SELECT q FROM query) AND ${condition}
        ORDER BY d.sort_at DESC
        LIMIT $${params.length - 1}),
     ranked AS (
       SELECT c.id, ts_rank_cd(c.search, query.q) AS rank, c.sort_at FROM candidates c, query
        ORDER BY rank DESC, c.sort_at DESC
        LIMIT $${params.length})
     SELECT ${DOCUMENT_COLUMNS}, r.rank,
            ts_headline('english', left(d.body, 20000), query.q,
                        'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter= … ') AS snippet,
            x.distribution
       FROM ranked r JOIN documents d ON d.id = r.id CROSS JOIN query
       LEFT JOIN LATERAL (
         SELECT json_agg(json_build_object('person_id', x.person_id, 'office_id', x.office_id, 'party', x.party,
                                           'copies', x.copies) ORDER BY x.position) AS distribution
           FROM disseminations x WHERE x.document_id = r.id) x ON true
      ORDER BY r.rank DESC, r.sort_at DESC`,
    params,
  );
  // Only on success: a failed statement has aborted the transaction, which undoes SET LOCAL anyway.
  if (walk)
    await sql.query(
      `SELECT set_config('enable_bitmapscan', $1, true), set_config('enable_seqscan', $2, true)`,
      [table?.bitmap ?? 'on', table?.seq ?? 'on'],
    );
  return rows.map((row) => ({
    document: toDocument(
      row,
      (row.distribution ?? []).map((entry) => ({
        target: toTarget({ ...entry, document_id: row.id }),
        copies: entry.copies,
      })),
      scheme,
    ),
    rank: row.rank,
    snippet: row.snippet,
  }));
}

async function loadDistributions(
  sql: Sql,
  ids: readonly string[],
): Promise<Map<string, DistributionEntry[]>> {
  const byDocument = new Map<string, DistributionEntry[]>();
  if (ids.length === 0) return byDocument;
  const rows = await sql.query<DisseminationRow>(
    `SELECT document_id, person_id, office_id, party, copies FROM disseminations
      WHERE document_id = ANY($1::uuid[]) ORDER BY document_id, position`,
    [ids],
  );
  for (const row of rows) {
    const entries = byDocument.get(row.document_id) ?? [];
    entries.push({ target: toTarget(row), copies: row.copies });
    byDocument.set(row.document_id, entries);
  }
  return byDocument;
}

function toTarget(row: DisseminationRow): DistributionEntry['target'] {
  if (row.person_id !== null) return { kind: 'person', personId: row.person_id };
  if (row.office_id !== null) return { kind: 'office', officeId: row.office_id };
  return { kind: 'party', party: row.party ?? '' };
}

function toDocument(
  row: DocumentRow,
  distribution: DistributionEntry[],
  scheme: ClassificationScheme,
): LiaisonDocument {
  const marking = parseMarking(row.banner, scheme, { party: row.originator });
  if (!marking.ok)
    throw new Error(`stored banner of document ${row.id} no longer parses: ${marking.message}`);
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    title: row.title,
    body: row.body,
    fields: row.fields,
    dated: row.dated,
    reference: row.reference,
    originator: row.originator,
    drafterId: row.drafter_id,
    marking: marking.value,
    banner: row.banner,
    personalFor: row.personal_for,
    negotiatingOffices: row.negotiating_offices,
    registryNumber: row.registry_number,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    issuedAt: row.issued_at,
    recall:
      row.recalled_at === null || row.recalled_by === null
        ? null
        : { at: row.recalled_at, by: row.recalled_by, reason: row.recall_reason ?? '' },
    distribution,
  };
}

export async function markRecalled(
  sql: Sql,
  change: { id: string; by: string; reason: string; at: Date },
): Promise<boolean> {
  const rows = await sql.query(
    `UPDATE documents SET recalled_at = $3, recalled_by = $2, recall_reason = $4
      WHERE id = $1 AND state = 'issued' AND recalled_at IS NULL RETURNING id`,
    [change.id, change.by, change.at, change.reason],
  );
  return rows.length > 0;
}

/** The recalls the person in context is told of: documents they could read before they were recalled. */
export async function listRecallNotices(sql: Sql, documentId?: string): Promise<RecallNotice[]> {
  const rows = await sql.query<{
    document_id: string;
    registry_number: string | null;
    title: string;
    banner: string;
    recalled_at: Date;
    recall_reason: string | null;
  }>(
    `SELECT document_id, registry_number, title, banner, recalled_at, recall_reason FROM liaison_recall_notices()
      WHERE $1::uuid IS NULL OR document_id = $1::uuid ORDER BY recalled_at DESC`,
    [documentId ?? null],
  );
  return rows.map((row) => ({
    documentId: row.document_id,
    registryNumber: row.registry_number,
    title: row.title,
    banner: row.banner,
    recalledAt: row.recalled_at,
    reason: row.recall_reason ?? '',
  }));
}

/** The distribution's rows with their ids, for numbering copies. */
export async function listDisseminationRows(
  sql: Sql,
  documentId: string,
): Promise<{ id: string; entry: DistributionEntry }[]> {
  const rows = await sql.query<DisseminationRow & { id: string }>(
    `SELECT id, document_id, person_id, office_id, party, copies FROM disseminations WHERE document_id = $1 ORDER BY position`,
    [documentId],
  );
  return rows.map((row) => ({ id: row.id, entry: { target: toTarget(row), copies: row.copies } }));
}
