/** Translations of documents; row-level security shows them with their document, to its readers. */
import type { Sql } from './database.js';

export interface TranslationRecord {
  readonly id: string;
  readonly documentId: string;
  readonly language: string;
  readonly originalLanguage: string;
  readonly title: string;
  readonly body: string;
  readonly translatorId: string;
  readonly createdAt: Date;
}

export async function insertTranslation(sql: Sql, translation: TranslationRecord): Promise<void> {
  await sql.query(
    `INSERT INTO document_translations (id, document_id, language, original_language, title, body, translator_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      translation.id,
      translation.documentId,
      translation.language,
      translation.originalLanguage,
      translation.title,
      translation.body,
      translation.translatorId,
      translation.createdAt,
    ],
  );
}

export async function listTranslations(
  sql: Sql,
  documentIds: readonly string[],
): Promise<TranslationRecord[]> {
  if (documentIds.length === 0) return [];
  const rows = await sql.query<{
    id: string;
    document_id: string;
    language: string;
    original_language: string;
    title: string;
    body: string;
    translator_id: string;
    created_at: Date;
  }>(
    `SELECT id, document_id, language, original_language, title, body, translator_id, created_at
       FROM document_translations WHERE document_id = ANY($1::uuid[]) ORDER BY document_id, language`,
    [documentIds],
  );
  return rows.map((row) => ({
    id: row.id,
    documentId: row.document_id,
    language: row.language,
    originalLanguage: row.original_language,
    title: row.title,
    body: row.body,
    translatorId: row.translator_id,
    createdAt: row.created_at,
  }));
}
