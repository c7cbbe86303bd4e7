/** Drafting, issuing and disseminating through the API, with the people who must not see. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOfficeMember, insertOffice } from '../../src/db/office.repository.js';
import { apiAs, storedState } from '../support/api.js';
import { createTestWorld, type TestWorld } from '../support/test-context.js';

interface Doc {
  id: string;
  state: string;
  version: number;
  banner: string;
  registryNumber: string | null;
  distributionBlock: string[];
  permissions: { edit: boolean; issue: boolean; disseminate: boolean };
}
interface ErrorBody {
  error: { code: string; message: string; field?: string; at?: number };
}

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(() => world.close());

const as = (username: string) => apiAs(world, username);
const memo = (overrides: Record<string, unknown> = {}) => ({
  kind: 'memorandum',
  title: `Memorandum ${randomUUID().slice(0, 8)}`,
  body: 'The committee should meet weekly.',
  dated: '1944-10-02',
  marking: 'SECRET',
  ...overrides,
});
const inbox = async (username: string) =>
  (await as(username)<{ items: { id: string }[] }>('GET', '/api/documents?limit=200')).body.items.map(
    (item) => item.id,
  );

describe('compose, issue and disseminate', () => {
  it('a draft is the drafter’s alone; issued, it reaches its distribution; disseminated, it reaches more', async () => {
    const created = await as('deane')<Doc>(
      'POST',
      '/api/documents',
      memo({ distribution: [{ person: 'burrows' }] }),
    );
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({
      state: 'draft',
      registryNumber: null,
      permissions: { edit: true, issue: true },
    });
    for (const other of ['burrows', 'harriman', 'page', 'antonov']) {
      expect((await as(other)('GET', `/api/documents/${id}`)).status, other).toBe(404);
      expect(await inbox(other)).not.toContain(id);
    }

    const issued = await as('deane')<Doc>('POST', `/api/documents/${id}/issue`);
    expect(issued.status).toBe(200);
    expect(issued.body.state).toBe('issued');
    expect(issued.body.registryNumber).toMatch(/^USA-\d{4}-\d{4}$/);
    expect(issued.body.distributionBlock).toEqual(['Copy to Lt. Gen. M. Brocas Burrows']);
    expect(await inbox('burrows')).toContain(id);
    expect((await as('burrows')('GET', `/api/documents/${id}`)).status).toBe(200);
    expect(await inbox('antonov')).not.toContain(id);
    // The registry holds the record copy of everything its party issues.
    expect(await inbox('page')).toContain(id);
    expect(await inbox('harriman')).not.toContain(id);

    const more = await as('deane')<Doc>('POST', `/api/documents/${id}/disseminations`, {
      recipients: [{ person: 'antonov' }, { office: await officeId('British Chiefs of Staff'), copies: 2 }],
    });
    expect(more.status).toBe(200);
    expect(more.body.distributionBlock).toEqual([
      'Copy to Lt. Gen. M. Brocas Burrows',
      'Copy to Gen. A. I. Antonov',
      '2 copies to British Chiefs of Staff',
    ]);
    expect(await inbox('antonov')).toContain(id);
    expect(await inbox('brooke')).toContain(id);
    expect(await inbox('stalin')).not.toContain(id);
  });

  it('an issued document cannot change, nor be issued twice', async () => {
    const { body: draft } = await as('deane')<Doc>(
      'POST',
      '/api/documents',
      memo({ distribution: [{ party: 'USA' }] }),
    );
    await as('deane')('POST', `/api/documents/${draft.id}/issue`);
    const before = await storedState(world);
    const edit = await as('deane')<ErrorBody>('PUT', `/api/documents/${draft.id}`, { ...memo(), version: 1 });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('DOCUMENT_NOT_DRAFT');
    expect((await as('deane')<ErrorBody>('POST', `/api/documents/${draft.id}/issue`)).status).toBe(409);
    expect(await storedState(world)).toBe(before);
  });

  it('a draft is saved as new versions; a stale version is refused and changes nothing', async () => {
    const { body: draft } = await as('deane')<Doc>('POST', '/api/documents', memo());
    const saved = await as('deane')<Doc>('PUT', `/api/documents/${draft.id}`, {
      ...memo({ title: 'Second version' }),
      version: 1,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);
    const before = await storedState(world);
    const stale = await as('deane')<ErrorBody>('PUT', `/api/documents/${draft.id}`, {
      ...memo({ title: 'Lost update' }),
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });
    expect(await storedState(world)).toBe(before);
    expect(
      (await as('harriman')('PUT', `/api/documents/${draft.id}`, { ...memo(), version: 2 })).status,
    ).toBe(404);
  });

  it('a draft without a distribution cannot be issued', async () => {
    const { body: draft } = await as('deane')<Doc>('POST', '/api/documents', memo());
    const issue = await as('deane')<ErrorBody>('POST', `/api/documents/${draft.id}/issue`);
    expect(issue.status).toBe(400);
    expect(issue.body.error).toMatchObject({ code: 'DOCUMENT_NO_DISTRIBUTION', field: 'distribution' });
  });

  it('checks each recipient again at issue: a clearance lowered meanwhile stops the issue', async () => {
    const { body: draft } = await as('harriman')<Doc>(
      'POST',
      '/api/documents',
      memo({ marking: 'TOP SECRET', distribution: [{ person: 'page' }] }),
    );
    await world.database.asSystem((sql) =>
      sql.query("UPDATE people SET clearance = 2 WHERE username = 'page'"),
    );
    try {
      const issue = await as('harriman')<ErrorBody>('POST', `/api/documents/${draft.id}/issue`);
      expect(issue.status).toBe(422);
      expect(issue.body.error.message).toBe(
        "page could not read it: clearance SECRET is below the document's TOP SECRET",
      );
    } finally {
      await world.database.asSystem((sql) =>
        sql.query("UPDATE people SET clearance = 3 WHERE username = 'page'"),
      );
    }
  });
});

describe('markings an author may apply', () => {
  it.each([
    ['deane', 'MOST SECRET', 400, 'MARKING_LEVEL_NOT_IN_VOCABULARY'],
    ['deane', 'TOP SECRET//BAGRATION', 400, 'MARKING_UNKNOWN_COMPARTMENT'],
    ['pavlov', 'ОСОБОЙ ВАЖНОСТИ', 403, 'MARKING_NOT_PERMITTED'],
    ['deane', 'SECRET//BAGRATON', 400, 'MARKING_UNKNOWN_COMPARTMENT'],
    ['deane', 'SECRET//PERSONAL FOR CHURCHILL', 400, 'MARKING_UNKNOWN_PERSON'],
    ['deane', 'secret', 400, 'MARKING_NOT_UPPERCASE'],
    ['deane', 'SECRET//EMBARGO UNTIL AGREED', 400, 'INVALID_INPUT'],
  ])('%s marking %j: %i %s, nothing stored', async (username, marking, status, code) => {
    const before = await storedState(world);
    const response = await as(username)<ErrorBody>('POST', '/api/documents', memo({ marking }));
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message.length).toBeGreaterThan(10);
    expect(await storedState(world)).toBe(before);
  });

  it('answers a compartment the author is not read into exactly as a word that is none', async () => {
    const hidden = await as('deane')<ErrorBody>(
      'POST',
      '/api/documents',
      memo({ marking: 'TOP SECRET//BAGRATION' }),
    );
    const unknown = await as('deane')<ErrorBody>(
      'POST',
      '/api/documents',
      memo({ marking: 'TOP SECRET//BAGRATON' }),
    );
    expect(hidden.status).toBe(unknown.status);
    expect(hidden.body.error.message.replace('BAGRATION', 'BAGRATON')).toBe(unknown.body.error.message);
    expect(hidden.raw).not.toMatch(/known compartments: [^;]*BAGRATION/);
    const parsed = await as('molotov')<ErrorBody>('POST', '/api/markings/parse', {
      banner: 'СЕКРЕТНО//BAGRATION',
    });
    expect(parsed.status).toBe(400);
    expect(parsed.raw).not.toMatch(/known compartments: [^;]*BAGRATION/);
  });

  it('names the column of a bad banner', async () => {
    const response = await as('deane')<ErrorBody>(
      'POST',
      '/api/documents',
      memo({ marking: 'TOP SECRET//OVERLORD//NOFRON' }),
    );
    expect(response.body.error).toMatchObject({ code: 'MARKING_UNKNOWN_CONTROL', field: 'marking' });
    expect(response.body.error.message).toContain('column 23');
  });

  it('adds the originator to a REL TO list and reads a list of the originator alone as NOFORN', async () => {
    expect(
      (await as('burrows')<Doc>('POST', '/api/documents', memo({ marking: 'MOST SECRET//REL TO USA' }))).body
        .banner,
    ).toBe('MOST SECRET//REL TO GBR, USA');
    expect(
      (await as('deane')<Doc>('POST', '/api/documents', memo({ marking: 'SECRET//REL TO USA' }))).body.banner,
    ).toBe('SECRET//NOFORN');
  });
});

describe('who may receive it', () => {
  it.each([
    ['SECRET//NOFORN', { person: 'burrows' }, 422, 'DISSEMINATION_NOT_RELEASABLE'],
    ['SECRET//REL TO USA, GBR', { party: 'SUN' }, 422, 'DISSEMINATION_NOT_RELEASABLE'],
    ['TOP SECRET//OVERLORD', { person: 'page' }, 422, 'DISSEMINATION_RECIPIENT_CANNOT_READ'],
    ['TOP SECRET', { person: 'pavlov' }, 201, undefined],
    ['SECRET', { person: 'churchill' }, 400, 'UNKNOWN_RECIPIENT'],
    ['SECRET', { office: randomUUID() }, 400, 'UNKNOWN_RECIPIENT'],
    ['SECRET', { party: 'FRA' }, 400, 'UNKNOWN_RECIPIENT'],
    ['SECRET', { person: 'burrows', party: 'GBR' }, 400, 'INVALID_INPUT'],
  ])('%s to %j: %i', async (marking, recipient, status, code) => {
    const before = await storedState(world);
    const response = await as('deane')<ErrorBody>(
      'POST',
      '/api/documents',
      memo({ marking, distribution: [recipient] }),
    );
    expect(response.status).toBe(status);
    if (code) {
      expect(response.body.error.code).toBe(code);
      expect(response.body.error.field).toMatch(/^distribution\.0/);
      expect(await storedState(world)).toBe(before);
    }
  });

  it('refuses the same recipient twice', async () => {
    const response = await as('deane')<ErrorBody>(
      'POST',
      '/api/documents',
      memo({ distribution: [{ person: 'burrows' }, { person: 'burrows' }] }),
    );
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({ code: 'DISSEMINATION_DUPLICATE', field: 'distribution.1' });
  });

  it('a holder passes a document on within their own party only, and never an ORCON one', async () => {
    const open = await issue('deane', memo({ distribution: [{ person: 'harriman' }] }));
    expect(
      (
        await as('harriman')('POST', `/api/documents/${open}/disseminations`, {
          recipients: [{ person: 'marshall' }],
        })
      ).status,
    ).toBe(200);
    expect(await inbox('marshall')).toContain(open);
    const abroad = await as('harriman')<ErrorBody>('POST', `/api/documents/${open}/disseminations`, {
      recipients: [{ person: 'burrows' }],
    });
    expect(abroad.status).toBe(403);
    expect(abroad.body.error.code).toBe('DISSEMINATION_NOT_PERMITTED');

    const orcon = await issue(
      'deane',
      memo({ marking: 'SECRET//ORCON', distribution: [{ person: 'harriman' }] }),
    );
    const before = await storedState(world);
    const passOn = await as('harriman')<ErrorBody>('POST', `/api/documents/${orcon}/disseminations`, {
      recipients: [{ person: 'marshall' }],
    });
    expect(passOn.status).toBe(403);
    expect(passOn.body.error.message).toContain('ORCON');
    expect(await storedState(world)).toBe(before);
    expect(
      (
        await as('deane')('POST', `/api/documents/${orcon}/disseminations`, {
          recipients: [{ person: 'marshall' }],
        })
      ).status,
    ).toBe(200);
  });

  it('one who cannot read a document cannot disseminate it, and learns nothing of it', async () => {
    const id = await world.documentId('Operation BAGRATION: sectors of the main blows');
    const response = await as('molotov')<ErrorBody>('POST', `/api/documents/${id}/disseminations`, {
      recipients: [{ person: 'molotov' }],
    });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: 'NOT_FOUND', message: 'no such document' } });
  });
});

describe('PERSONAL FOR and EMBARGO UNTIL AGREED', () => {
  it('a PERSONAL FOR document disseminated to a whole party is read only by the person named', async () => {
    const id = await issue(
      'harriman',
      memo({ marking: 'SECRET//PERSONAL FOR MOLOTOV', distribution: [{ party: 'SUN' }] }),
    );
    expect(await inbox('molotov')).toContain(id);
    for (const other of ['stalin', 'pavlov', 'antonov', 'deane'])
      expect(await inbox(other), other).not.toContain(id);
    expect(await inbox('page')).toContain(id); // the originator's registry
  });

  it('an embargoed proposal is seen only by the negotiating delegations, not their wider parties', async () => {
    const delegation = randomUUID();
    const members = [await world.personId('deane'), await world.personId('burrows')];
    await world.database.asSystem(async (sql) => {
      await insertOffice(sql, {
        id: delegation,
        party: 'USA',
        name: `Negotiating delegation ${delegation.slice(0, 6)}`,
        kind: 'delegation',
      });
      for (const member of members) await addOfficeMember(sql, delegation, member);
    });
    const missing = await as('deane')<ErrorBody>(
      'POST',
      '/api/documents',
      memo({ marking: 'SECRET//EMBARGO UNTIL AGREED' }),
    );
    expect(missing.body.error.field).toBe('negotiatingOffices');
    const notDelegation = await as('deane')<ErrorBody>(
      'POST',
      '/api/documents',
      memo({
        marking: 'SECRET//EMBARGO UNTIL AGREED',
        negotiatingOffices: [await officeId('United States Military Mission, Moscow')],
      }),
    );
    expect(notDelegation.status).toBe(400);
    const id = await issue(
      'deane',
      memo({
        marking: 'SECRET//EMBARGO UNTIL AGREED',
        negotiatingOffices: [delegation],
        distribution: [{ party: 'USA' }, { party: 'GBR' }],
      }),
    );
    expect(await inbox('burrows')).toContain(id);
    for (const other of ['harriman', 'marshall', 'page', 'brooke'])
      expect(await inbox(other), other).not.toContain(id);
  });
});

describe('bad bodies', () => {
  it.each([
    [{ ...memo(), title: '' }, 'title'],
    [{ ...memo(), dated: '1944-02-30' }, 'dated'],
    [{ ...memo(), dated: 'yesterday' }, 'dated'],
    [{ ...memo(), kind: 'letter' }, 'kind'],
    [{ ...memo(), colour: 'red' }, undefined],
    [{ ...memo(), kind: 'memorandum-of-conversation' }, 'fields.participants'],
    [
      {
        ...memo(),
        kind: 'intelligence-report',
        fields: { source: 'agent', reliability: 'G', credibility: '1' },
      },
      'fields.reliability',
    ],
    [{ ...memo(), distribution: [{ person: 'burrows', copies: 0 }] }, 'distribution.0.copies'],
  ])('%j → 400 naming %s, nothing stored', async (body, field) => {
    const before = await storedState(world);
    const response = await as('deane')<ErrorBody>('POST', '/api/documents', body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toMatch(/INVALID_INPUT|DOCUMENT_INVALID/);
    if (field) expect(response.body.error.message).toContain(field.split('.').at(-1));
    expect(await storedState(world)).toBe(before);
  });

  it('a malformed cursor or an over-long query is a 400 naming it', async () => {
    expect((await as('deane')<ErrorBody>('GET', '/api/documents?cursor=zzz')).body.error.field).toBe(
      'cursor',
    );
    expect((await as('deane')<ErrorBody>('GET', `/api/documents?q=${'a'.repeat(201)}`)).status).toBe(400);
    expect((await as('deane')<ErrorBody>('GET', '/api/documents?limit=0')).status).toBe(400);
  });
});

describe('paging', () => {
  it('walks everything readable, newest first, with no repeats', async () => {
    const all = await inbox('page');
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await as('page')<{ items: { id: string }[]; nextCursor?: string }>(
        'GET',
        `/api/documents?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });
});

async function issue(username: string, body: Record<string, unknown>): Promise<string> {
  const created = await as(username)<Doc & ErrorBody>('POST', '/api/documents', body);
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  const issued = await as(username)<Doc & ErrorBody>('POST', `/api/documents/${created.body.id}/issue`);
  if (issued.status !== 200) throw new Error(JSON.stringify(issued.body));
  return created.body.id;
}

async function officeId(name: string): Promise<string> {
  const rows = await world.database.asSystem((sql) =>
    sql.query<{ id: string }>('SELECT id FROM offices WHERE name = $1', [name]),
  );
  if (!rows[0]) throw new Error(`no office ${name}`);
  return rows[0].id;
}
