/**
 * The database enforces the access rules by itself. Raw, unfiltered SQL as the application role sees
 * only what the person in context may read; writes the rules forbid are refused by the database even
 * when the application is bypassed; and on random people and documents written straight into the
 * tables, row-level security agrees with the policy module exactly.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessFactsOf } from '../../src/core/document/document.rules.js';
import { buildMarking, type Releasability } from '../../src/core/marking/marking.js';
import { renderBanner } from '../../src/core/marking/marking.render.js';
import { toReader } from '../../src/core/person/person.js';
import { canRead } from '../../src/core/policy/policy.js';
import type { Sql } from '../../src/db/database.js';
import {
  findDocument,
  insertDisseminations,
  insertDocument,
  markIssued,
  markRecalled,
} from '../../src/db/document.repository.js';
import { addOfficeMember, insertOffice } from '../../src/db/office.repository.js';
import { addReadIn, findPersonById, insertPerson } from '../../src/db/person.repository.js';
import { createTestWorld, type TestWorld } from '../support/test-context.js';

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(() => world.close());

const rawIds = (personId: string | null, query = 'SELECT id FROM documents') =>
  personId === null
    ? world.database.asAnonymous((sql) => sql.query<{ id: string }>(query))
    : world.database.asPerson(personId, (sql) => sql.query<{ id: string }>(query));

describe('row-level security on raw SQL', () => {
  it('a raw SELECT as the application role returns only what the person in context may read', async () => {
    const molotov = await world.personId('molotov');
    const stalin = await world.personId('stalin');
    const bagration = await world.documentId('Operation BAGRATION: sectors of the main blows');
    const stalinSees = (await rawIds(stalin)).map((row) => row.id);
    expect(stalinSees).toContain(bagration);
    expect((await rawIds(molotov)).map((row) => row.id)).not.toContain(bagration);
    const count = await world.database.asPerson(molotov, (sql) =>
      sql.query<{ n: number }>('SELECT count(*)::int AS n FROM documents WHERE compartments @> ARRAY[$1]', [
        'BAGRATION',
      ]),
    );
    expect(count[0]?.n).toBe(0);
  });

  it('without a person in context the application role sees no document and no distribution', async () => {
    expect(await rawIds(null)).toEqual([]);
    expect(await rawIds(null, 'SELECT id FROM disseminations')).toEqual([]);
  });

  it('a suspended person reads nothing, at once', async () => {
    const marshall = await world.personId('marshall');
    expect((await rawIds(marshall)).length).toBeGreaterThan(0);
    await world.database.asSystem((sql) =>
      sql.query("UPDATE people SET status = 'suspended' WHERE id = $1", [marshall]),
    );
    expect(await rawIds(marshall)).toEqual([]);
    await world.database.asSystem((sql) =>
      sql.query("UPDATE people SET status = 'active' WHERE id = $1", [marshall]),
    );
  });

  it('refuses, in the database, a draft above the drafter’s clearance or outside their read-ins', async () => {
    const pavlov = await world.personId('pavlov'); // СОВЕРШЕННО СЕКРЕТНО, no read-ins
    const attempt = (level: number, compartments: string[]) =>
      world.database.asPerson(pavlov, (sql) =>
        sql.query(
          `INSERT INTO documents (id, kind, title, body, dated, originator, drafter_id, banner, level, compartments, releasability)
           VALUES ($1, 'memorandum', 'x', 'x', '1944-06-01', 'SUN', $2, 'x', $3, $4, 'coalition')`,
          [randomUUID(), pavlov, level, compartments],
        ),
      );
    await expect(attempt(4, [])).rejects.toThrow(/row-level security/);
    await expect(attempt(3, ['BAGRATION'])).rejects.toThrow(/row-level security/);
    await expect(attempt(3, [])).resolves.toBeDefined();
  });

  it('refuses, in the database, any change to an issued document, even by its drafter or the owner', async () => {
    const deane = await world.personId('deane');
    const id = await world.documentId('Memorandum Discussing Joint Military Organization');
    // The drafter may update their issued document only to recall it; the trigger refuses anything else.
    await expect(
      world.database.asPerson(deane, (sql) => sql.query("UPDATE documents SET title = 'changed' WHERE id = $1 RETURNING id", [id])),
    ).rejects.toThrow(/issued and cannot be changed/);
    const harriman = await world.personId('harriman');
    expect(
      await world.database.asPerson(harriman, (sql) => sql.query("UPDATE documents SET title = 'changed' WHERE id = $1 RETURNING id", [id])),
    ).toEqual([]);
    await expect(
      world.database.asSystem((sql) =>
        sql.query("UPDATE documents SET body = 'rewritten' WHERE id = $1", [id]),
      ),
    ).rejects.toThrow(/issued and cannot be changed/);
    await expect(
      world.database.asPerson(deane, (sql) => sql.query('DELETE FROM documents WHERE id = $1', [id])),
    ).rejects.toThrow(/permission denied/);
  });

  it('refuses, in the database, passing an ORCON document on, or reaching another party, by a mere holder', async () => {
    const deane = await world.personId('deane');
    const harriman = await world.personId('harriman');
    const burrows = await world.personId('burrows');
    // Harriman holds the memorandum of conversation (through the Ambassador's office) but is not its originator.
    const id = await world.documentId('Stalin and Harriman Exchange Military Information');
    const disseminate = (by: string, to: { person?: string; party?: string }) =>
      world.database.asPerson(by, (sql) =>
        sql.query(
          `INSERT INTO disseminations (id, document_id, position, person_id, party, copies, disseminated_by) VALUES ($1, $2, 99, $3, $4, 1, $5)`,
          [randomUUID(), id, to.person ?? null, to.party ?? null, by],
        ),
      );
    await expect(disseminate(harriman, { person: burrows })).rejects.toThrow(/row-level security/);
    await expect(disseminate(deane, { party: 'GBR' })).rejects.toThrow(/row-level security/);
  });
});

describe('row-level security agrees with the policy module on random worlds', () => {
  const PARTIES = ['USA', 'GBR', 'SUN'] as const;
  const COMPARTMENTS = ['BAGRATION', 'OVERLORD'] as const;
  const ranksOf = (party: string) => [...(world.ctx.scheme.parties.get(party)?.nameByRank.keys() ?? [])];

  const personArbitrary = fc.record({
    party: fc.constantFrom(...PARTIES),
    clearance: fc.integer({ min: 0, max: 4 }),
    compartments: fc.subarray([...COMPARTMENTS]),
    offices: fc.subarray([0, 1, 2]),
    registry: fc.boolean(),
    suspended: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  });
  const releasabilityArbitrary: fc.Arbitrary<Releasability> = fc.oneof(
    fc.constant({ kind: 'coalition' as const }),
    fc.constant({ kind: 'noforn' as const }),
    fc.subarray([...PARTIES], { minLength: 1 }).map((parties) => ({ kind: 'rel-to' as const, parties })),
  );
  const documentArbitrary = fc.record({
    originator: fc.constantFrom(...PARTIES),
    drafter: fc.nat(),
    levelIndex: fc.nat(),
    compartments: fc.subarray([...COMPARTMENTS]),
    releasability: releasabilityArbitrary,
    personalFor: fc.subarray([0, 1, 2, 3, 4, 5], { maxLength: 2 }),
    embargo: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
    negotiating: fc.subarray([0, 1, 2], { minLength: 1 }),
    issued: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
    recalled: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    recipients: fc.array(
      fc.oneof(
        fc.nat().map((n) => ({ kind: 'person' as const, n })),
        fc.nat().map((n) => ({ kind: 'office' as const, n })),
        fc.constantFrom(...PARTIES).map((party) => ({ kind: 'party' as const, party })),
      ),
      { maxLength: 3 },
    ),
  });

  type PersonSpec = typeof personArbitrary extends fc.Arbitrary<infer T> ? T : never;
  type DocumentSpec = typeof documentArbitrary extends fc.Arbitrary<infer T> ? T : never;

  async function writeWorld(sql: Sql, run: string, specs: PersonSpec[], documents: DocumentSpec[]) {
    const offices = [0, 1, 2].map((n) => ({ id: randomUUID(), party: PARTIES[n % 3] as string }));
    for (const [n, office] of offices.entries()) {
      await insertOffice(sql, {
        id: office.id,
        party: office.party,
        name: `${run} office ${n}`,
        kind: 'delegation',
      });
    }
    const personIds: string[] = [];
    for (const [n, spec] of specs.entries()) {
      const id = randomUUID();
      personIds.push(id);
      await insertPerson(sql, {
        id,
        username: `r${run}p${n}`,
        displayName: `Person ${n}`,
        title: '',
        party: spec.party,
        clearance: spec.clearance,
        roles: spec.registry ? ['registry-clerk'] : [],
        passwordHash: 'x',
      });
      if (spec.suspended) await sql.query("UPDATE people SET status = 'suspended' WHERE id = $1", [id]);
      for (const compartment of spec.compartments) await addReadIn(sql, id, compartment);
      for (const office of spec.offices)
        await addOfficeMember(sql, (offices[office] as { id: string }).id, id);
    }
    const documentIds: string[] = [];
    for (const [n, spec] of documents.entries()) {
      const ranks = ranksOf(spec.originator);
      const personalFor = spec.personalFor.filter((p) => p < specs.length);
      const marking = buildMarking({
        level: ranks[spec.levelIndex % ranks.length] as number,
        vocabulary: spec.originator,
        compartments: spec.compartments,
        releasability: spec.releasability,
        personalFor: personalFor.map((p) => `r${run}p${p}`.toUpperCase()),
        embargoUntilAgreed: spec.embargo,
      });
      const id = randomUUID();
      documentIds.push(id);
      await insertDocument(sql, {
        id,
        kind: 'memorandum',
        title: `${run} document ${n}`,
        body: 'text',
        fields: {},
        dated: '1944-06-01',
        reference: '',
        originator: spec.originator,
        drafterId: personIds[spec.drafter % personIds.length] as string,
        marking,
        banner: renderBanner(marking, world.ctx.scheme),
        personalFor: personalFor.map((p) => personIds[p] as string),
        negotiatingOffices: spec.embargo
          ? spec.negotiating.map((o) => (offices[o] as { id: string }).id)
          : [],
        createdAt: new Date(),
      });
      const targets = new Map<
        string,
        { target: Parameters<typeof insertDisseminations>[2][number]['target'] }
      >();
      for (const recipient of spec.recipients) {
        const target =
          recipient.kind === 'person'
            ? { kind: 'person' as const, personId: personIds[recipient.n % personIds.length] as string }
            : recipient.kind === 'office'
              ? { kind: 'office' as const, officeId: (offices[recipient.n % 3] as { id: string }).id }
              : { kind: 'party' as const, party: recipient.party };
        targets.set(JSON.stringify(target), { target });
      }
      await insertDisseminations(
        sql,
        id,
        [...targets.values()].map((entry) => ({ ...entry, copies: 1, id: randomUUID() })),
        {
          personId: personIds[0] as string,
          at: new Date(),
        },
      );
      if (spec.issued) await markIssued(sql, { id, registryNumber: `${run}-${n}`, issuedAt: new Date() });
      if (spec.issued && spec.recalled)
        await markRecalled(sql, { id, by: personIds[spec.drafter % personIds.length] as string, reason: 'test', at: new Date() });
    }
    return { personIds, documentIds };
  }

  it('for every person and document', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(personArbitrary, { minLength: 6, maxLength: 6 }),
        fc.array(documentArbitrary, { minLength: 12, maxLength: 12 }),
        async (specs, documents) => {
          const tag = `w${run++}`;
          const { personIds, documentIds } = await world.database.asSystem((sql) =>
            writeWorld(sql, tag, specs, documents),
          );
          const loaded = await world.database.asSystem(async (sql) => ({
            people: await Promise.all(personIds.map((id) => findPersonById(sql, id))),
            documents: await Promise.all(documentIds.map((id) => findDocument(sql, id, world.ctx.scheme))),
          }));
          for (const person of loaded.people) {
            if (!person) throw new Error('person missing');
            const seen = new Set(
              (
                await world.database.asPerson(person.id, (sql) =>
                  sql.query<{ id: string }>('SELECT id FROM documents WHERE id = ANY($1::uuid[])', [
                    documentIds,
                  ]),
                )
              ).map((row) => row.id),
            );
            for (const document of loaded.documents) {
              if (!document) throw new Error('document missing');
              expect(seen.has(document.id), `${person.username} / ${document.title} ${document.banner}`).toBe(
                canRead(toReader(person), accessFactsOf(document)),
              );
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
