/** Authentication hardening: a second factor, lockout, cross-site requests refused, no secrets in logs. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '../../src/app/auth/second-factor.js';
import { createTestWorld, type TestWorld } from '../support/test-context.js';

let world: TestWorld;
let time = new Date('1944-10-03T09:00:00Z').getTime();
const serverLog: string[] = [];
beforeAll(async () => {
  world = await createTestWorld({
    now: () => new Date(time),
    serverLog: { write: (line) => serverLog.push(line) },
  });
});
afterAll(() => world.close());

const login = (payload: Record<string, string>) =>
  world.app.inject({ method: 'POST', url: '/api/session', payload });
const cookieOf = (response: Awaited<ReturnType<typeof login>>) =>
  `liaison_session=${response.cookies.find((cookie) => cookie.name === 'liaison_session')?.value ?? ''}`;
const now = () => new Date(time);

describe('a second factor', () => {
  it('is set up with a first code, then asked for at every login, and a code is never accepted twice', async () => {
    const cookie = cookieOf(await login({ username: 'deane', password: 'moscow1944' }));
    const begun = await world.app.inject({
      method: 'POST',
      url: '/api/session/second-factor',
      headers: { cookie },
    });
    expect(begun.statusCode).toBe(200);
    const { secret, uri } = begun.json<{ secret: string; uri: string }>();
    expect(uri).toMatch(/^otpauth:\/\/totp\/Liaison:deane\?/);
    const wrong = await world.app.inject({
      method: 'POST',
      url: '/api/session/second-factor/confirm',
      headers: { cookie },
      payload: { code: '000000' },
    });
    expect(wrong.statusCode).toBe(400);
    const confirmed = await world.app.inject({
      method: 'POST',
      url: '/api/session/second-factor/confirm',
      headers: { cookie },
      payload: { code: totpCodeAt(secret, now()) },
    });
    expect(confirmed.statusCode).toBe(204);

    time += 60_000;
    const missing = await login({ username: 'deane', password: 'moscow1944' });
    expect(missing.statusCode).toBe(401);
    expect(missing.json()).toEqual({
      error: {
        code: 'SECOND_FACTOR_REQUIRED',
        message: 'code: enter the six-digit code from your authenticator',
        field: 'code',
      },
    });
    expect(missing.cookies).toHaveLength(0);
    const badCode = await login({ username: 'deane', password: 'moscow1944', code: '123456' });
    expect(badCode.json()).toMatchObject({ error: { code: 'LOGIN_FAILED' } });
    const wrongPassword = await login({
      username: 'deane',
      password: 'wrong',
      code: totpCodeAt(secret, now()),
    });
    expect(wrongPassword.json()).toMatchObject({ error: { code: 'LOGIN_FAILED' } });
    const code = totpCodeAt(secret, now());
    expect((await login({ username: 'deane', password: 'moscow1944', code })).statusCode).toBe(200);
    const replay = await login({ username: 'deane', password: 'moscow1944', code });
    expect(replay.statusCode).toBe(401);

    time += 30_000;
    const fresh = cookieOf(
      await login({ username: 'deane', password: 'moscow1944', code: totpCodeAt(secret, now()) }),
    );
    time += 30_000;
    const reauth = (payload: Record<string, string>) =>
      world.app.inject({
        method: 'POST',
        url: '/api/session/reauthenticate',
        headers: { cookie: fresh },
        payload,
      });
    expect((await reauth({ password: 'moscow1944' })).statusCode).toBe(401);
    expect((await reauth({ password: 'moscow1944', code: totpCodeAt(secret, now()) })).statusCode).toBe(200);
    time += 30_000;
    const removed = await world.app.inject({
      method: 'DELETE',
      url: '/api/session/second-factor',
      headers: { cookie: fresh },
      payload: { code: totpCodeAt(secret, now()) },
    });
    expect(removed.statusCode).toBe(204);
    expect((await login({ username: 'deane', password: 'moscow1944' })).statusCode).toBe(200);
  });
});

describe('lockout', () => {
  it('locks an account after five failures in a row, for fifteen minutes, without saying so', async () => {
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await login({ username: 'brooke', password: 'guess' })).statusCode).toBe(401);
    const locked = await login({ username: 'brooke', password: 'moscow1944' });
    expect(locked.statusCode).toBe(401);
    expect(locked.json()).toEqual({ error: { code: 'LOGIN_FAILED', message: 'wrong username or password' } });
    time += 16 * 60_000;
    expect((await login({ username: 'brooke', password: 'moscow1944' })).statusCode).toBe(200);
    const rows = await world.database.asSystem((sql) =>
      sql.query<{ rule: string }>(
        "SELECT rule FROM audit_log WHERE action = 'session.login' AND actor->>'username' = 'brooke' ORDER BY seq",
      ),
    );
    expect(rows.map((row) => row.rule)).toEqual([
      'password',
      'password',
      'password',
      'password',
      'password',
      'locked',
      null,
    ]);
  });

  it('a success resets the count', async () => {
    for (let attempt = 0; attempt < 4; attempt++) await login({ username: 'marshall', password: 'guess' });
    expect((await login({ username: 'marshall', password: 'moscow1944' })).statusCode).toBe(200);
    for (let attempt = 0; attempt < 4; attempt++) await login({ username: 'marshall', password: 'guess' });
    expect((await login({ username: 'marshall', password: 'moscow1944' })).statusCode).toBe(200);
  });
});

describe('cross-site requests', () => {
  it('refuses a state-changing request with the session cookie from another origin, and allows it from this one', async () => {
    const cookie = cookieOf(await login({ username: 'harriman', password: 'moscow1944' }));
    const body = {
      kind: 'memorandum',
      title: 'Cross-site?',
      body: 'x',
      dated: '1944-10-03',
      marking: 'SECRET',
    };
    const post = (headers: Record<string, string>) =>
      world.app.inject({
        method: 'POST',
        url: '/api/documents',
        headers: { cookie, host: 'liaison.example', ...headers },
        payload: body,
      });
    const crossSite: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
    ];
    for (const headers of crossSite) {
      const refused = await post(headers);
      expect(refused.statusCode, JSON.stringify(headers)).toBe(403);
      expect(refused.json()).toMatchObject({ error: { code: 'CROSS_SITE_REQUEST' } });
    }
    expect(
      (await post({ origin: 'http://liaison.example', 'sec-fetch-site': 'same-origin' })).statusCode,
    ).toBe(201);
    expect((await post({})).statusCode).toBe(201);
    const forgedLogin = await world.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { origin: 'https://evil.example' },
      payload: { username: 'harriman', password: 'moscow1944' },
    });
    expect(forgedLogin.statusCode).toBe(403);
  });
});

describe('logs', () => {
  it('carry no password, session cookie or token', async () => {
    const response = await login({ username: 'stalin', password: 'moscow1944' });
    const cookie = cookieOf(response);
    const token = (
      await world.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: { cookie },
        payload: { name: 'log check' },
      })
    ).json<{ token: string }>().token;
    await world.app.inject({
      method: 'GET',
      url: '/api/documents',
      headers: { authorization: `Bearer ${token}` },
    });
    await world.app.inject({ method: 'GET', url: '/api/documents', headers: { cookie } });
    await login({ username: 'stalin', password: 'a-wrong-secret-phrase' });
    const log = serverLog.join('');
    expect(log.length).toBeGreaterThan(0);
    for (const secret of ['moscow1944', 'a-wrong-secret-phrase', cookie.split('=')[1] ?? 'x', token])
      expect(log).not.toContain(secret);
  });
});
