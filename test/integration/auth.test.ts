/** Sessions, bearer tokens, login limits and the answers the server gives outside the happy path. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../support/test-context.js';

let world: TestWorld;
let time = new Date('1944-10-01T09:00:00Z').getTime();
beforeAll(async () => {
  world = await createTestWorld({ now: () => new Date(time), loginRateLimitPerMinute: 5 });
});
afterAll(() => world.close());

const login = (username: string, password = 'moscow1944') =>
  world.app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
const sessionCookie = (response: Awaited<ReturnType<typeof login>>) =>
  `liaison_session=${response.cookies.find((cookie) => cookie.name === 'liaison_session')?.value ?? ''}`;
const whoAmI = (headers: Record<string, string>) =>
  world.app.inject({ method: 'GET', url: '/api/session', headers });

describe('sessions', () => {
  it('log in, ask who I am, log out: the cookie no longer works', async () => {
    const cookie = sessionCookie(await login('burrows'));
    expect((await whoAmI({ cookie })).json()).toMatchObject({
      person: { username: 'burrows', clearance: { name: 'MOST SECRET' } },
    });
    const out = await world.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'liaison_session')?.value).toBe('');
    expect((await whoAmI({ cookie })).statusCode).toBe(401);
  });

  it('expire after the session lifetime', async () => {
    const cookie = sessionCookie(await login('brooke'));
    expect((await whoAmI({ cookie })).statusCode).toBe(200);
    time += world.ctx.settings.sessionTtlMs + 1000;
    expect((await whoAmI({ cookie })).statusCode).toBe(401);
  });

  it('a suspended person cannot log in, and their open session reads nothing', async () => {
    const cookie = sessionCookie(await login('eisenhower'));
    const before = await world.app.inject({ method: 'GET', url: '/api/documents', headers: { cookie } });
    expect(before.json<{ items: unknown[] }>().items.length).toBeGreaterThan(0);
    await world.database.asSystem((sql) =>
      sql.query("UPDATE people SET status = 'suspended' WHERE username = 'eisenhower'"),
    );
    expect((await login('eisenhower')).statusCode).toBe(401);
    const after = await world.app.inject({ method: 'GET', url: '/api/documents', headers: { cookie } });
    expect(after.json()).toEqual({ items: [] });
  });

  it('a read-in revoked takes effect on the very next request of an open session', async () => {
    const cookie = sessionCookie(await login('antonov'));
    const bagration = await world.documentId('Operation BAGRATION: sectors of the main blows');
    const read = () =>
      world.app.inject({ method: 'GET', url: `/api/documents/${bagration}`, headers: { cookie } });
    expect((await read()).statusCode).toBe(200);
    await world.database.asSystem((sql) =>
      sql.query(
        "DELETE FROM read_ins WHERE compartment = 'BAGRATION' AND person_id = (SELECT id FROM people WHERE username = 'antonov')",
      ),
    );
    expect((await read()).statusCode).toBe(404);
  });

  it('limit login attempts per address and account, with a clear answer', async () => {
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await login('molotov', 'guess')).statusCode).toBe(401);
    const limited = await login('molotov', 'moscow1944');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect(limited.json<{ error: { message: string } }>().error.message).toMatch(/too many requests/);
    expect((await login('pavlov')).statusCode).toBe(200);
  });
});

describe('bearer tokens for scripts', () => {
  it('work in place of a session, and expire', async () => {
    const cookie = sessionCookie(await login('deane'));
    const created = await world.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie },
      payload: { name: 'nightly report', days: 1 },
    });
    expect(created.statusCode).toBe(201);
    const { token } = created.json<{ token: string }>();
    const authorization = `Bearer ${token}`;
    const listed = await world.app.inject({
      method: 'GET',
      url: '/api/documents',
      headers: { authorization },
    });
    expect(listed.statusCode).toBe(200);
    expect((await whoAmI({ authorization })).json()).toMatchObject({ person: { username: 'deane' } });
    expect((await whoAmI({ authorization: `Bearer ${token}x` })).statusCode).toBe(401);
    time += 2 * 86_400_000;
    expect((await whoAmI({ authorization })).statusCode).toBe(401);
  });

  it('are stored only as hashes', async () => {
    const cookie = sessionCookie(await login('deane'));
    const { token } = (
      await world.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: { cookie },
        payload: { name: 'x' },
      })
    ).json<{ token: string }>();
    const stored = await world.database.asSystem((sql) =>
      sql.query<{ token_hash: string }>('SELECT token_hash FROM api_tokens'),
    );
    expect(stored.map((row) => row.token_hash)).not.toContain(token);
    const sessions = await world.database.asSystem((sql) =>
      sql.query<{ token_hash: string }>('SELECT token_hash FROM sessions'),
    );
    expect(sessions.map((row) => row.token_hash).join()).not.toContain(cookie.split('=')[1]);
  });
});

describe('answers outside the happy path', () => {
  it('sends security headers, a strict Content-Security-Policy among them', async () => {
    const response = await world.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers an unknown API route, a bad JSON body and a form post with JSON errors', async () => {
    const unknown = await world.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const badJson = await world.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json<{ error: { message: string } }>().error.message).toMatch(/JSON/i);
    const form = await world.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'username=deane&password=moscow1944',
    });
    expect(form.statusCode).toBe(415);
  });

  it('asks who is calling before looking at the body', async () => {
    const response = await world.app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { title: '' },
    });
    expect(response.statusCode).toBe(401);
  });

  it('words schema failures for people, naming the field', async () => {
    const cookie = sessionCookie(await login('deane'));
    const post = (payload: Record<string, unknown>) =>
      world.app.inject({ method: 'POST', url: '/api/documents', headers: { cookie }, payload });
    const base = { kind: 'memorandum', title: 'x', body: 'x', dated: '1944-10-01', marking: 'SECRET' };
    for (const [payload, expected] of [
      [
        { ...base, title: '' },
        { field: 'title', message: 'title: must not be empty' },
      ],
      [
        { ...base, dated: 'soon' },
        { field: 'dated', message: 'dated: must be a calendar date, YYYY-MM-DD' },
      ],
      [
        { ...base, kind: 'letter' },
        {
          field: 'kind',
          message:
            'kind: must be one of telegram, memorandum-of-conversation, memorandum, intelligence-report',
        },
      ],
      [
        { ...base, colour: 'red' },
        { field: 'colour', message: 'colour: is not a field of this request' },
      ],
      [
        { kind: 'memorandum', title: 'x', body: 'x', dated: '1944-10-01' },
        { field: 'marking', message: 'marking: is required' },
      ],
      [
        { ...base, distribution: [{ person: 'burrows', copies: 'two' }] },
        { field: 'distribution.0.copies', message: 'distribution.0.copies: must be a whole number' },
      ],
    ] as const) {
      const response = await post(payload);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ error: { code: 'INVALID_INPUT', ...expected } });
    }
  });

  it('takes an empty JSON body as no body', async () => {
    const cookie = sessionCookie(await login('deane'));
    const response = await world.app.inject({
      method: 'POST',
      url: `/api/documents/${crypto.randomUUID()}/issue`,
      headers: { cookie, 'content-type': 'application/json' },
      payload: '',
    });
    expect(response.statusCode).toBe(404);
  });

  it('tells a session when it ends', async () => {
    const cookie = sessionCookie(await login('deane'));
    const me = (await whoAmI({ cookie })).json<{ expiresAt: string }>();
    expect(new Date(me.expiresAt).getTime()).toBe(time + world.ctx.settings.sessionTtlMs);
  });

  it('answers a missing file with a 404, not with the interface', async () => {
    const response = await world.app.inject({ method: 'GET', url: '/assets/nothing-here.js' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/json');
  });

  it('names the missing field of a bad login body', async () => {
    const response = await world.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'deane' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    expect(response.json<{ error: { message: string } }>().error.message).toContain('password');
  });
});
