/** Offices (an embassy, a military mission, a negotiating delegation) and who belongs to them. */
import type { Sql } from './database.js';

export interface Office {
  readonly id: string;
  readonly party: string;
  readonly name: string;
  readonly kind: 'office' | 'delegation';
  readonly members: readonly string[];
}

interface OfficeRow {
  id: string;
  party: string;
  name: string;
  kind: 'office' | 'delegation';
  members: string[];
}

const SELECT_OFFICE = `
  SELECT o.id, o.party, o.name, o.kind,
         coalesce((SELECT array_agg(m.person_id::text ORDER BY m.person_id) FROM office_members m WHERE m.office_id = o.id), '{}') AS members
    FROM offices o`;

export async function listOffices(sql: Sql): Promise<Office[]> {
  return sql.query<OfficeRow>(`${SELECT_OFFICE} ORDER BY o.party, o.name`);
}

export async function findOfficesByIds(sql: Sql, ids: readonly string[]): Promise<Office[]> {
  if (ids.length === 0) return [];
  return sql.query<OfficeRow>(`${SELECT_OFFICE} WHERE o.id = ANY($1::uuid[])`, [ids]);
}

export async function insertOffice(sql: Sql, office: Omit<Office, 'members'>): Promise<void> {
  await sql.query('INSERT INTO offices (id, party, name, kind) VALUES ($1, $2, $3, $4)', [
    office.id,
    office.party,
    office.name,
    office.kind,
  ]);
}

export async function addOfficeMember(sql: Sql, officeId: string, personId: string): Promise<void> {
  await sql.query(
    'INSERT INTO office_members (office_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
    [officeId, personId],
  );
}
