/** The contract scripts rely on (issue: "keep it stable"), through the HTTP API on a real database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../support/test-context.js';

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(() => world.close());

describe('the script contract', () => {
  it('GET /api/health → 200 {"status":"ok"}', async () => {
    const response = await world.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('POST /api/session → 200 and a session cookie; 401 on bad credentials', async () => {
    const good = await world.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'deane', password: 'moscow1944' },
    });
    expect(good.statusCode).toBe(200);
    const cookie = good.cookies.find((c) => c.name === 'liaison_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.expires).toBeInstanceOf(Date);
    expect(good.json()).toMatchObject({
      person: { username: 'deane', party: 'USA', clearance: { name: 'TOP SECRET' } },
    });

    for (const payload of [
      { username: 'deane', password: 'wrong' },
      { username: 'nobody', password: 'moscow1944' },
    ]) {
      const bad = await world.app.inject({ method: 'POST', url: '/api/session', payload });
      expect(bad.statusCode).toBe(401);
      expect(bad.cookies).toHaveLength(0);
      expect(bad.json()).toEqual({ error: { code: 'LOGIN_FAILED', message: 'wrong username or password' } });
    }
  });

  it('GET /api/documents lists what the caller may read, newest first; ?q= searches it', async () => {
    const cookie = await world.login('harriman');
    const all = await world.app.inject({ method: 'GET', url: '/api/documents', headers: { cookie } });
    expect(all.statusCode).toBe(200);
    const items = all.json<{ items: { id: string; title: string; banner: string; issuedAt: string }[] }>()
      .items;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect([typeof item.id, typeof item.title, typeof item.banner]).toEqual(['string', 'string', 'string']);
    }
    const dates = items.map((item) => item.issuedAt);
    expect([...dates].sort().reverse()).toEqual(dates);

    const found = await world.app.inject({
      method: 'GET',
      url: '/api/documents?q=loose%20talkers',
      headers: { cookie },
    });
    expect(found.statusCode).toBe(200);
    // The memorandum, and the press cutting that quotes it (UNCLASSIFIED, so Deane may read it too).
    expect(found.json<{ items: { title: string }[] }>().items.map((item) => item.title).sort()).toEqual([
      'Press cutting: "Stalin doubts Allied secrecy" (New York Herald Tribune, July 3, 1944)',
      'Stalin and Harriman Exchange Military Information',
    ]);
  });

  it('GET /api/documents/{id} → 200 with id, title, banner, body; or 404', async () => {
    const cookie = await world.login('deane');
    const id = await world.documentId('Stalin and Harriman Exchange Military Information');
    const response = await world.app.inject({
      method: 'GET',
      url: `/api/documents/${id}`,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id,
      title: 'Stalin and Harriman Exchange Military Information',
      banner: 'TOP SECRET',
    });
    expect(response.json<{ body: string }>().body).toContain('we have loose talkers too');
    expect(response.json<{ distributionBlock: string[] }>().distributionBlock).toEqual([
      'Copy to Maj. Gen. John R. Deane',
      '3 copies to Ambassador',
    ]);
    const missing = await world.app.inject({
      method: 'GET',
      url: `/api/documents/${crypto.randomUUID()}`,
      headers: { cookie },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('POST /api/documents creates a draft; issuing and disseminating are documented in the OpenAPI document', async () => {
    const cookie = await world.login('deane');
    const response = await world.app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: { cookie },
      payload: {
        kind: 'memorandum',
        title: 'Contract draft',
        body: 'Text.',
        dated: '1944-10-01',
        marking: 'SECRET',
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      state: 'draft',
      title: 'Contract draft',
      banner: 'SECRET',
      registryNumber: null,
    });

    const openapi = await world.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(openapi.statusCode).toBe(200);
    const document = openapi.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(document.openapi).toMatch(/^3\.1/);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/session',
        '/api/documents',
        '/api/documents/{id}',
        '/api/documents/{id}/issue',
        '/api/documents/{id}/disseminations',
        '/api/directory',
        '/api/marking-options',
        '/api/markings/parse',
      ]),
    );
    expect(document.paths['/api/documents/{id}/issue']).toHaveProperty('post');
  });

  it('refuses API calls without a session', async () => {
    const response = await world.app.inject({ method: 'GET', url: '/api/documents' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });
});
