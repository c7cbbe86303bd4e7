/**
 * Committees and their charters. Each charter version is stored with its parties, participants and
 * reserved matters; approvals are per party; bringing a version into force is the database's own
 * function, which checks the approvals again and keeps the delegation offices in step. Row-level
 * security shows a committee only to those it concerns.
 */
import type { Charter, CharterStatus, CommitteeRole } from '../core/committee/committee.js';
import type { Sql } from './database.js';

export interface CharterVersion {
  readonly version: number;
  readonly status: CharterStatus;
  readonly charter: Charter;
  readonly note: string;
  readonly proposedBy: string;
  readonly proposedAt: Date;
  readonly inForceAt: Date | null;
  /** Party -> who approved it for that party, and when. */
  readonly approvals: ReadonlyMap<string, { readonly personId: string; readonly at: Date }>;
}

export interface CommitteeRecord {
  readonly id: string;
  readonly createdBy: string;
  readonly createdAt: Date;
  /** The version in force, 0 while the first awaits approval. */
  readonly charterVersion: number;
  readonly versions: readonly CharterVersion[];
  /** Party -> its delegation office. */
  readonly delegations: ReadonlyMap<string, string>;
}

export async function insertCommittee(
  sql: Sql,
  committee: { id: string; createdBy: string; createdAt: Date },
): Promise<void> {
  await sql.query('INSERT INTO committees (id, created_by, created_at) VALUES ($1, $2, $3)', [
    committee.id,
    committee.createdBy,
    committee.createdAt,
  ]);
}

export async function insertCharterVersion(
  sql: Sql,
  committeeId: string,
  version: number,
  charter: Charter,
  meta: { note: string; proposedBy: string; proposedAt: Date },
): Promise<void> {
  await sql.query(
    `INSERT INTO committee_charters (committee_id, version, name, remit, powers, place, working_level, note, proposed_by, proposed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      committeeId,
      version,
      charter.name,
      charter.remit,
      charter.powers,
      charter.place,
      charter.workingLevel,
      meta.note,
      meta.proposedBy,
      meta.proposedAt,
    ],
  );
  for (const [position, entry] of charter.parties.entries())
    await sql.query(
      `INSERT INTO committee_charter_parties (committee_id, version, party, position, chiefs_office_id)
       VALUES ($1, $2, $3, $4, $5)`,
      [committeeId, version, entry.party, position, entry.chiefsOfficeId],
    );
  for (const entry of charter.participants)
    await sql.query(
      `INSERT INTO committee_charter_participants (committee_id, version, person_id, party, role)
       VALUES ($1, $2, $3, $4, $5)`,
      [committeeId, version, entry.personId, entry.party, entry.role],
    );
  for (const [position, matter] of charter.reservedMatters.entries())
    await sql.query(
      `INSERT INTO committee_reserved_matters (committee_id, version, position, topic, body, terms)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [committeeId, version, position, matter.topic, matter.body, matter.terms],
    );
}

export async function insertCharterApproval(
  sql: Sql,
  approval: { committeeId: string; version: number; party: string; personId: string; at: Date },
): Promise<void> {
  await sql.query(
    `INSERT INTO committee_charter_approvals (committee_id, version, party, person_id, approved_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [approval.committeeId, approval.version, approval.party, approval.personId, approval.at],
  );
}

/** The database checks every party's approval itself, then puts the version in force. */
export async function bringCharterIntoForce(
  sql: Sql,
  committeeId: string,
  version: number,
  at: Date,
): Promise<boolean> {
  const rows = await sql.query<{ done: boolean }>(
    'SELECT liaison_committee_bring_into_force($1, $2, $3) AS done',
    [committeeId, version, at],
  );
  return rows[0]?.done === true;
}

/**
 * Takes the committee's lock for the rest of the transaction, so that changes to its business happen
 * one after another (false, and no lock, for a committee that does not concern the person).
 */
export async function lockCommittee(sql: Sql, committeeId: string): Promise<boolean> {
  const rows = await sql.query<{ locked: boolean }>('SELECT liaison_committee_lock($1) AS locked', [
    committeeId,
  ]);
  return rows[0]?.locked === true;
}

/** The committees the person in context may know of (row-level security decides). */
export async function listCommitteeIds(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ id: string }>('SELECT id FROM committees ORDER BY created_at, id');
  return rows.map((row) => row.id);
}

export async function findCommittee(sql: Sql, id: string): Promise<CommitteeRecord | undefined> {
  const [committee] = await sql.query<{
    id: string;
    created_by: string;
    created_at: Date;
    charter_version: number;
  }>('SELECT id, created_by, created_at, charter_version FROM committees WHERE id = $1', [id]);
  if (!committee) return undefined;
  const charters = await sql.query<{
    version: number;
    name: string;
    remit: string;
    powers: 'advisory';
    place: string;
    working_level: number;
    status: CharterStatus;
    note: string;
    proposed_by: string;
    proposed_at: Date;
    in_force_at: Date | null;
  }>(
    `SELECT version, name, remit, powers, place, working_level, status, note, proposed_by, proposed_at, in_force_at
       FROM committee_charters WHERE committee_id = $1 ORDER BY version`,
    [id],
  );
  const parties = await sql.query<{ version: number; party: string; chiefs_office_id: string }>(
    `SELECT version, party, chiefs_office_id FROM committee_charter_parties WHERE committee_id = $1 ORDER BY version, position`,
    [id],
  );
  const participants = await sql.query<{
    version: number;
    person_id: string;
    party: string;
    role: CommitteeRole;
  }>(
    `SELECT cp.version, cp.person_id, cp.party, cp.role
       FROM committee_charter_participants cp
       JOIN committee_charter_parties pa ON pa.committee_id = cp.committee_id AND pa.version = cp.version AND pa.party = cp.party
      WHERE cp.committee_id = $1
      ORDER BY cp.version, pa.position, array_position(ARRAY['member', 'adviser', 'secretary', 'interpreter'], cp.role), cp.person_id`,
    [id],
  );
  const matters = await sql.query<{ version: number; topic: string; body: string; terms: string[] }>(
    `SELECT version, topic, body, terms FROM committee_reserved_matters WHERE committee_id = $1 ORDER BY version, position`,
    [id],
  );
  const approvals = await sql.query<{ version: number; party: string; person_id: string; approved_at: Date }>(
    `SELECT version, party, person_id, approved_at FROM committee_charter_approvals WHERE committee_id = $1`,
    [id],
  );
  const delegations = await sql.query<{ party: string; office_id: string }>(
    'SELECT party, office_id FROM committee_delegations WHERE committee_id = $1',
    [id],
  );
  return {
    id: committee.id,
    createdBy: committee.created_by,
    createdAt: committee.created_at,
    charterVersion: committee.charter_version,
    versions: charters.map((row) => ({
      version: row.version,
      status: row.status,
      note: row.note,
      proposedBy: row.proposed_by,
      proposedAt: row.proposed_at,
      inForceAt: row.in_force_at,
      approvals: new Map(
        approvals
          .filter((approval) => approval.version === row.version)
          .map((approval) => [approval.party, { personId: approval.person_id, at: approval.approved_at }]),
      ),
      charter: {
        name: row.name,
        remit: row.remit,
        powers: row.powers,
        place: row.place,
        workingLevel: row.working_level,
        parties: parties
          .filter((entry) => entry.version === row.version)
          .map((entry) => ({ party: entry.party, chiefsOfficeId: entry.chiefs_office_id })),
        participants: participants
          .filter((entry) => entry.version === row.version)
          .map((entry) => ({ personId: entry.person_id, party: entry.party, role: entry.role })),
        reservedMatters: matters
          .filter((matter) => matter.version === row.version)
          .map((matter) => ({ topic: matter.topic, body: matter.body, terms: matter.terms })),
      },
    })),
    delegations: new Map(delegations.map((row) => [row.party, row.office_id])),
  };
}
