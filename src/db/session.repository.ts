/** Sessions and API tokens, stored only as SHA-256 hashes of their secrets. */
import type { Sql } from './database.js';

export async function insertSession(
  sql: Sql,
  session: { tokenHash: string; personId: string; expiresAt: Date },
): Promise<void> {
  await sql.query('INSERT INTO sessions (token_hash, person_id, expires_at) VALUES ($1, $2, $3)', [
    session.tokenHash,
    session.personId,
    session.expiresAt,
  ]);
}

/** The session's person, if it exists and has not expired; slides `last_seen_at`. */
export async function touchSession(
  sql: Sql,
  tokenHash: string,
  now: Date,
): Promise<{ personId: string; expiresAt: Date } | undefined> {
  const rows = await sql.query<{ person_id: string; expires_at: Date }>(
    `UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1 AND expires_at > $2 RETURNING person_id, expires_at`,
    [tokenHash, now],
  );
  return rows[0] && { personId: rows[0].person_id, expiresAt: rows[0].expires_at };
}

export async function deleteSession(sql: Sql, tokenHash: string): Promise<void> {
  await sql.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
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
