/** The audit log in the database: appended with the work it records, never changed, and verifiable. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyEd25519 } from '../../src/app/audit/audit-signer.js';
import { CHECKPOINT_EVERY } from '../../src/app/audit/record-audit.js';
import { exportAuditLog } from '../../src/app/audit/export-audit-log.js';
import { verifyAuditLog } from '../../src/core/audit/audit-log.verify.js';
import { apiAs } from '../support/api.js';
import { createTestWorld, type TestWorld } from '../support/test-context.js';

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(() => world.close());

const entries = (where: string, params: unknown[] = []) =>
  world.database.asSystem((sql) =>
    sql.query<{
      chain: string;
      action: string;
      decision: string;
      rule: string | null;
      actor: { username: string } | null;
      address: string | null;
      details: Record<string, unknown>;
    }>(
      `SELECT chain, action, decision, rule, actor, address, details FROM audit_log WHERE ${where} ORDER BY chain, seq`,
      params,
    ),
  );

describe('what is recorded', () => {
  it('a granted read, a denied one with its rule, a search with what it returned, a failed login', async () => {
    const bagration = await world.documentId('Operation BAGRATION: sectors of the main blows');
    await apiAs(world, 'stalin')('GET', `/api/documents/${bagration}`);
    await apiAs(world, 'molotov')('GET', `/api/documents/${bagration}`);
    await apiAs(world, 'molotov')('GET', '/api/documents?q=Vitebsk');
    await world.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'zhukov', password: 'x' },
    });

    const reads = await entries("action = 'document.read' AND target_id = $1", [bagration]);
    expect(reads.map((entry) => [entry.actor?.username, entry.decision, entry.rule])).toEqual([
      ['stalin', 'granted', 'office'],
      ['molotov', 'denied', 'compartments'],
    ]);
    expect(reads[0]?.address).toBe('127.0.0.1');
    const [search] = await entries("action = 'document.search' AND actor->>'username' = 'molotov'");
    expect(search?.details).toEqual({ q: 'Vitebsk', returned: [] });
    const [unknown] = await entries("action = 'session.login' AND chain = 'NODE'");
    expect(unknown).toMatchObject({
      decision: 'denied',
      rule: 'unknown-user',
      details: { username: 'zhukov' },
    });
  });

  it('signs a checkpoint every so many entries', async () => {
    const harriman = await world.login('harriman');
    for (let i = 0; i < CHECKPOINT_EVERY; i++)
      await world.app.inject({ method: 'GET', url: '/api/documents?limit=1', headers: { cookie: harriman } });
    const checkpoints = await world.database.asSystem((sql) =>
      sql.query<{ seq: number }>("SELECT seq FROM audit_checkpoints WHERE chain = 'USA'"),
    );
    expect(checkpoints.length).toBeGreaterThanOrEqual(1);
    expect(checkpoints.every((checkpoint) => checkpoint.seq % CHECKPOINT_EVERY === 0)).toBe(true);
  });
});

describe('append-only, whoever asks', () => {
  it.each([
    ["UPDATE audit_log SET decision = 'granted' WHERE decision = 'denied'", /append-only/],
    ['DELETE FROM audit_log', /append-only/],
    ['TRUNCATE audit_log', /append-only/],
    ['DELETE FROM audit_checkpoints', /append-only/],
  ])('refuses %s even to the owner', async (statement, error) => {
    await expect(world.database.asSystem((sql) => sql.query(statement))).rejects.toThrow(error);
  });

  it('refuses the application role any change, and an entry that does not continue its chain', async () => {
    const deane = await world.personId('deane');
    await expect(world.database.asPerson(deane, (sql) => sql.query('DELETE FROM audit_log'))).rejects.toThrow(
      /permission denied|append-only/,
    );
    await expect(
      world.database.asPerson(deane, (sql) =>
        sql.query(
          `INSERT INTO audit_log (chain, seq, at, action, decision, details, prev, hash)
           VALUES ('USA', 1, 'now', 'forged', 'done', '{}', repeat('0', 64), $1)`,
          [randomUUID()],
        ),
      ),
    ).rejects.toThrow(/does not continue its chain/);
  });

  it('lets a security officer read their own party’s chain only, and nobody else read any', async () => {
    const harriman = await world.personId('harriman');
    const deane = await world.personId('deane');
    const chains = await world.database.asPerson(harriman, (sql) =>
      sql.query<{ chain: string }>('SELECT DISTINCT chain FROM audit_log'),
    );
    expect(chains.map((row) => row.chain)).toEqual(['USA']);
    expect(
      await world.database.asPerson(deane, (sql) => sql.query('SELECT 1 FROM audit_log LIMIT 1')),
    ).toEqual([]);
  });
});

describe('export and verification', () => {
  it('exports every chain, or one party’s, and both verify with the parties’ keys', async () => {
    for (const chains of [undefined, ['SUN']]) {
      const lines: string[] = [];
      await exportAuditLog(world.ctx, chains ? { chains } : {}, (line) => {
        lines.push(line);
      });
      const trusted = new Map(
        (chains ?? ['GBR', 'NODE', 'SUN', 'USA']).map((chain) => [
          chain,
          world.ctx.signer.keyOf(chain).publicKey,
        ]),
      );
      const result = verifyAuditLog(`${lines.join('\n')}\n`, verifyEd25519, { trustedKeys: trusted });
      expect(result.ok, result.ok ? '' : result.message).toBe(true);
      if (result.ok)
        expect(result.value.chains.map((chain) => chain.chain)).toEqual(
          chains ?? ['GBR', 'NODE', 'SUN', 'USA'],
        );
    }
  });

  it('a log signed with another key does not pass as this one', async () => {
    const lines: string[] = [];
    await exportAuditLog(world.ctx, { chains: ['USA'] }, (line) => {
      lines.push(line);
    });
    const result = verifyAuditLog(`${lines.join('\n')}\n`, verifyEd25519, {
      trustedKeys: new Map([['USA', world.ctx.signer.keyOf('GBR').publicKey]]),
    });
    expect(result).toMatchObject({ ok: false, at: 1 });
  });
});

describe('the audit log for officers, through the API', () => {
  it('shows an officer their party’s chain, newest first, and exports it verifiably; nobody else', async () => {
    const harriman = apiAs(world, 'harriman');
    const page = await harriman<{ chain: string; items: { seq: number; chain: string }[] }>('GET', '/api/audit?limit=5');
    expect(page.status).toBe(200);
    expect(page.body.chain).toBe('USA');
    expect(page.body.items.map((entry) => entry.chain)).toEqual(['USA', 'USA', 'USA', 'USA', 'USA']);
    const seqs = page.body.items.map((entry) => entry.seq);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
    const older = await harriman<{ items: { seq: number }[] }>('GET', `/api/audit?limit=5&before=${seqs.at(-1) ?? 1}`);
    expect(Math.max(...older.body.items.map((entry) => entry.seq))).toBeLessThan(seqs.at(-1) ?? 0);
    expect((await apiAs(world, 'deane')('GET', '/api/audit')).status).toBe(403);

    const exported = await world.app.inject({ method: 'GET', url: '/api/audit/export', headers: { cookie: await world.login('harriman') } });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('application/x-ndjson');
    const result = verifyAuditLog(exported.body, verifyEd25519, { trustedKeys: new Map([['USA', world.ctx.signer.keyOf('USA').publicKey]]) });
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
  });
});
