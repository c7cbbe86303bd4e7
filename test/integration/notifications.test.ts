/**
 * The notification stream tells a person only what they may read, decided when it happens: a
 * revocation applies to the very next event of an already open stream; a suspension closes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../support/api.js';
import { openEventStream } from '../support/event-stream.js';
import { createTestWorld, type TestWorld } from '../support/test-context.js';

let world: TestWorld;
let base: string;
beforeAll(async () => {
  world = await createTestWorld();
  base = await world.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => world.close());

const as = (username: string) => apiAs(world, username);
const stream = async (username: string) =>
  openEventStream(`${base}/api/notifications`, { cookie: await world.login(username) });

async function issueBagration(title: string): Promise<string> {
  const created = await as('stalin')<{ id: string }>('POST', '/api/documents', {
    kind: 'memorandum',
    title,
    body: 'Second stage: the Lublin–Brest direction.',
    dated: '1944-07-10',
    marking: 'СОВЕРШЕННО СЕКРЕТНО//BAGRATION//NOFORN',
    distribution: [{ office: await officeId('Stavka of the Supreme High Command') }],
  });
  if (created.status !== 201) throw new Error(created.raw);
  await as('stalin')('POST', `/api/documents/${created.body.id}/issue`);
  return created.body.id;
}

async function officeId(name: string): Promise<string> {
  const rows = await world.database.asSystem((sql) =>
    sql.query<{ id: string }>('SELECT id FROM offices WHERE name = $1', [name]),
  );
  return (rows[0] as { id: string }).id;
}

describe('GET /api/notifications', () => {
  it('needs a session', async () => {
    const response = await fetch(`${base}/api/notifications`);
    expect(response.status).toBe(401);
  });

  it('tells each reader of a new document, and nobody else', async () => {
    const antonov = await stream('antonov');
    const molotov = await stream('molotov');
    const stalin = await stream('stalin');
    await Promise.all([antonov.next('ready'), molotov.next('ready'), stalin.next('ready')]);
    const id = await issueBagration('BAGRATION second stage');
    expect((await antonov.next('document-available')).data).toMatchObject({
      id,
      title: 'BAGRATION second stage',
    });
    await stalin.next('document-available');
    expect(molotov.events.filter((event) => event.event === 'document-available')).toEqual([]);
    for (const open of [antonov, molotov, stalin]) open.close();
  });

  it('after a revocation, an open stream is told so and hears nothing more of the compartment', async () => {
    const antonov = await stream('antonov');
    const stalin = await stream('stalin');
    await Promise.all([antonov.next('ready'), stalin.next('ready')]);
    const revoked = await as('stalin')('DELETE', '/api/people/antonov/compartments/BAGRATION', {
      reason: 'reassigned',
    });
    expect(revoked.status).toBe(204);
    await antonov.next('access-changed');
    await issueBagration('BAGRATION third stage');
    await stalin.next('document-available');
    expect(antonov.events.filter((event) => event.event === 'document-available')).toEqual([]);
    antonov.close();
    stalin.close();
  });

  it('a suspension ends the stream', async () => {
    const pavlov = await stream('pavlov');
    await pavlov.next('ready');
    expect(
      (await as('stalin')('POST', '/api/people/pavlov/suspension', { reason: 'loose talk' })).status,
    ).toBe(200);
    await pavlov.next('session-ended');
    await expect(pavlov.next('never')).rejects.toThrow(/stream ended/);
  });
});
