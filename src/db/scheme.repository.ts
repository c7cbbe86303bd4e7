/** The classification scheme in the database: loaded at start, written once into a new database. */
import type { SchemeData } from '../core/marking/scheme.js';
import type { Sql } from './database.js';

export async function loadSchemeData(sql: Sql): Promise<SchemeData> {
  const scale = await sql.query<{ rank: number; name: string }>(
    'SELECT rank, name FROM classification_levels ORDER BY rank',
  );
  const parties = await sql.query<{ code: string; name: string; levels: Record<string, number> | null }>(
    `SELECT p.code, p.name,
            (SELECT jsonb_object_agg(n.name, n.rank) FROM party_level_names n WHERE n.party = p.code) AS levels
       FROM parties p ORDER BY p.code`,
  );
  const compartments = await sql.query<{ name: string; owner: string; description: string }>(
    'SELECT name, owner, description FROM compartments ORDER BY name',
  );
  return {
    scale,
    parties: parties.map((party) => ({ code: party.code, name: party.name, levels: party.levels ?? {} })),
    compartments,
  };
}

export async function hasScheme(sql: Sql): Promise<boolean> {
  const rows = await sql.query<{ present: boolean }>('SELECT EXISTS (SELECT 1 FROM parties) AS present');
  return rows[0]?.present === true;
}

/** Writes a validated scheme into an empty database. */
export async function saveSchemeData(sql: Sql, data: SchemeData): Promise<void> {
  for (const level of data.scale) {
    await sql.query('INSERT INTO classification_levels (rank, name) VALUES ($1, $2)', [
      level.rank,
      level.name,
    ]);
  }
  for (const party of data.parties) {
    await sql.query('INSERT INTO parties (code, name) VALUES ($1, $2)', [party.code, party.name]);
    for (const [name, rank] of Object.entries(party.levels)) {
      if (rank === undefined) continue;
      await sql.query('INSERT INTO party_level_names (party, rank, name) VALUES ($1, $2, $3)', [
        party.code,
        rank,
        name,
      ]);
    }
  }
  for (const compartment of data.compartments) {
    await sql.query('INSERT INTO compartments (name, owner, description) VALUES ($1, $2, $3)', [
      compartment.name,
      compartment.owner,
      compartment.description ?? '',
    ]);
  }
}
