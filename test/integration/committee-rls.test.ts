/**
 * The database enforces the committee's rules by itself: raw SQL as the application role sees a
 * committee only if it concerns the person, its marked business only per the access rules, its
 * embargoed texts only in the negotiating delegations; writes the rules forbid are refused even when
 * the application is bypassed, and no state or value of a decision can be stored, by anyone.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPeople } from '../../src/db/person.repository.js';
import { apiAs } from '../support/api.js';
import { createTestWorld, type TestWorld } from '../support/test-context.js';

let world: TestWorld;
let committeeId: string;
beforeAll(async () => {
  world = await createTestWorld();
  const rows = await world.database.asSystem((sql) => sql.query<{ id: string }>('SELECT id FROM committees'));
  committeeId = rows[0]!.id;
});
afterAll(() => world.close());

const raw = async (username: string, query: string, params: unknown[] = []) =>
  world.database.asPerson(await world.personId(username), (sql) =>
    sql.query<Record<string, unknown>>(query, params),
  );

describe('row-level security on the committee', () => {
  it('a raw SELECT shows a committee only to those it concerns', async () => {
    for (const username of ['molotov', 'harriman', 'eisenhower'])
      for (const table of [
        'committees',
        'committee_charters',
        'committee_charter_participants',
        'committee_reserved_matters',
        'committee_delegations',
      ])
        expect(await raw(username, `SELECT * FROM ${table}`), `${username} ${table}`).toEqual([]);
    for (const username of ['antonov', 'deane', 'burrows', 'page', 'pavlov', 'marshall', 'brooke', 'stalin'])
      expect((await raw(username, 'SELECT id FROM committees')).length, username).toBe(1);
    expect(await world.database.asAnonymous((sql) => sql.query('SELECT * FROM committees'))).toEqual([]);
  });

  it('agenda items and meetings: participants only, and only what rules 1-3 let them read', async () => {
    for (const username of ['marshall', 'brooke', 'stalin', 'harriman', 'molotov']) {
      expect(await raw(username, 'SELECT id FROM committee_agenda_items'), username).toEqual([]);
      expect(await raw(username, 'SELECT id FROM committee_meetings'), username).toEqual([]);
      expect(await raw(username, 'SELECT * FROM committee_action_items'), username).toEqual([]);
    }
    expect((await raw('pavlov', 'SELECT id FROM committee_agenda_items')).length).toBeGreaterThan(0);
    // The database agrees with the API (policy module) for every person.
    const people = await world.database.asSystem((sql) => listPeople(sql));
    for (const person of people) {
      const api = await apiAs(world, person.username)<{ items?: { id: string }[] }>(
        'GET',
        `/api/committees/${committeeId}/agenda-items`,
      );
      const rows = await raw(person.username, 'SELECT id FROM committee_agenda_items');
      expect(rows.map((row) => row.id).sort(), person.username).toEqual(
        (api.body.items ?? []).map((item) => item.id).sort(),
      );
    }
    expect(world.logger.errors()).toEqual([]);
  });

  it('embargoed texts: not even their existence outside the negotiating delegations', async () => {
    const proposals = "SELECT t.id FROM committee_texts t WHERE t.kind = 'proposal'";
    for (const username of ['harriman', 'marshall', 'brooke', 'stalin', 'eisenhower', 'molotov']) {
      expect(await raw(username, proposals), username).toEqual([]);
      expect(
        await raw(
          username,
          'SELECT * FROM committee_text_versions v JOIN documents d ON d.id = v.document_id WHERE d.embargo',
        ),
        username,
      ).toEqual([]);
      expect(await raw(username, "SELECT id FROM documents WHERE kind = 'proposal'"), username).toEqual([]);
    }
    for (const username of ['deane', 'burrows', 'antonov', 'page', 'pavlov'])
      expect((await raw(username, proposals)).length, username).toBe(1);
    // The chiefs see the adopted recommendation and nothing of its drafts.
    expect(
      (await raw('marshall', "SELECT id FROM committee_texts WHERE kind = 'recommendation'")).length,
    ).toBe(1);
    expect(
      await raw(
        'marshall',
        "SELECT v.* FROM committee_text_versions v JOIN committee_texts t ON t.id = v.text_id WHERE t.kind = 'recommendation'",
      ),
    ).toEqual([]);
  });

  it('refuses, in the database, approvals, consents and agenda items from the wrong people', async () => {
    const attempt = (username: string, query: string, params: unknown[]) => raw(username, query, params);
    // Page (staff) approving the charter for the USA, Deane for Britain.
    await expect(
      attempt('page', `INSERT INTO committee_charter_approvals VALUES ($1, 1, 'USA', $2, now())`, [
        committeeId,
        await world.personId('page'),
      ]),
    ).rejects.toThrow(/row-level security/);
    await expect(
      attempt('deane', `INSERT INTO committee_charter_approvals VALUES ($1, 1, 'GBR', $2, now())`, [
        committeeId,
        await world.personId('deane'),
      ]),
    ).rejects.toThrow(/row-level security/);
    // Molotov bringing an item to a committee he is not on.
    await expect(
      attempt(
        'molotov',
        `INSERT INTO committee_agenda_items (id, committee_id, proposed_by, originator, title, text, banner, level, releasability, status, proposed_at)
         VALUES ($1, $2, $3, 'SUN', 'x', 'y', 'СЕКРЕТНО', 2, 'coalition', 'proposed', now())`,
        [randomUUID(), committeeId, await world.personId('molotov')],
      ),
    ).rejects.toThrow(/row-level security/);
    // Page consenting to the minutes for the USA; Marshall answering for Britain.
    const [minutes] = await world.database.asSystem((sql) =>
      sql.query<{ id: string }>("SELECT id FROM committee_texts WHERE kind = 'minutes'"),
    );
    await expect(
      attempt('page', 'INSERT INTO committee_text_consents VALUES ($1, 2, $2, $3, now())', [
        minutes!.id,
        'USA',
        await world.personId('page'),
      ]),
    ).rejects.toThrow(/row-level security/);
    const [recommendation] = await world.database.asSystem((sql) =>
      sql.query<{ id: string }>("SELECT id FROM committee_texts WHERE kind = 'recommendation'"),
    );
    await expect(
      attempt('marshall', `INSERT INTO committee_responses VALUES ($1, 'GBR', $2, 'approved', 'x', now())`, [
        recommendation!.id,
        await world.personId('marshall'),
      ]),
    ).rejects.toThrow(/row-level security/);
    await expect(
      attempt('deane', `INSERT INTO committee_responses VALUES ($1, 'USA', $2, 'approved', 'x', now())`, [
        recommendation!.id,
        await world.personId('deane'),
      ]),
    ).rejects.toThrow(/row-level security/);
  });

  it('brings a charter into force only with every party’s approval, checked by the database', async () => {
    // A second version, proposed and approved by Deane alone, through raw SQL.
    const deane = await world.personId('deane');
    await raw(
      'deane',
      `INSERT INTO committee_charters (committee_id, version, name, remit, powers, working_level, proposed_by, proposed_at)
      VALUES ($1, 2, 'Tripartite Military Committee', 'Remit.', 'advisory', 2, $2, now())`,
      [committeeId, deane],
    );
    await expect(
      raw('deane', 'SELECT liaison_committee_bring_into_force($1, 2, now())', [committeeId]),
    ).rejects.toThrow(/only an approver/);
    await world.database.asPerson(deane, async (sql) => {
      await sql.query(
        `INSERT INTO committee_charter_parties (committee_id, version, party, position, chiefs_office_id)
        SELECT committee_id, 2, party, position, chiefs_office_id FROM committee_charter_parties WHERE committee_id = $1 AND version = 1`,
        [committeeId],
      );
      await sql.query(`INSERT INTO committee_charter_approvals VALUES ($1, 2, 'USA', $2, now())`, [
        committeeId,
        deane,
      ]);
    });
    await expect(
      raw('deane', 'SELECT liaison_committee_bring_into_force($1, 2, now())', [committeeId]),
    ).rejects.toThrow(/lacks a party/);
    expect(
      (
        await world.database.asSystem((sql) =>
          sql.query<{ v: number }>('SELECT charter_version AS v FROM committees'),
        )
      )[0]!.v,
    ).toBe(1);
  });

  it('stores no decision, binding state or deciding power, whoever asks', async () => {
    const [recommendation] = await world.database.asSystem((sql) =>
      sql.query<{ id: string }>("SELECT id FROM committee_texts WHERE kind = 'recommendation'"),
    );
    const asOwner = (query: string, params: unknown[] = []) =>
      world.database.asSystem((sql) => sql.query(query, params));
    await expect(
      asOwner("UPDATE committee_texts SET state = 'decided' WHERE id = $1", [recommendation!.id]),
    ).rejects.toThrow(/check|agreed and settled/);
    await expect(
      asOwner("UPDATE committee_texts SET kind = 'decision' WHERE id = $1", [recommendation!.id]),
    ).rejects.toThrow(/check|do not change/);
    await expect(asOwner("UPDATE committee_charters SET powers = 'decision'")).rejects.toThrow(/check/);
    await expect(
      asOwner(`INSERT INTO committee_responses VALUES ($1, 'GBR', $2, 'binding', 'x', now())`, [
        recommendation!.id,
        await world.personId('brooke'),
      ]),
    ).rejects.toThrow(/check/);
    await expect(
      asOwner(
        "INSERT INTO documents (id, kind, title, body, dated, originator, drafter_id, banner, level, releasability) VALUES ($1, 'decision', 'x', 'y', '1944-10-01', 'USA', $2, 'SECRET', 2, 'coalition')",
        [randomUUID(), await world.personId('deane')],
      ),
    ).rejects.toThrow(/foreign key/);
  });
});
