/** People, their read-ins and offices. */
import { isRole, type Person, type Role } from '../core/person/person.js';
import type { Sql } from './database.js';

interface PersonRow {
  id: string;
  username: string;
  display_name: string;
  title: string;
  party: string;
  clearance: number;
  roles: string[];
  status: 'active' | 'suspended';
  compartments: string[];
  offices: string[];
}

const SELECT_PERSON = `
  SELECT p.id, p.username, p.display_name, p.title, p.party, p.clearance, p.roles, p.status,
         coalesce((SELECT array_agg(r.compartment ORDER BY r.compartment) FROM read_ins r WHERE r.person_id = p.id), '{}') AS compartments,
         coalesce((SELECT array_agg(m.office_id::text ORDER BY m.office_id) FROM office_members m WHERE m.person_id = p.id), '{}') AS offices
    FROM people p`;

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    title: row.title,
    party: row.party,
    clearance: row.clearance,
    roles: row.roles.filter(isRole),
    status: row.status,
    compartments: row.compartments,
    offices: row.offices,
  };
}

export async function findPersonById(sql: Sql, id: string): Promise<Person | undefined> {
  const rows = await sql.query<PersonRow>(`${SELECT_PERSON} WHERE p.id = $1`, [id]);
  return rows[0] && toPerson(rows[0]);
}

export async function findPersonByUsername(sql: Sql, username: string): Promise<Person | undefined> {
  const rows = await sql.query<PersonRow>(`${SELECT_PERSON} WHERE p.username = $1`, [username]);
  return rows[0] && toPerson(rows[0]);
}

export async function findPeopleByUsernames(sql: Sql, usernames: readonly string[]): Promise<Person[]> {
  const rows = await sql.query<PersonRow>(`${SELECT_PERSON} WHERE p.username = ANY($1::text[])`, [usernames]);
  return rows.map(toPerson);
}

export async function findPeopleByIds(sql: Sql, ids: readonly string[]): Promise<Person[]> {
  if (ids.length === 0) return [];
  const rows = await sql.query<PersonRow>(`${SELECT_PERSON} WHERE p.id = ANY($1::uuid[])`, [ids]);
  return rows.map(toPerson);
}

export async function listPeople(sql: Sql): Promise<Person[]> {
  const rows = await sql.query<PersonRow>(`${SELECT_PERSON} ORDER BY p.party, p.username`);
  return rows.map(toPerson);
}

export async function listUsernames(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ username: string }>('SELECT username FROM people');
  return rows.map((row) => row.username);
}

export async function findPasswordHash(
  sql: Sql,
  username: string,
): Promise<{ id: string; hash: string | null } | undefined> {
  const rows = await sql.query<{ id: string; password_hash: string | null }>(
    'SELECT id, password_hash FROM people WHERE username = $1',
    [username],
  );
  return rows[0] && { id: rows[0].id, hash: rows[0].password_hash };
}

export async function insertPerson(
  sql: Sql,
  person: {
    id: string;
    username: string;
    displayName: string;
    title: string;
    party: string;
    clearance: number;
    roles: readonly Role[];
    passwordHash: string;
  },
): Promise<void> {
  await sql.query(
    `INSERT INTO people (id, username, display_name, title, party, clearance, roles, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      person.id,
      person.username,
      person.displayName,
      person.title,
      person.party,
      person.clearance,
      person.roles,
      person.passwordHash,
    ],
  );
}

export async function addReadIn(sql: Sql, personId: string, compartment: string): Promise<boolean> {
  const rows = await sql.query(
    'INSERT INTO read_ins (person_id, compartment) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING person_id',
    [personId, compartment],
  );
  return rows.length > 0;
}

export async function removeReadIn(sql: Sql, personId: string, compartment: string): Promise<boolean> {
  const rows = await sql.query(
    'DELETE FROM read_ins WHERE person_id = $1 AND compartment = $2 RETURNING person_id',
    [personId, compartment],
  );
  return rows.length > 0;
}

export async function setClearance(sql: Sql, personId: string, clearance: number): Promise<boolean> {
  const rows = await sql.query('UPDATE people SET clearance = $2 WHERE id = $1 RETURNING id', [
    personId,
    clearance,
  ]);
  return rows.length > 0;
}

export async function setRoles(sql: Sql, personId: string, roles: readonly Role[]): Promise<void> {
  await sql.query('UPDATE people SET roles = $2 WHERE id = $1', [personId, roles]);
}

export async function setPasswordHash(sql: Sql, personId: string, hash: string): Promise<void> {
  await sql.query('UPDATE people SET password_hash = $2 WHERE id = $1', [personId, hash]);
}

export async function setStatus(
  sql: Sql,
  personId: string,
  status: 'active' | 'suspended',
): Promise<boolean> {
  const rows = await sql.query('UPDATE people SET status = $2 WHERE id = $1 RETURNING id', [
    personId,
    status,
  ]);
  return rows.length > 0;
}

export interface Credentials {
  readonly id: string;
  readonly hash: string | null;
  readonly totpSecret: string | null;
  readonly totpPendingSecret: string | null;
  readonly totpLastStep: number | null;
  readonly lockedUntil: Date | null;
}

export async function findCredentials(sql: Sql, username: string): Promise<Credentials | undefined> {
  const rows = await sql.query<{
    id: string;
    password_hash: string | null;
    totp_secret: string | null;
    totp_pending_secret: string | null;
    totp_last_step: string | number | null;
    locked_until: Date | null;
  }>(
    'SELECT id, password_hash, totp_secret, totp_pending_secret, totp_last_step, locked_until FROM people WHERE username = $1',
    [username],
  );
  const row = rows[0];
  return (
    row && {
      id: row.id,
      hash: row.password_hash,
      totpSecret: row.totp_secret,
      totpPendingSecret: row.totp_pending_secret,
      totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
      lockedUntil: row.locked_until,
    }
  );
}

export async function recordLoginFailure(
  sql: Sql,
  personId: string,
  now: Date,
  threshold: number,
  lockMinutes: number,
): Promise<void> {
  await sql.query('SELECT liaison_login_failed($1, $2, $3, make_interval(mins => $4))', [
    personId,
    now,
    threshold,
    lockMinutes,
  ]);
}

export async function recordLoginSuccess(sql: Sql, personId: string, totpStep: number | null): Promise<void> {
  await sql.query('SELECT liaison_login_succeeded($1, $2)', [personId, totpStep]);
}

/** Sets the second factor of the person in context (no one else's). */
export async function setOwnSecondFactor(
  sql: Sql,
  change: { pending: string | null; secret: string | null; lastStep: number | null },
): Promise<boolean> {
  const rows = await sql.query<{ liaison_set_second_factor: boolean | null }>(
    'SELECT liaison_set_second_factor($1, $2, $3)',
    [change.pending, change.secret, change.lastStep],
  );
  return rows[0]?.liaison_set_second_factor === true;
}
