/**
 * Negotiated texts (minutes, recommendations, proposals): their versions, each a document; the parties'
 * consents to a version; the issued text; and the chiefs' responses to a recommendation. A text and its
 * versions are seen through their documents' row-level security, so an embargoed version exists only
 * for the negotiating delegations.
 */
import type { CommitteeTextKind, VersionKind } from '../core/committee/committee-text.js';
import type { NegotiationState } from '../core/committee/negotiated-text.js';
import type { RecommendationResponse } from '../core/committee/recommendation.js';
import type { Sql } from './database.js';

export interface TextVersionRecord {
  readonly version: number;
  readonly documentId: string;
  readonly authorId: string;
  readonly party: string;
  readonly kind: VersionKind;
  readonly note: string;
  readonly createdAt: Date;
}

export interface TextRecord {
  readonly id: string;
  readonly committeeId: string;
  readonly kind: CommitteeTextKind;
  readonly meetingId: string | null;
  readonly state: NegotiationState;
  readonly currentVersion: number;
  readonly issuedDocumentId: string | null;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** The versions the person in context may read. */
  readonly versions: readonly TextVersionRecord[];
  readonly consents: readonly { version: number; party: string; personId: string; at: Date }[];
  readonly responses: readonly {
    party: string;
    personId: string;
    response: RecommendationResponse;
    comment: string;
    at: Date;
  }[];
}

export async function insertText(
  sql: Sql,
  text: {
    id: string;
    committeeId: string;
    kind: CommitteeTextKind;
    meetingId: string | null;
    createdBy: string;
    at: Date;
  },
): Promise<void> {
  await sql.query(
    `INSERT INTO committee_texts (id, committee_id, kind, meeting_id, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6)`,
    [text.id, text.committeeId, text.kind, text.meetingId, text.createdBy, text.at],
  );
}

export async function insertTextVersion(sql: Sql, textId: string, version: TextVersionRecord): Promise<void> {
  await sql.query(
    `INSERT INTO committee_text_versions (text_id, version, document_id, author_id, party, kind, note, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      textId,
      version.version,
      version.documentId,
      version.authorId,
      version.party,
      version.kind,
      version.note,
      version.createdAt,
    ],
  );
}

/** Moves the text to a new current version; false if another request moved it first. */
export async function advanceText(sql: Sql, textId: string, from: number, at: Date): Promise<boolean> {
  const rows = await sql.query(
    `UPDATE committee_texts SET current_version = $2 + 1, updated_at = $3
      WHERE id = $1 AND current_version = $2 AND state = 'open' RETURNING id`,
    [textId, from, at],
  );
  return rows.length > 0;
}

export async function insertConsent(
  sql: Sql,
  consent: { textId: string; version: number; party: string; personId: string; at: Date },
): Promise<void> {
  await sql.query(
    `INSERT INTO committee_text_consents (text_id, version, party, person_id, consented_at) VALUES ($1, $2, $3, $4, $5)`,
    [consent.textId, consent.version, consent.party, consent.personId, consent.at],
  );
}

/** Every party agreed the current version: the text is agreed and its issued document recorded. */
export async function markAgreed(
  sql: Sql,
  textId: string,
  version: number,
  issuedDocumentId: string,
  at: Date,
): Promise<boolean> {
  const rows = await sql.query(
    `UPDATE committee_texts SET state = 'agreed', issued_document_id = $3, updated_at = $4
      WHERE id = $1 AND current_version = $2 AND state = 'open' RETURNING id`,
    [textId, version, issuedDocumentId, at],
  );
  return rows.length > 0;
}

export async function insertResponse(
  sql: Sql,
  response: {
    textId: string;
    party: string;
    personId: string;
    response: RecommendationResponse;
    comment: string;
    at: Date;
  },
): Promise<void> {
  await sql.query(
    `INSERT INTO committee_responses (text_id, party, person_id, response, comment, responded_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [response.textId, response.party, response.personId, response.response, response.comment, response.at],
  );
}

interface TextRow {
  id: string;
  committee_id: string;
  kind: CommitteeTextKind;
  meeting_id: string | null;
  state: NegotiationState;
  current_version: number;
  issued_document_id: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

const TEXT_COLUMNS = `id, committee_id, kind, meeting_id, state, current_version, issued_document_id, created_by,
  created_at, updated_at`;

export async function listTexts(
  sql: Sql,
  committeeId: string,
  filter: { kind?: CommitteeTextKind; meetingId?: string } = {},
): Promise<TextRecord[]> {
  const params: unknown[] = [committeeId];
  const conditions = ['committee_id = $1'];
  if (filter.kind !== undefined) {
    params.push(filter.kind);
    conditions.push(`kind = $${params.length}`);
  }
  if (filter.meetingId !== undefined) {
    params.push(filter.meetingId);
    conditions.push(`meeting_id = $${params.length}`);
  }
  const rows = await sql.query<TextRow>(
    `SELECT ${TEXT_COLUMNS} FROM committee_texts WHERE ${conditions.join(' AND ')} ORDER BY created_at, id`,
    params,
  );
  return toTexts(sql, rows);
}

export async function findText(sql: Sql, committeeId: string, id: string): Promise<TextRecord | undefined> {
  const rows = await sql.query<TextRow>(
    `SELECT ${TEXT_COLUMNS} FROM committee_texts WHERE committee_id = $1 AND id = $2`,
    [committeeId, id],
  );
  return (await toTexts(sql, rows))[0];
}

async function toTexts(sql: Sql, rows: readonly TextRow[]): Promise<TextRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const versions = await sql.query<{
    text_id: string;
    version: number;
    document_id: string;
    author_id: string;
    party: string;
    kind: VersionKind;
    note: string;
    created_at: Date;
  }>(
    `SELECT text_id, version, document_id, author_id, party, kind, note, created_at FROM committee_text_versions
      WHERE text_id = ANY($1::uuid[]) ORDER BY text_id, version`,
    [ids],
  );
  const consents = await sql.query<{
    text_id: string;
    version: number;
    party: string;
    person_id: string;
    consented_at: Date;
  }>(
    `SELECT text_id, version, party, person_id, consented_at FROM committee_text_consents
      WHERE text_id = ANY($1::uuid[]) ORDER BY consented_at, party`,
    [ids],
  );
  const responses = await sql.query<{
    text_id: string;
    party: string;
    person_id: string;
    response: RecommendationResponse;
    comment: string;
    responded_at: Date;
  }>(
    `SELECT text_id, party, person_id, response, comment, responded_at FROM committee_responses
      WHERE text_id = ANY($1::uuid[]) ORDER BY responded_at, party`,
    [ids],
  );
  return rows.map((row) => ({
    id: row.id,
    committeeId: row.committee_id,
    kind: row.kind,
    meetingId: row.meeting_id,
    state: row.state,
    currentVersion: row.current_version,
    issuedDocumentId: row.issued_document_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    versions: versions
      .filter((version) => version.text_id === row.id)
      .map((version) => ({
        version: version.version,
        documentId: version.document_id,
        authorId: version.author_id,
        party: version.party,
        kind: version.kind,
        note: version.note,
        createdAt: version.created_at,
      })),
    consents: consents
      .filter((consent) => consent.text_id === row.id)
      .map((consent) => ({
        version: consent.version,
        party: consent.party,
        personId: consent.person_id,
        at: consent.consented_at,
      })),
    responses: responses
      .filter((response) => response.text_id === row.id)
      .map((response) => ({
        party: response.party,
        personId: response.person_id,
        response: response.response,
        comment: response.comment,
        at: response.responded_at,
      })),
  }));
}
