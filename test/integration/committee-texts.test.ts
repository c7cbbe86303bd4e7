/**
 * The committee's negotiated texts through the HTTP API: minutes approved by every party (amendments
 * tracked, diffable, resetting approvals; marked at least as high as the papers discussed),
 * recommendations adopted by consensus and answered by each party's chiefs (never decisions: every
 * attempt to record one is refused), proposals under EMBARGO UNTIL AGREED (the people outside the
 * negotiating delegations never see them), and translations by the interpreter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, storedState } from '../support/api.js';
import { createTestWorld, type TestWorld } from '../support/test-context.js';

interface DocumentRef {
  translations?: { language: string; translator: { username: string } }[];
  id: string;
  title: string;
  banner: string;
  registryNumber: string | null;
}
interface Text {
  id: string;
  kind: string;
  title: string;
  status: string;
  currentVersion: number;
  meetingId: string | null;
  versions: {
    version: number;
    document: DocumentRef;
    author: { username: string };
    party: string;
    kind: string;
    consents: { party: string }[];
  }[];
  awaiting: string[];
  issuedDocument: DocumentRef | null;
  addressedTo: {
    party: string;
    response: { response: string; comment: string; by: { username: string } } | null;
  }[];
  permissions: { amend: boolean; consent: boolean; respond: boolean };
}
interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

let world: TestWorld;
let committeeId: string;
let meetingId: string;
beforeAll(async () => {
  world = await createTestWorld();
  const list = await apiAs(world, 'deane')<{ items: { id: string; name: string }[] }>(
    'GET',
    '/api/committees',
  );
  committeeId = list.body.items.find((committee) => committee.name === 'Tripartite Military Committee')!.id;
  const meetings = await apiAs(world, 'deane')<{ items: { id: string; number: number }[] }>(
    'GET',
    `/api/committees/${committeeId}/meetings`,
  );
  meetingId = meetings.body.items.find((meeting) => meeting.number === 1)!.id;
});
afterAll(() => world.close());

const as = (username: string) => apiAs(world, username);
const texts = (username: string, kind: string) =>
  as(username)<{ items: Text[] }>('GET', `/api/committees/${committeeId}/${kind}`).then(
    (response) => response.body.items ?? [],
  );
const inbox = async (username: string) =>
  (await as(username)<{ items: { id: string }[] }>('GET', '/api/documents?limit=200')).body.items.map(
    (item) => item.id,
  );
const search = async (username: string, q: string) =>
  (
    await as(username)<{ items: { id: string }[] }>('GET', `/api/documents?q=${encodeURIComponent(q)}`)
  ).body.items.map((item) => item.id);
/** A copy's text without its invisible marks and with plain spaces, for matching words. */
const plain = (text: string) => text.replace(/[\u200b-\u200d\u2060]/g, '').replace(/\s+/g, ' ');
const tables = async () =>
  (await storedState(world)) +
  JSON.stringify(
    await world.database.asSystem(async (sql) => {
      const out: Record<string, unknown> = {};
      for (const table of [
        'committee_texts',
        'committee_text_versions',
        'committee_text_consents',
        'committee_responses',
        'document_translations',
      ])
        out[table] = await sql.query(`SELECT * FROM ${table} ORDER BY 1, 2`);
      return out;
    }),
  );

/** A fresh meeting, held, with the given paper: for minutes of our own. */
async function heldMeeting(paper?: string): Promise<string> {
  const meeting = await as('page')<{ id: string }>('POST', `/api/committees/${committeeId}/meetings`, {
    scheduledFor: '1944-11-06T07:00:00Z',
  });
  if (paper) {
    const attached = await as('page')(
      'POST',
      `/api/committees/${committeeId}/meetings/${meeting.body.id}/papers`,
      { documentId: paper },
    );
    if (attached.status !== 200) throw new Error(attached.raw);
  }
  await as('page')('PUT', `/api/committees/${committeeId}/meetings/${meeting.body.id}/attendance`, {
    attendees: ['deane', 'burrows', 'antonov', 'page'],
  });
  return meeting.body.id;
}

describe('minutes', () => {
  it('the 1944 minutes: drafted by the secretary, amended by Burrows, approved by two parties of three', async () => {
    const [minutes] = await texts('antonov', 'minutes');
    expect(minutes!.meetingId).toBe(meetingId);
    expect(minutes).toMatchObject({
      status: 'awaiting-approval',
      currentVersion: 2,
      awaiting: ['SUN'],
      issuedDocument: null,
    });
    expect(
      minutes!.versions.map((version) => [version.version, version.author.username, version.kind]),
    ).toEqual([
      [1, 'page', 'draft'],
      [2, 'burrows', 'amendment'],
    ]);
    expect(minutes!.versions[1]!.consents.map((consent) => consent.party).sort()).toEqual(['GBR', 'USA']);
    expect(minutes!.versions[1]!.document.banner).toBe('SECRET//REL TO GBR, SUN, USA//EMBARGO UNTIL AGREED');
    expect(minutes!.permissions).toEqual({ amend: true, consent: true, respond: false });
    const diff = await as('antonov')<{ parts: { op: string; text: string }[] }>(
      'GET',
      `/api/committees/${committeeId}/minutes/${minutes!.id}/diff?from=1&to=2`,
    );
    expect(diff.status).toBe(200);
    const inserted = plain(
      diff.body.parts
        .filter((part) => part.op === 'insert')
        .map((part) => part.text)
        .join(' '),
    );
    const deleted = plain(
      diff.body.parts
        .filter((part) => part.op === 'delete')
        .map((part) => part.text)
        .join(' '),
    );
    expect(inserted).toMatch(/British Chiefs of Staff/);
    expect(deleted).toMatch(/asked for/);
    expect(diff.body.parts.some((part) => part.op === 'equal' && /Present:/.test(part.text))).toBe(true);
    // The diff reads as the reader's own numbered copy of the new version does; what it removed, as their copy
    // of the old one did.
    for (const username of ['antonov', 'burrows', 'page']) {
      const parts = (
        await as(username)<{ parts: { op: string; text: string }[] }>(
          'GET',
          `/api/committees/${committeeId}/minutes/${minutes!.id}/diff?from=1&to=2`,
        )
      ).body.parts;
      const copy = async (version: number) =>
        (
          await as(username)<{ text?: string; body: string }>(
            'GET',
            `/api/documents/${minutes!.versions[version - 1]!.document.id}`,
          )
        ).body;
      const side = (skip: string) =>
        parts
          .filter((part) => part.op !== skip)
          .map((part) => part.text)
          .join('');
      const [first, second] = [await copy(1), await copy(2)];
      expect(side('delete'), username).toBe(second.text ?? second.body);
      for (const part of parts.filter((entry) => entry.op === 'delete'))
        expect(first.text ?? first.body, username).toContain(part.text.trim());
    }
  });

  it('are issued only when every party approved the current version; an amendment clears the approvals', async () => {
    const id = await heldMeeting();
    const before = await tables();
    expect(
      (
        await as('deane')<ErrorBody>('POST', `/api/committees/${committeeId}/meetings/${id}/minutes`, {
          text: 'x',
        })
      ).body.error.code,
    ).toBe('COMMITTEE_NOT_PERMITTED');
    expect(await tables()).toBe(before);
    const drafted = await as('page')<Text>('POST', `/api/committees/${committeeId}/meetings/${id}/minutes`, {
      text: 'Present: the members.\n\n1. Convoys. Agreed to recommend more escorts.',
    });
    expect(drafted.status).toBe(201);
    expect(drafted.body).toMatchObject({
      kind: 'minutes',
      status: 'awaiting-approval',
      awaiting: ['SUN', 'USA', 'GBR'],
    });
    const textId = drafted.body.id;
    const approve = (username: string, version: number) =>
      as(username)<Text>('POST', `/api/committees/${committeeId}/minutes/${textId}/approvals`, { version });
    expect((await approve('deane', 1)).body.awaiting).toEqual(['SUN', 'GBR']);
    expect((await approve('page', 1)).status).toBe(403);
    expect((await approve('burrows', 1)).body.awaiting).toEqual(['SUN']);

    const amended = await as('antonov')<Text>(
      'POST',
      `/api/committees/${committeeId}/minutes/${textId}/amendments`,
      {
        version: 1,
        text: 'Present: the members.\n\n1. Convoys. Agreed to recommend more escorts, subject to the General Staff’s views.',
        note: 'The Soviet reservation.',
      },
    );
    expect(amended.status).toBe(200);
    expect(amended.body).toMatchObject({
      currentVersion: 2,
      awaiting: ['SUN', 'USA', 'GBR'],
      status: 'awaiting-approval',
    });
    // Approving a version that is no longer current is refused, naming the field.
    const stale = await as('deane')<ErrorBody>(
      'POST',
      `/api/committees/${committeeId}/minutes/${textId}/approvals`,
      { version: 1 },
    );
    expect(stale.body.error).toMatchObject({ code: 'COMMITTEE_STALE_VERSION', field: 'version' });
    const staleAmendment = await as('burrows')<ErrorBody>(
      'POST',
      `/api/committees/${committeeId}/minutes/${textId}/amendments`,
      {
        version: 1,
        text: 'Something else.',
      },
    );
    expect(staleAmendment.body.error.code).toBe('COMMITTEE_STALE_VERSION');

    expect((await approve('antonov', 2)).body.status).toBe('awaiting-approval');
    expect((await approve('deane', 2)).body.issuedDocument).toBeNull();
    const issued = await approve('burrows', 2);
    expect(issued.body).toMatchObject({ status: 'issued', awaiting: [] });
    expect(issued.body.issuedDocument?.title).toBe(issued.body.title);
    expect(issued.body.title).toMatch(/^Minutes of meeting \d+ of the Tripartite Military Committee$/);
    const document = issued.body.issuedDocument!;
    expect(document.banner).toBe('SECRET//REL TO GBR, SUN, USA');
    expect(document.registryNumber).toMatch(/^GBR-\d{4}-\d{4}$/);
    expect((await approve('antonov', 2)).status).toBe(409);
    // Issued to every party's chiefs and delegation; the text is the agreed version.
    const marshallReads = await as('marshall')<{ body: string; kind: string; text?: string }>(
      'GET',
      `/api/documents/${document.id}`,
    );
    expect(marshallReads.status).toBe(200);
    expect(marshallReads.body.kind).toBe('minutes');
    expect(await inbox('stalin')).toContain(document.id);
    expect(await inbox('harriman')).not.toContain(document.id);
    // Nothing more can change.
    expect(
      (
        await as('deane')<ErrorBody>('POST', `/api/committees/${committeeId}/minutes/${textId}/amendments`, {
          version: 2,
          text: 'Late.',
        })
      ).body.error.code,
    ).toBe('COMMITTEE_STATE_CONFLICT');
    // Nor who attended: not through the API, not by SQL.
    const rewritten = await as('page')<ErrorBody>('PUT', `/api/committees/${committeeId}/meetings/${id}/attendance`, {
      attendees: ['deane', 'page'],
    });
    expect([rewritten.status, rewritten.body.error.code]).toEqual([409, 'COMMITTEE_STATE_CONFLICT']);
    await expect(
      world.database.asPerson(await world.personId('page'), (sql) =>
        sql.query('DELETE FROM committee_meeting_attendance WHERE meeting_id = $1', [id]),
      ),
    ).rejects.toThrow(/minutes are issued/);
  });

  it('the last approvals, given at the same moment, issue the minutes exactly once', async () => {
    const id = await heldMeeting();
    const drafted = await as('page')<Text>('POST', `/api/committees/${committeeId}/meetings/${id}/minutes`, {
      title: 'Minutes approved at once',
      text: 'Present: the members.',
    });
    const approve = (username: string) =>
      as(username)<Text>('POST', `/api/committees/${committeeId}/minutes/${drafted.body.id}/approvals`, {
        version: 1,
      });
    await approve('deane');
    const results = await Promise.all([approve('burrows'), approve('antonov')]);
    expect(results.map((result) => result.status)).toEqual([200, 200]);
    const text = await as('deane')<Text>('GET', `/api/committees/${committeeId}/minutes/${drafted.body.id}`);
    expect(text.body).toMatchObject({ status: 'issued', awaiting: [] });
    const issued = await world.database.asSystem((sql) =>
      sql.query("SELECT id FROM documents WHERE kind = 'minutes' AND title = 'Minutes approved at once'"),
    );
    expect(issued).toHaveLength(1);
  });

  it('are marked at least as high as the papers discussed', async () => {
    const paper = await as('deane')<{ id: string }>('POST', '/api/documents', {
      kind: 'memorandum',
      title: 'Air routes to the Soviet Union',
      body: 'For the committee.',
      dated: '1944-11-01',
      marking: 'TOP SECRET//REL TO USA, GBR, SUN',
      distribution: [{ person: 'burrows' }, { person: 'antonov' }],
    });
    await as('deane')('POST', `/api/documents/${paper.body.id}/issue`);
    const id = await heldMeeting(paper.body.id);
    const before = await tables();
    const low = await as('page')<ErrorBody>('POST', `/api/committees/${committeeId}/meetings/${id}/minutes`, {
      text: 'Minutes.',
      marking: 'SECRET//REL TO GBR, SUN',
    });
    expect(low.status).toBe(422);
    expect(low.body.error).toMatchObject({ code: 'COMMITTEE_MARKING_BELOW_SOURCES', field: 'marking' });
    expect(low.body.error.message).toMatch(/SECRET is below TOP SECRET/);
    expect(await tables()).toBe(before);
    const defaulted = await as('page')<Text>(
      'POST',
      `/api/committees/${committeeId}/meetings/${id}/minutes`,
      { text: 'Minutes.' },
    );
    expect(defaulted.body.versions[0]!.document.banner).toBe(
      'TOP SECRET//REL TO USA, GBR, SUN//EMBARGO UNTIL AGREED',
    );
  });
});

describe('recommendations, never decisions', () => {
  it('the 1944 recommendation awaits each party’s chiefs, who record their own response', async () => {
    const [recommendation] = await texts('marshall', 'recommendations');
    expect(recommendation).toMatchObject({ title: 'Joint weather and bomb-line liaison', status: 'adopted' });
    expect(recommendation!.addressedTo.map((entry) => [entry.party, entry.response])).toEqual([
      ['SUN', null],
      ['USA', null],
      ['GBR', null],
    ]);
    expect(recommendation!.permissions.respond).toBe(true);
    // The chiefs see the adopted text, not the drafts: the versions were for the delegations only.
    expect(recommendation!.versions).toEqual([]);
    expect(recommendation!.issuedDocument?.banner).toBe('СЕКРЕТНО//REL TO SUN, GBR, USA');

    const before = await tables();
    for (const [username, code] of [
      ['deane', 'COMMITTEE_NOT_PERMITTED'],
      ['antonov', 'COMMITTEE_NOT_PERMITTED'],
      ['page', 'COMMITTEE_NOT_PERMITTED'],
    ] as const) {
      const refused = await as(username)<ErrorBody>(
        'POST',
        `/api/committees/${committeeId}/recommendations/${recommendation!.id}/responses`,
        {
          response: 'approved',
          comment: 'Approved on behalf of the chiefs.',
        },
      );
      expect(refused.body.error.code, username).toBe(code);
    }
    expect(
      (
        await as('harriman')(
          'POST',
          `/api/committees/${committeeId}/recommendations/${recommendation!.id}/responses`,
          { response: 'noted', comment: 'x' },
        )
      ).status,
    ).toBe(404);
    expect(await tables()).toBe(before);

    const brooke = await as('brooke')<Text>(
      'POST',
      `/api/committees/${committeeId}/recommendations/${recommendation!.id}/responses`,
      {
        response: 'approved-with-changes',
        comment: 'Approved, the bomb lines to be notified through the Air Ministry.',
      },
    );
    expect(brooke.status).toBe(200);
    expect(brooke.body.addressedTo.find((entry) => entry.party === 'GBR')?.response).toMatchObject({
      response: 'approved-with-changes',
      by: { username: 'brooke' },
    });
    expect(brooke.body.status).toBe('adopted');
    expect(
      (
        await as('brooke')(
          'POST',
          `/api/committees/${committeeId}/recommendations/${recommendation!.id}/responses`,
          { response: 'declined', comment: 'On reflection.' },
        )
      ).status,
    ).toBe(409);
    await as('marshall')(
      'POST',
      `/api/committees/${committeeId}/recommendations/${recommendation!.id}/responses`,
      {
        response: 'noted',
        comment: 'Noted; the Army Air Forces will reply.',
      },
    );
    const stalin = await as('stalin')<Text>(
      'POST',
      `/api/committees/${committeeId}/recommendations/${recommendation!.id}/responses`,
      {
        response: 'declined',
        comment: 'The General Staff will arrange the bomb lines itself.',
      },
    );
    expect(stalin.body.status).toBe('answered');
    expect(stalin.body.addressedTo.map((entry) => entry.response?.response)).toEqual([
      'declined',
      'noted',
      'approved-with-changes',
    ]);
  });

  it('is adopted only by the consensus of every member', async () => {
    const proposed = await as('burrows')<Text>('POST', `/api/committees/${committeeId}/recommendations`, {
      title: 'Liaison officers with the fronts',
      text: 'That British and American liaison officers be attached to the Soviet fronts nearest the Allied armies.',
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body.status).toBe('proposed');
    const concur = (username: string) =>
      as(username)<Text>(
        'POST',
        `/api/committees/${committeeId}/recommendations/${proposed.body.id}/concurrences`,
        { version: 1 },
      );
    expect((await concur('burrows')).body.status).toBe('proposed');
    expect((await concur('deane')).body.status).toBe('proposed');
    expect((await concur('page')).status).toBe(403);
    // Two of three is not consensus: nothing reaches the chiefs.
    expect((await texts('marshall', 'recommendations')).map((text) => text.id)).not.toContain(
      proposed.body.id,
    );
    const adopted = await concur('antonov');
    expect(adopted.body).toMatchObject({ status: 'adopted', awaiting: [] });
    expect((await texts('marshall', 'recommendations')).map((text) => text.id)).toContain(proposed.body.id);
  });

  it('nothing in the API records a decision or makes a recommendation binding: 400 naming the field, nothing stored', async () => {
    const [recommendation] = await texts('deane', 'recommendations');
    const before = await tables();
    const attempts: [string, string, unknown, string][] = [
      [
        'POST',
        `/api/committees/${committeeId}/recommendations`,
        { title: 'Binding', text: 'x', binding: true },
        'binding',
      ],
      [
        'POST',
        `/api/committees/${committeeId}/recommendations`,
        { title: 'Decided', text: 'x', status: 'decided' },
        'status',
      ],
      [
        'POST',
        `/api/committees/${committeeId}/recommendations`,
        { title: 'Decision', text: 'x', kind: 'decision' },
        'kind',
      ],
      [
        'POST',
        `/api/committees/${committeeId}/recommendations/${recommendation!.id}/concurrences`,
        { version: 1, decision: true },
        'decision',
      ],
      [
        'POST',
        `/api/committees/${committeeId}/recommendations/${recommendation!.id}/responses`,
        { response: 'decided', comment: 'x' },
        'response',
      ],
      [
        'POST',
        `/api/committees/${committeeId}/recommendations/${recommendation!.id}/responses`,
        { response: 'binding', comment: 'x' },
        'response',
      ],
      [
        'POST',
        `/api/committees/${committeeId}/minutes/${recommendation!.id}/approvals`,
        { version: 1, binding: true },
        'binding',
      ],
      ['POST', '/api/committees', { name: 'x', remit: 'y', powers: 'decision', parties: [] }, 'powers'],
      [
        'POST',
        '/api/documents',
        { kind: 'decision', title: 'x', body: 'y', dated: '1944-10-01', marking: 'SECRET' },
        'kind',
      ],
      [
        'POST',
        '/api/documents',
        { kind: 'recommendation', title: 'x', body: 'y', dated: '1944-10-01', marking: 'SECRET' },
        'kind',
      ],
    ];
    for (const [method, url, payload, field] of attempts) {
      for (const username of ['deane', 'marshall']) {
        const response = await as(username)<ErrorBody>(method as 'POST', url, payload);
        expect(response.status, `${username} ${url} ${field}`).toBe(400);
        expect(response.body.error.field, `${url}`).toBe(field);
      }
    }
    for (const url of [
      `/api/committees/${committeeId}/decisions`,
      `/api/committees/${committeeId}/recommendations/${recommendation!.id}/decision`,
    ])
      expect((await as('deane')('POST', url, {})).status).toBe(404);
    expect(await tables()).toBe(before);
  });

  it('no route, field or value of the API expresses a committee decision or a binding recommendation', async () => {
    const openapi = (await world.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, unknown>;
    }>();
    const forbidden = /decid|decision|binding/i;
    expect(Object.keys(openapi.paths).filter((path) => forbidden.test(path))).toEqual([]);
    const names: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) {
        node.forEach(walk);
        return;
      }
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if (key === 'properties' && typeof value === 'object' && value !== null)
          names.push(...Object.keys(value));
        if ((key === 'enum' || key === 'const') && value !== undefined)
          names.push(...[value].flat().map(String));
        walk(value);
      }
    };
    walk(
      Object.fromEntries(
        Object.entries(openapi.paths).filter(([path]) => path.startsWith('/api/committees')),
      ),
    );
    expect(names.length).toBeGreaterThan(50);
    expect(names.filter((name) => forbidden.test(name))).toEqual([]);
  });
});

describe('proposals under embargo until agreed', () => {
  it('the seed 002 proposal and its British parallel: seen by the negotiating delegations only', async () => {
    const [proposal] = await texts('antonov', 'proposals');
    expect(proposal).toMatchObject({
      status: 'under-negotiation',
      currentVersion: 2,
      awaiting: ['SUN', 'USA', 'GBR'],
    });
    expect(proposal!.versions.map((version) => [version.party, version.kind])).toEqual([
      ['USA', 'submission'],
      ['GBR', 'parallel-submission'],
    ]);
    const deanes = proposal!.versions[0]!.document;
    const burrows = proposal!.versions[1]!.document;
    expect(deanes.banner).toMatch(/EMBARGO UNTIL AGREED$/);

    for (const username of ['deane', 'burrows', 'antonov', 'page', 'pavlov']) {
      expect(
        (await texts(username, 'proposals')).map((text) => text.id),
        username,
      ).toEqual([proposal!.id]);
      expect((await as(username)('GET', `/api/documents/${deanes.id}`)).status, username).toBe(200);
    }
    // Not the wider parties: not the ambassador, not the chiefs, not the registry, not anyone else.
    for (const username of ['harriman', 'marshall', 'eisenhower', 'brooke', 'stalin', 'molotov']) {
      for (const document of [deanes, burrows]) {
        expect(
          (await as(username)('GET', `/api/documents/${document.id}`)).status,
          `${username} ${document.title}`,
        ).toBe(404);
        expect(await inbox(username), username).not.toContain(document.id);
        expect(await search(username, 'tripartite committee Moscow'), username).not.toContain(document.id);
      }
      const listed = await as(username)<{ items: Text[] }>('GET', `/api/committees/${committeeId}/proposals`);
      expect(listed.body.items ?? [], username).toEqual([]);
      expect(
        (await as(username)('GET', `/api/committees/${committeeId}/proposals/${proposal!.id}`)).status,
        username,
      ).toBe(404);
      expect(
        (
          await as(username)(
            'GET',
            `/api/committees/${committeeId}/proposals/${proposal!.id}/diff?from=1&to=2`,
          )
        ).status,
      ).toBe(404);
    }
    const diff = await as('burrows')<{ parts: { op: string; text: string }[] }>(
      'GET',
      `/api/committees/${committeeId}/proposals/${proposal!.id}/diff?from=1&to=2`,
    );
    expect(
      diff.body.parts
        .filter((part) => part.op === 'insert')
        .map((part) => part.text)
        .join(' '),
    ).toMatch(/British/);
  });

  it('lifts the embargo when every party agrees: the agreed text is issued to the parties', async () => {
    const submitted = await as('antonov')<Text>('POST', `/api/committees/${committeeId}/proposals`, {
      title: 'Exchange of liaison groups at army level',
      text: 'That liaison groups be exchanged between the fronts and the Allied army groups once they are within 200 miles.',
    });
    expect(submitted.status).toBe(201);
    const id = submitted.body.id;
    const first = submitted.body.versions[0]!.document;
    expect(first.banner).toBe('СЕКРЕТНО//REL TO SUN, GBR, USA//EMBARGO UNTIL AGREED');
    expect((await as('stalin')('GET', `/api/documents/${first.id}`)).status).toBe(404);
    // Burrows may not submit a parallel proposal twice, nor agree for another party.
    const parallel = await as('burrows')<Text>(
      'POST',
      `/api/committees/${committeeId}/proposals/${id}/versions`,
      {
        version: 1,
        kind: 'parallel-submission',
        text: 'That liaison groups be exchanged between the fronts and the Allied army groups once they are within 100 miles.',
      },
    );
    expect(parallel.body.currentVersion).toBe(2);
    expect(
      (
        await as('burrows')<ErrorBody>('POST', `/api/committees/${committeeId}/proposals/${id}/versions`, {
          version: 2,
          kind: 'parallel-submission',
          text: 'Again.',
        })
      ).body.error.code,
    ).toBe('COMMITTEE_STATE_CONFLICT');
    const revised = await as('antonov')<Text>(
      'POST',
      `/api/committees/${committeeId}/proposals/${id}/versions`,
      {
        version: 2,
        text: 'That liaison groups be exchanged between the fronts and the Allied army groups once they are within 150 miles.',
        note: 'A compromise.',
      },
    );
    expect(revised.body.versions.map((version) => version.kind)).toEqual([
      'submission',
      'parallel-submission',
      'revision',
    ]);
    const agree = (username: string) =>
      as(username)<Text>('POST', `/api/committees/${committeeId}/proposals/${id}/agreements`, { version: 3 });
    await agree('antonov');
    await agree('burrows');
    expect(
      (await as('harriman')('GET', `/api/documents/${revised.body.versions[2]!.document.id}`)).status,
    ).toBe(404);
    const agreed = await agree('deane');
    expect(agreed.body.status).toBe('agreed');
    const text = agreed.body.issuedDocument!;
    expect(text.banner).toBe('SECRET//REL TO USA, GBR, SUN');
    // Now the wider parties read the agreed text; the negotiating drafts stay with the delegations.
    for (const username of ['harriman', 'marshall', 'brooke', 'stalin', 'molotov']) {
      expect((await as(username)('GET', `/api/documents/${text.id}`)).status, username).toBe(200);
      expect((await as(username)('GET', `/api/documents/${first.id}`)).status, username).toBe(404);
    }
    const body = await as('harriman')<{ body: string; text?: string }>('GET', `/api/documents/${text.id}`);
    // In Harriman's own numbered copy, whose wording may differ slightly from the original's.
    const read = plain(body.body.text ?? body.body.body);
    expect(read).toMatch(/(150|one hundred (and )?fifty) miles/);
  });
});

describe('translations', () => {
  it('the minutes carry the Soviet interpreter’s Russian translation; the original is authoritative', async () => {
    const [minutes] = await texts('deane', 'minutes');
    const version = minutes!.versions.find((entry) => entry.version === 2)!.document;
    expect(version).toMatchObject({ translations: [{ language: 'ru', translator: { username: 'pavlov' } }] });
    const translations = await as('deane')<{
      original: { language: string; authoritative: boolean };
      translations: {
        language: string;
        title: string;
        translator: { username: string };
        authoritative: boolean;
        body: string;
      }[];
    }>('GET', `/api/documents/${version.id}/translations`);
    expect(translations.status).toBe(200);
    expect(translations.body.original).toMatchObject({ language: 'en', authoritative: true });
    expect(translations.body.translations).toEqual([
      expect.objectContaining({
        language: 'ru',
        translator: expect.objectContaining({ username: 'pavlov' }) as unknown,
        authoritative: false,
      }),
    ]);
    expect(translations.body.translations[0]!.body).toMatch(/Европейской консультативной комиссии/);
    // Read with the document, by its readers only.
    expect((await as('harriman')('GET', `/api/documents/${version.id}/translations`)).status).toBe(404);
  });

  it('only an interpreter who may read the document translates it, once per language', async () => {
    const [minutes] = await texts('pavlov', 'minutes');
    const memo = minutes!.versions.find((entry) => entry.version === 1)!.document.id;
    const before = await tables();
    const byDeane = await as('deane')<ErrorBody>('POST', `/api/documents/${memo}/translations`, {
      language: 'ru',
      title: 'x',
      body: 'y',
    });
    expect(byDeane.body.error.code).toBe('TRANSLATION_NOT_PERMITTED');
    const same = await as('pavlov')<ErrorBody>('POST', `/api/documents/${memo}/translations`, {
      language: 'en',
      title: 'x',
      body: 'y',
    });
    expect(same.body.error.field).toBe('language');
    expect(await tables()).toBe(before);
    const unread = await world.documentId('Soviet reticence on the locality of operations');
    expect(
      (
        await as('pavlov')('POST', `/api/documents/${unread}/translations`, {
          language: 'ru',
          title: 'x',
          body: 'y',
        })
      ).status,
    ).toBe(404);
    const added = await as('pavlov')('POST', `/api/documents/${memo}/translations`, {
      language: 'ru',
      title: 'Протокол первого заседания (проект, вариант 1)',
      body: 'Присутствовали: члены комиссии.',
    });
    expect(added.status).toBe(201);
    expect(
      (
        await as('pavlov')('POST', `/api/documents/${memo}/translations`, {
          language: 'ru',
          title: 'x',
          body: 'y',
        })
      ).status,
    ).toBe(409);
  });
});
