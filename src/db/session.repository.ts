/** Sessions and API tokens, stored only as SHA-256 hashes of their secrets. */
import type { Sql } from './database.js';

export async function insertSession(
  sql: Sql,
  session: { tokenHash: string; personId: string; expiresAt: Date; authenticatedAt: Date },
): Promise<void> {
  await sql.query(
    `INSERT INTO sessions (token_hash, person_id, expires_at, authenticated_at, created_at, last_seen_at)
     VALUES ($1, $2, $3, $4, $4, $4)`,
    [session.tokenHash, session.personId, session.expiresAt, session.authenticatedAt],
  );
}

export interface ActiveSession {
  readonly personId: string;
  readonly expiresAt: Date;
  readonly authenticatedAt: Date;
}

/** The session's person, if it exists and has not expired; slides `last_seen_at`. */
export async function touchSession(
  sql: Sql,
  tokenHash: string,
  now: Date,
): Promise<ActiveSession | undefined> {
  const rows = await sql.query<{ person_id: string; expires_at: Date; authenticated_at: Date }>(
    `UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1 AND expires_at > $2
     RETURNING person_id, expires_at, authenticated_at`,
    [tokenHash, now],
  );
  const row = rows[0];
  return row && { personId: row.person_id, expiresAt: row.expires_at, authenticatedAt: row.authenticated_at };
}

export async function markReauthenticated(sql: Sql, tokenHash: string, at: Date): Promise<boolean> {
  const rows = await sql.query(
    'UPDATE sessions SET authenticated_at = $2 WHERE token_hash = $1 RETURNING person_id',
    [tokenHash, at],
  );
  return rows.length > 0;
}

export async function deleteSession(sql: Sql, tokenHash: string): Promise<void> {
  await sql.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

/** Ends every session and token of a person (suspension). */
export async function endAllSessions(sql: Sql, personId: string, at: Date): Promise<void> {
  await sql.query('DELETE FROM sessions WHERE person_id = $1', [personId]);
  await sql.query('UPDATE api_tokens SET revoked_at = $2 WHERE person_id = $1 AND revoked_at IS NULL', [
    personId,
    at,
  ]);
}

export async function deleteExpiredSessions(sql: Sql, now: Date): Promise<void> {
  await sql.query('DELETE FROM sessions WHERE expires_at <= $1', [now]);
}

export async function insertApiToken(
  sql: Sql,
  token: { id: string; personId: string; name: string; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await sql.query(
    'INSERT INTO api_tokens (id, person_id, name, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)',
    [token.id, token.personId, token.name, token.tokenHash, token.expiresAt],
  );
}

export async function findApiToken(
  sql: Sql,
  tokenHash: string,
  now: Date,
): Promise<{ personId: string } | undefined> {
  const rows = await sql.query<{ person_id: string }>(
    'SELECT person_id FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2',
    [tokenHash, now],
  );
  return rows[0] && { personId: rows[0].person_id };
}
