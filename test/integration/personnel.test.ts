/** Personnel security through the API: officers' authority, effect at once, reasons, and the record. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyEd25519 } from '../../src/app/audit/audit-signer.js';
import { exportAuditLog } from '../../src/app/audit/export-audit-log.js';
import { verifyAuditLog } from '../../src/core/audit/audit-log.verify.js';
import { apiAs } from '../support/api.js';
import { createTestWorld, type TestWorld } from '../support/test-context.js';

let world: TestWorld;
let time = new Date('1944-10-02T09:00:00Z').getTime();
beforeAll(async () => {
  world = await createTestWorld({ now: () => new Date(time) });
});
afterAll(() => world.close());

const as = (username: string) => apiAs(world, username);
interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

async function issue(username: string, body: Record<string, unknown>): Promise<string> {
  const created = await as(username)<{ id: string }>('POST', '/api/documents', body);
  if (created.status !== 201) throw new Error(created.raw);
  const issued = await as(username)('POST', `/api/documents/${created.body.id}/issue`);
  if (issued.status !== 200) throw new Error(issued.raw);
  return created.body.id;
}

const overlordBody = {
  kind: 'memorandum',
  title: 'OVERLORD: build-up of forces after the lodgement',
  body: 'Thirty-seven divisions ashore by the end of July.',
  dated: '1944-07-01',
  marking: 'TOP SECRET//OVERLORD',
  distribution: [{ person: 'deane' }, { person: 'page' }],
};

describe('reading out, at once', () => {
  it('DELETE /api/people/{username}/compartments/{name} by an officer of the person’s party: 204, and the next request of an open session has lost the access', async () => {
    const overlord = await issue('eisenhower', { ...overlordBody, distribution: [{ person: 'deane' }] });
    const deaneReads = () => as('deane')('GET', `/api/documents/${overlord}`);
    expect((await deaneReads()).status).toBe(200);

    // Deane is no officer; Burrows is not of Deane's party; for Stalin, not read into it, OVERLORD
    // does not exist at all.
    for (const [officer, status, code] of [
      ['deane', 403, 'PERSONNEL_NOT_AUTHORISED'],
      ['burrows', 403, 'PERSONNEL_NOT_AUTHORISED'],
      ['stalin', 400, 'PERSONNEL_INVALID'],
    ] as const) {
      const refused = await as(officer)<ErrorBody>('DELETE', '/api/people/deane/compartments/OVERLORD');
      expect(refused.status, officer).toBe(status);
      expect(refused.body.error.code).toBe(code);
    }
    expect((await deaneReads()).status).toBe(200);

    const revoked = await as('harriman')('DELETE', '/api/people/deane/compartments/OVERLORD', {
      reason: 'talked out of turn',
    });
    expect(revoked.status).toBe(204);
    expect(revoked.raw).toBe('');
    expect((await deaneReads()).status).toBe(404);
    const listed = await as('deane')<{ items: { id: string }[] }>('GET', '/api/documents?limit=200');
    expect(listed.body.items.map((item) => item.id)).not.toContain(overlord);

    const again = await as('harriman')<ErrorBody>('DELETE', '/api/people/deane/compartments/OVERLORD');
    expect(again.status).toBe(409);
    expect(
      (await as('harriman')<ErrorBody>('DELETE', '/api/people/nobody/compartments/OVERLORD')).status,
    ).toBe(404);
  });
});

describe('what officers may do', () => {
  it('a compartment is its owner’s to share: the Soviet officer reads Deane into BAGRATION; a NOFORN document stays closed to him', async () => {
    // For Harriman, not read into BAGRATION, it is a word that names nothing, like any other.
    const refused = await as('harriman')<ErrorBody>('POST', '/api/people/marshall/compartments', {
      compartment: 'BAGRATION',
      reason: 'x',
    });
    expect([refused.status, refused.body.error.message]).toEqual([400, "compartment: no compartment 'BAGRATION'"]);
    const granted = await as('stalin')<{ compartments: string[] }>('POST', '/api/people/deane/compartments', {
      compartment: 'BAGRATION',
      reason: 'liaison on the offensive',
    });
    expect(granted.status).toBe(200);
    expect(granted.body.compartments).toContain('BAGRATION');
    const bagration = await world.documentId('Operation BAGRATION: sectors of the main blows');
    expect((await as('deane')('GET', `/api/documents/${bagration}`)).status).toBe(404);
  });

  it('lowering a clearance closes what it no longer reaches, at once', async () => {
    const memcon = await world.documentId('Stalin and Harriman Exchange Military Information');
    expect((await as('page')('GET', `/api/documents/${memcon}`)).status).toBe(200);
    const lowered = await as('harriman')<{ clearance: { name: string } }>(
      'PUT',
      '/api/people/page/clearance',
      { level: 'SECRET', reason: 'reassigned' },
    );
    expect(lowered.status).toBe(200);
    expect(lowered.body.clearance.name).toBe('SECRET');
    expect((await as('page')('GET', `/api/documents/${memcon}`)).status).toBe(404);
    expect(
      (
        await as('harriman')<ErrorBody>('PUT', '/api/people/page/clearance', {
          level: 'ОСОБОЙ ВАЖНОСТИ',
          reason: 'x',
        })
      ).status,
    ).toBe(400);
    expect(
      (await as('harriman')('PUT', '/api/people/page/clearance', { level: 'TOP SECRET', reason: 'restored' }))
        .status,
    ).toBe(200);
  });

  it('a suspension ends every session at once; reinstatement lets the person log in again', async () => {
    expect((await as('eisenhower')('GET', '/api/documents')).status).toBe(200);
    const noReason = await as('harriman')<ErrorBody>('POST', '/api/people/eisenhower/suspension', {
      reason: ' ',
    });
    expect(noReason.body.error).toMatchObject({ code: 'PERSONNEL_INVALID', field: 'reason' });
    expect(
      (
        await as('harriman')('POST', '/api/people/eisenhower/suspension', {
          reason: 'security breach under inquiry',
        })
      ).status,
    ).toBe(200);
    expect((await as('eisenhower')('GET', '/api/documents')).status).toBe(401);
    const login = await world.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'eisenhower', password: 'moscow1944' },
    });
    expect(login.statusCode).toBe(401);
    expect(
      (
        await as('harriman')<{ status: string }>('DELETE', '/api/people/eisenhower/suspension', {
          reason: 'cleared',
        })
      ).body.status,
    ).toBe('active');
    const back = await world.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'eisenhower', password: 'moscow1944' },
    });
    expect(back.statusCode).toBe(200);
  });

  it('only officers see their party’s personnel records, and only their own party’s', async () => {
    const list = await as('burrows')<{ items: { username: string; clearance: { name: string } }[] }>(
      'GET',
      '/api/people',
    );
    expect(list.body.items.map((person) => person.username).sort()).toEqual(['brooke', 'burrows']);
    expect(list.body.items[0]?.clearance.name).toBe('MOST SECRET');
    expect((await as('deane')('GET', '/api/people')).status).toBe(403);
  });
});

describe('sensitive actions need a recent login', () => {
  it('asks to confirm the password after a while, and never accepts a bearer token', async () => {
    time += 16 * 60 * 1000;
    const stale = await as('harriman')<ErrorBody>('POST', '/api/people/page/compartments', {
      compartment: 'OVERLORD',
      reason: 'needs it',
    });
    expect(stale.status).toBe(403);
    expect(stale.body.error.code).toBe('REAUTHENTICATION_REQUIRED');
    expect(
      (await as('harriman')<ErrorBody>('POST', '/api/session/reauthenticate', { password: 'wrong' })).status,
    ).toBe(401);
    expect(
      (await as('harriman')('POST', '/api/session/reauthenticate', { password: 'moscow1944' })).status,
    ).toBe(200);
    expect(
      (
        await as('harriman')('POST', '/api/people/page/compartments', {
          compartment: 'OVERLORD',
          reason: 'needs it',
        })
      ).status,
    ).toBe(200);

    const token = (await as('harriman')<{ token: string }>('POST', '/api/tokens', { name: 'script' })).body
      .token;
    const viaToken = await world.app.inject({
      method: 'DELETE',
      url: '/api/people/page/compartments/OVERLORD',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(viaToken.statusCode).toBe(403);
  });
});

describe('who can read this, and why', () => {
  it('lists the readers of a document the officer can read, with how each holds it', async () => {
    const memcon = await world.documentId('Stalin and Harriman Exchange Military Information');
    const readers = await as('harriman')<{ items: { username: string; via: string }[] }>(
      'GET',
      `/api/documents/${memcon}/readers`,
    );
    expect(readers.status).toBe(200);
    expect(Object.fromEntries(readers.body.items.map((reader) => [reader.username, reader.via]))).toEqual({
      deane: 'person',
      harriman: 'office',
      page: 'drafter',
    });
    expect((await as('stalin')('GET', `/api/documents/${memcon}/readers`)).status).toBe(404);
    expect((await as('molotov')('GET', `/api/documents/${memcon}/readers`)).status).toBe(403);
  });

  it('says why one of the officer’s people cannot read it, and refuses to say for another party’s', async () => {
    const memcon = await world.documentId('Stalin and Harriman Exchange Military Information');
    const why = await as('harriman')('GET', `/api/documents/${memcon}/readers/marshall`);
    expect(why.body).toEqual({
      username: 'marshall',
      canRead: false,
      via: null,
      rule: 'dissemination',
      explanation: 'the document was not disseminated to the person, their office or their party',
    });
    expect((await as('harriman')('GET', `/api/documents/${memcon}/readers/burrows`)).status).toBe(403);
  });
});

describe('enforced again in the database', () => {
  it('refuses personnel writes outside an officer’s authority even from raw SQL', async () => {
    const deane = await world.personId('deane');
    const harriman = await world.personId('harriman');
    const removed = await world.database.asPerson(deane, (sql) =>
      sql.query(
        "DELETE FROM read_ins WHERE person_id = (SELECT id FROM people WHERE username = 'marshall') RETURNING person_id",
      ),
    );
    expect(removed).toEqual([]);
    await expect(
      world.database.asPerson(harriman, (sql) =>
        sql.query("UPDATE people SET clearance = 4 WHERE username = 'page' RETURNING id"),
      ),
    ).rejects.toThrow(/row-level security/);
    const own = await world.database.asPerson(harriman, (sql) =>
      sql.query("UPDATE people SET status = 'suspended' WHERE username = 'harriman' RETURNING id"),
    );
    expect(own).toEqual([]);
    const grant = world.database.asPerson(harriman, (sql) =>
      sql.query(
        "INSERT INTO read_ins (person_id, compartment) SELECT id, 'BAGRATION' FROM people WHERE username = 'marshall'",
      ),
    );
    await expect(grant).rejects.toThrow(/row-level security/);
  });
});

describe('the record', () => {
  it('every change is on the officer’s chain with its reason, on the person’s own party’s chain too, and the export verifies', async () => {
    const lines: string[] = [];
    await exportAuditLog(world.ctx, {}, (line) => {
      lines.push(line);
    });
    const verified = verifyAuditLog(`${lines.join('\n')}\n`, verifyEd25519);
    expect(verified.ok).toBe(true);
    const entries = lines.map(
      (line) =>
        JSON.parse(line) as {
          type: string;
          chain: string;
          action: string;
          decision: string;
          details: { reason?: string; username?: string };
        },
    );
    const revocation = entries.find(
      (entry) =>
        entry.action === 'person.revoke-compartment' && entry.chain === 'USA' && entry.decision === 'done',
    );
    expect(revocation?.details).toMatchObject({
      username: 'deane',
      compartment: 'OVERLORD',
      reason: 'talked out of turn',
    });
    const crossParty = entries.filter(
      (entry) => entry.action === 'person.grant-compartment' && entry.details.username === 'deane',
    );
    expect(crossParty.map((entry) => entry.chain).sort()).toEqual(['SUN', 'USA']);
    // Refusals are recorded too, on the chain of the one who tried.
    expect(
      entries.some(
        (entry) =>
          entry.action === 'person.revoke-compartment' &&
          entry.chain === 'GBR' &&
          entry.decision === 'refused',
      ),
    ).toBe(true);
  });
});
