/**
 * Every demo person sees exactly what the policy module allows, nothing else: in lists, in search, in
 * single reads. The oracle is the policy module itself, fed from the database as the system sees it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessFactsOf } from '../../src/core/document/document.rules.js';
import { toReader } from '../../src/core/person/person.js';
import { canRead } from '../../src/core/policy/policy.js';
import { findDocument } from '../../src/db/document.repository.js';
import { listPeople } from '../../src/db/person.repository.js';
import type { LiaisonDocument } from '../../src/core/document/document.js';
import type { Person } from '../../src/core/person/person.js';
import { createTestWorld, type TestWorld } from '../support/test-context.js';

let world: TestWorld;
let people: Person[];
let documents: LiaisonDocument[];

beforeAll(async () => {
  world = await createTestWorld();
  ({ people, documents } = await world.database.asSystem(async (sql) => {
    const ids = await sql.query<{ id: string }>('SELECT id FROM documents ORDER BY id');
    const loaded: LiaisonDocument[] = [];
    for (const { id } of ids) {
      const document = await findDocument(sql, id, world.ctx.scheme);
      if (document) loaded.push(document);
    }
    return { people: await listPeople(sql), documents: loaded };
  }));
});
afterAll(() => world.close());

const titlesOf = (items: { title: string }[]) => items.map((item) => item.title).sort();

describe('what each person may read', () => {
  it('the API lists exactly the documents the policy module allows, for every demo person', async () => {
    for (const person of people) {
      const expected = documents.filter((document) => canRead(toReader(person), accessFactsOf(document)));
      const cookie = await world.login(person.username);
      const response = await world.app.inject({
        method: 'GET',
        url: '/api/documents?limit=200',
        headers: { cookie },
      });
      expect(response.statusCode).toBe(200);
      expect(titlesOf(response.json<{ items: { title: string }[] }>().items), person.username).toEqual(
        titlesOf(expected),
      );
      for (const document of documents) {
        const single = await world.app.inject({
          method: 'GET',
          url: `/api/documents/${document.id}`,
          headers: { cookie },
        });
        expect(single.statusCode, `${person.username} → ${document.title}`).toBe(
          expected.includes(document) ? 200 : 404,
        );
      }
    }
    expect(world.logger.errors()).toEqual([]);
  });

  it.each([
    ['stalin', 'Operation BAGRATION: sectors of the main blows', true],
    ['antonov', 'Operation BAGRATION: sectors of the main blows', true],
    ['molotov', 'Operation BAGRATION: sectors of the main blows', false],
    ['marshall', 'Operation BAGRATION: sectors of the main blows', false],
    ['stalin', 'Information requested on Japanese dispositions', true],
    ['molotov', 'Information requested on Japanese dispositions', false],
    ['page', 'Information requested on Japanese dispositions', true],
    ['deane', 'Information requested on Japanese dispositions', false],
    ['marshall', 'Soviet reticence on the locality of operations', true],
    ['burrows', 'Soviet reticence on the locality of operations', false],
    ['stalin', 'Soviet reticence on the locality of operations', false],
    ['burrows', 'Proposal for a tripartite military committee in Moscow', true],
    ['antonov', 'Proposal for a tripartite military committee in Moscow', false],
    ['harriman', 'Stalin and Harriman Exchange Military Information', true],
    ['deane', 'Stalin and Harriman Exchange Military Information', true],
    ['marshall', 'Stalin and Harriman Exchange Military Information', false],
  ])('%s reading "%s": %s', async (username, title, allowed) => {
    const cookie = await world.login(username);
    const id = await world.documentId(title);
    const response = await world.app.inject({
      method: 'GET',
      url: `/api/documents/${id}`,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(allowed ? 200 : 404);
  });

  it('a forbidden document and a missing one give byte-identical answers', async () => {
    const cookie = await world.login('molotov');
    const forbidden = await world.app.inject({
      method: 'GET',
      url: `/api/documents/${await world.documentId('Operation BAGRATION: sectors of the main blows')}`,
      headers: { cookie },
    });
    const missing = await world.app.inject({
      method: 'GET',
      url: `/api/documents/${crypto.randomUUID()}`,
      headers: { cookie },
    });
    const malformed = await world.app.inject({
      method: 'GET',
      url: '/api/documents/not-an-id',
      headers: { cookie },
    });
    for (const other of [missing, malformed]) {
      expect(forbidden.statusCode).toBe(other.statusCode);
      expect(forbidden.body).toBe(other.body);
      expect(forbidden.headers['content-type']).toBe(other.headers['content-type']);
      expect(forbidden.headers['content-length']).toBe(other.headers['content-length']);
    }
  });

  it('search never finds what the caller may not read, even by its exact words', async () => {
    const molotov = await world.login('molotov');
    const stalin = await world.login('stalin');
    for (const q of ['Vitebsk Orsha Mogilev Bobruisk', 'Army Group Centre', '"main blows"']) {
      const hidden = await world.app.inject({
        method: 'GET',
        url: `/api/documents?q=${encodeURIComponent(q)}`,
        headers: { cookie: molotov },
      });
      expect(hidden.json()).toEqual({ items: [] });
      const shown = await world.app.inject({
        method: 'GET',
        url: `/api/documents?q=${encodeURIComponent(q)}`,
        headers: { cookie: stalin },
      });
      expect(titlesOf(shown.json<{ items: { title: string }[] }>().items)).toEqual([
        'Operation BAGRATION: sectors of the main blows',
      ]);
    }
  });

  it('a snippet comes only from a document the reader may read, and marks the match', async () => {
    const cookie = await world.login('stalin');
    const response = await world.app.inject({
      method: 'GET',
      url: '/api/documents?q=Vitebsk',
      headers: { cookie },
    });
    const [hit] = response.json<{ items: { snippet: string }[] }>().items;
    expect(hit?.snippet).toContain('«Vitebsk»');
  });

  it('shows a banner in the reader’s own words where they differ from the originator’s', async () => {
    const cookie = await world.login('burrows');
    const id = await world.documentId('Memorandum Discussing Joint Military Organization');
    const response = await world.app.inject({
      method: 'GET',
      url: `/api/documents/${id}`,
      headers: { cookie },
    });
    expect(response.json()).toMatchObject({ banner: 'SECRET', bannerForReader: null });
    const harriman = await world.login('harriman');
    const soviet = await world.app.inject({
      method: 'GET',
      url: `/api/documents/${await world.documentId('Japanese preparations to withdraw to an inner defence line')}`,
      headers: { cookie: harriman },
    });
    expect(soviet.json()).toMatchObject({
      banner: 'СЕКРЕТНО//REL TO SUN, USA',
      bannerForReader: 'SECRET//REL TO USA, SUN',
    });
  });
});
