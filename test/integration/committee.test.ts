/**
 * The tripartite committee through the HTTP API: the script contract, the charter (approved by every
 * party, changed only so), reserved matters referred to their body (and overridden only with every
 * party's consent), meetings with their agenda, papers and marking, and the people for whom the
 * committee does not exist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, storedState } from '../support/api.js';
import { createTestWorld, type TestWorld } from '../support/test-context.js';

interface PersonRef {
  username: string;
  party: string;
}
interface Committee {
  id: string;
  name: string;
  status: string;
  members: PersonRef[];
  staff: (PersonRef & { role: string })[];
  reservedMatters: { topic: string; body: string; terms: string[] }[];
  powers: string;
  standing: string;
  charter: { version: number; status: string; reservedMatters: { topic: string; terms: string[] }[] };
  pendingCharter: { version: number; awaitingApproval: string[]; changes: string[] } | null;
  delegations: { party: string; office: { id: string; name: string } }[];
}
interface AgendaItem {
  id: string;
  status: string;
  referredTo: string | null;
  banner: string;
  reservedMatter: {
    topic: string;
    body: string;
    explanation: string;
    matches: { term: string; field: string; at: number }[];
  } | null;
  override: {
    awaiting: string[];
    overriddenAt: string | null;
    consents: { party: string; reason: string }[];
  } | null;
  meeting: { id: string; number: number } | null;
}
interface Meeting {
  id: string;
  number: number;
  status: string;
  banner: string;
  agenda: AgendaItem[];
  referred: (AgendaItem & { title: string })[];
  papers: { documentId: string; banner: string }[];
  attendance: PersonRef[];
  minutes: { id: string; status: string } | null;
  actionItems: { id: string; title: string; owner: PersonRef; overdue: boolean }[];
}
interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

let world: TestWorld;
let committeeId: string;
beforeAll(async () => {
  world = await createTestWorld();
  const list = await apiAs(world, 'deane')<{ items: Committee[] }>('GET', '/api/committees');
  committeeId = list.body.items.find((committee) => committee.name === 'Tripartite Military Committee')!.id;
});
afterAll(() => world.close());

const as = (username: string) => apiAs(world, username);
const officeId = async (name: string) => {
  const rows = await world.database.asSystem((sql) =>
    sql.query<{ id: string }>('SELECT id FROM offices WHERE name = $1', [name]),
  );
  return rows[0]!.id;
};
/** Everything the committee tables and the documents hold, to show a refused request changed nothing. */
const committeeState = async () =>
  (await storedState(world)) +
  JSON.stringify(
    await world.database.asSystem(async (sql) => {
      const tables = [
        'committees',
        'committee_charters',
        'committee_charter_approvals',
        'committee_agenda_items',
        'committee_override_consents',
        'committee_meetings',
        'committee_meeting_papers',
        'committee_texts',
        'committee_text_versions',
        'committee_text_consents',
        'committee_responses',
        'committee_action_items',
        'document_translations',
      ];
      const out: Record<string, unknown> = {};
      for (const table of tables) out[table] = await sql.query(`SELECT * FROM ${table} ORDER BY 1, 2`);
      return out;
    }),
  );

describe('the script contract', () => {
  it('GET /api/committees → 200 with id, name, members (username, party) and reserved matters (topic, body)', async () => {
    const response = await as('deane')<{ items: Committee[] }>('GET', '/api/committees');
    expect(response.status).toBe(200);
    const tmc = response.body.items.find((committee) => committee.id === committeeId)!;
    expect(tmc).toMatchObject({
      name: 'Tripartite Military Committee',
      status: 'in-force',
      powers: 'advisory',
    });
    expect(tmc.members.map((member) => [member.username, member.party]).sort()).toEqual([
      ['antonov', 'SUN'],
      ['burrows', 'GBR'],
      ['deane', 'USA'],
    ]);
    expect(tmc.staff.map((member) => [member.username, member.role]).sort()).toEqual([
      ['page', 'secretary'],
      ['pavlov', 'interpreter'],
    ]);
    expect(tmc.reservedMatters).toEqual([
      expect.objectContaining({ topic: 'civil affairs', body: 'European Advisory Commission' }),
    ]);
    for (const member of tmc.members)
      expect([typeof member.username, typeof member.party]).toEqual(['string', 'string']);
  });

  it('POST /api/committees/{id}/agenda-items → 201 "proposed", or "referred" with referredTo naming the body', async () => {
    const proposed = await as('burrows')<AgendaItem>('POST', `/api/committees/${committeeId}/agenda-items`, {
      title: 'Shuttle bombing bases in the Ukraine',
      text: 'The future of the American bases at Poltava, Mirgorod and Piryatin.',
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'proposed', referredTo: null });
    expect(typeof proposed.body.id).toBe('string');

    const referred = await as('antonov')<AgendaItem>('POST', `/api/committees/${committeeId}/agenda-items`, {
      title: 'Liberated Poland',
      text: 'The Civil Affairs arrangements behind the 1st Belorussian Front.',
    });
    expect(referred.status).toBe(201);
    expect(referred.body).toMatchObject({ status: 'referred', referredTo: 'European Advisory Commission' });
    expect(referred.body.reservedMatter).toMatchObject({
      topic: 'civil affairs',
      body: 'European Advisory Commission',
    });
    expect(referred.body.reservedMatter?.matches[0]).toMatchObject({
      term: 'civil affairs',
      field: 'text',
      at: 4,
    });
    expect(referred.body.reservedMatter?.explanation).toMatch(/"Civil Affairs" in the text at character 5/);
  });

  it('a person who is not on the committee gets 404 for it (403 for a party’s chiefs), and nothing is stored', async () => {
    const before = await committeeState();
    for (const outsider of ['molotov', 'harriman', 'eisenhower']) {
      expect(
        (await as(outsider)<{ items: Committee[] }>('GET', '/api/committees')).body.items,
        outsider,
      ).toEqual([]);
      expect((await as(outsider)('GET', `/api/committees/${committeeId}`)).status, outsider).toBe(404);
      const posted = await as(outsider)<ErrorBody>('POST', `/api/committees/${committeeId}/agenda-items`, {
        title: 'Anything',
        text: 'At all.',
      });
      expect(posted.status, outsider).toBe(404);
      expect(posted.body.error.message).toBe('no such committee');
      // The same answer as for a committee that does not exist at all.
      expect((await as(outsider)('GET', `/api/committees/${crypto.randomUUID()}`)).raw).toBe(
        (await as(outsider)('GET', `/api/committees/${committeeId}`)).raw,
      );
    }
    for (const chief of ['marshall', 'brooke', 'stalin']) {
      const visible = await as(chief)<Committee>('GET', `/api/committees/${committeeId}`);
      expect(visible.status, chief).toBe(200);
      expect(visible.body.standing).toBe('chief');
      const posted = await as(chief)<ErrorBody>('POST', `/api/committees/${committeeId}/agenda-items`, {
        title: 'Anything',
        text: 'At all.',
      });
      expect(posted.status, chief).toBe(403);
      expect(posted.body.error.code).toBe('COMMITTEE_NOT_PERMITTED');
      expect((await as(chief)('GET', `/api/committees/${committeeId}/agenda-items`)).status).toBe(403);
      expect((await as(chief)('GET', `/api/committees/${committeeId}/meetings`)).status).toBe(403);
    }
    expect(await committeeState()).toBe(before);
  });

  it('is documented in the OpenAPI document, with summaries', async () => {
    const openapi = await world.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const document = openapi.json<{ paths: Record<string, Record<string, { summary?: string }>> }>();
    const committeePaths = Object.keys(document.paths).filter((path) => path.startsWith('/api/committees'));
    expect(committeePaths).toEqual(
      expect.arrayContaining([
        '/api/committees',
        '/api/committees/{id}',
        '/api/committees/{id}/agenda-items',
        '/api/committees/{id}/meetings/{meetingId}/minutes',
        '/api/committees/{id}/recommendations/{textId}/responses',
        '/api/committees/{id}/proposals/{textId}/agreements',
      ]),
    );
    for (const path of committeePaths)
      for (const [method, operation] of Object.entries(document.paths[path]!))
        expect(operation.summary, `${method} ${path}`).toBeTruthy();
  });
});

describe('the charter', () => {
  it('shows the committee as its members see it: delegations of kind delegation, advisory powers, the charter in force', async () => {
    const committee = await as('antonov')<Committee>('GET', `/api/committees/${committeeId}`);
    expect(committee.body).toMatchObject({
      standing: 'member',
      charter: { version: 1, status: 'in-force' },
      pendingCharter: null,
    });
    expect(committee.body.delegations.map((delegation) => delegation.party).sort()).toEqual([
      'GBR',
      'SUN',
      'USA',
    ]);
    const kinds = await world.database.asSystem((sql) =>
      sql.query<{ kind: string }>('SELECT kind FROM offices WHERE id = ANY($1::uuid[])', [
        committee.body.delegations.map((delegation) => delegation.office.id),
      ]),
    );
    expect(kinds.map((row) => row.kind)).toEqual(['delegation', 'delegation', 'delegation']);
  });

  it('a change comes into force only when every party has approved it', async () => {
    const charter = (terms: string[]) => ({
      name: 'Tripartite Military Committee',
      remit: before.body.remit,
      place: 'Moscow',
      parties: [
        { party: 'SUN', member: 'antonov', interpreters: ['pavlov'], chiefsOffice: officeIdCache.stavka },
        { party: 'USA', member: 'deane', secretaries: ['page'], chiefsOffice: officeIdCache.jcs },
        { party: 'GBR', member: 'burrows', chiefsOffice: officeIdCache.bcos },
      ],
      reservedMatters: [{ topic: 'civil affairs', body: 'European Advisory Commission', terms }],
      note: 'Adds the reparations question to the reserved matter.',
    });
    const before = await as('deane')<Committee & { remit: string }>('GET', `/api/committees/${committeeId}`);
    const officeIdCache = {
      stavka: await officeId('Stavka of the Supreme High Command'),
      jcs: await officeId('United States Chiefs of Staff'),
      bcos: await officeId('British Chiefs of Staff'),
    };
    const terms = [...before.body.charter.reservedMatters[0]!.terms, 'reparations'];
    // Not a member: refused, nothing stored.
    const state = await committeeState();
    expect(
      (await as('page')<ErrorBody>('POST', `/api/committees/${committeeId}/charters`, charter(terms))).body
        .error.code,
    ).toBe('COMMITTEE_NOT_PERMITTED');
    expect(
      (await as('brooke')('POST', `/api/committees/${committeeId}/charters`, charter(terms))).status,
    ).toBe(403);
    expect(await committeeState()).toBe(state);

    const proposed = await as('burrows')<{
      version: number;
      status: string;
      awaitingApproval: string[];
      changes: string[];
    }>('POST', `/api/committees/${committeeId}/charters`, charter(terms));
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ version: 2, status: 'awaiting-approval' });
    expect(proposed.body.awaitingApproval.sort()).toEqual(['SUN', 'USA']);
    expect(proposed.body.changes).toEqual(['"civil affairs": adds terms "reparations"']);

    const item = { title: 'Reparations in kind', text: 'Deliveries from current production.' };
    const check = async () =>
      (
        await as('deane')<{ reserved: boolean }>(
          'POST',
          `/api/committees/${committeeId}/reserved-matter-checks`,
          item,
        )
      ).body.reserved;
    expect(await check()).toBe(false);
    expect((await as('deane')('POST', `/api/committees/${committeeId}/charters/2/approvals`)).status).toBe(
      200,
    );
    // Two parties of three: not yet in force.
    expect(await check()).toBe(false);
    expect(
      (await as('deane')<ErrorBody>('POST', `/api/committees/${committeeId}/charters/2/approvals`)).body.error
        .code,
    ).toBe('COMMITTEE_STATE_CONFLICT');
    expect(
      (await as('page')<ErrorBody>('POST', `/api/committees/${committeeId}/charters/2/approvals`)).body.error
        .code,
    ).toBe('COMMITTEE_NOT_PERMITTED');
    const last = await as('antonov')<{ status: string }>(
      'POST',
      `/api/committees/${committeeId}/charters/2/approvals`,
    );
    expect(last.body.status).toBe('in-force');
    expect(await check()).toBe(true);
    const history = await as('burrows')<{
      items: { version: number; status: string; approvals: { party: string }[] }[];
    }>('GET', `/api/committees/${committeeId}/charters`);
    expect(
      history.body.items.map((version) => [version.version, version.status, version.approvals.length]),
    ).toEqual([
      [1, 'superseded', 3],
      [2, 'in-force', 3],
    ]);
  });

  it('refuses a charter with powers of decision, or two members for a party, naming the field', async () => {
    const before = await committeeState();
    const base = {
      name: 'Decision Committee',
      remit: 'To decide.',
      parties: [
        { party: 'USA', member: 'deane', chiefsOffice: await officeId('United States Chiefs of Staff') },
        { party: 'GBR', member: 'burrows', chiefsOffice: await officeId('British Chiefs of Staff') },
      ],
    };
    const decisive = await as('deane')<ErrorBody>('POST', '/api/committees', { ...base, powers: 'decision' });
    expect(decisive.status).toBe(400);
    expect(decisive.body.error.field).toBe('powers');
    const wrongParty = await as('deane')<ErrorBody>('POST', '/api/committees', {
      ...base,
      parties: [base.parties[0], { ...base.parties[1], member: 'brooke', advisers: ['deane'] }],
    });
    expect(wrongParty.status).toBe(400);
    expect(wrongParty.body.error.field).toBe('parties.1');
    expect(await committeeState()).toBe(before);
  });

  it('a new committee has no business until every party approves its first charter', async () => {
    const created = await as('deane')<Committee>('POST', '/api/committees', {
      name: 'Anglo-American Shipping Committee',
      remit: 'To discuss convoy routing to the northern Soviet ports.',
      parties: [
        { party: 'USA', member: 'deane', chiefsOffice: await officeId('United States Chiefs of Staff') },
        { party: 'GBR', member: 'burrows', chiefsOffice: await officeId('British Chiefs of Staff') },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'proposed',
      pendingCharter: { version: 1, awaitingApproval: ['GBR'] },
    });
    const early = await as('deane')<ErrorBody>('POST', `/api/committees/${created.body.id}/agenda-items`, {
      title: 'Convoys',
      text: 'JW 61.',
    });
    expect(early.body.error.code).toBe('COMMITTEE_NOT_IN_FORCE');
    expect((await as('antonov')('GET', `/api/committees/${created.body.id}`)).status).toBe(404);
    await as('burrows')('POST', `/api/committees/${created.body.id}/charters/1/approvals`);
    const later = await as('deane')<AgendaItem>('POST', `/api/committees/${created.body.id}/agenda-items`, {
      title: 'Convoys',
      text: 'JW 61.',
    });
    expect(later.status).toBe(201);
    // Only the two parties' people: the Tripartite delegations are not this committee's.
    expect((await as('pavlov')('GET', `/api/committees/${created.body.id}/agenda-items`)).status).toBe(404);
  });
});

describe('reserved matters', () => {
  it.each([
    ['Military Government of Germany', '', 'military government of', 'title'],
    ['Occupation', 'Boundaries of the zones of occupation.', 'zones of occupation', 'text'],
    ['Liberated territory', 'The civil-affairs staff of SHAEF.', 'civil affairs', 'text'],
    ['Civil\nadministration', '', 'civil administration', 'title'],
  ])('"%s" / "%s" is referred under the term "%s" (in the %s)', async (title, text, term, field) => {
    const response = await as('deane')<AgendaItem>('POST', `/api/committees/${committeeId}/agenda-items`, {
      title,
      text,
    });
    expect(response.body.status).toBe('referred');
    expect(response.body.reservedMatter?.matches[0]).toMatchObject({ term, field });
  });

  it.each([
    ['Civilian evacuation of the battle area', ''],
    ['Uncivil affairs at the front', ''],
    ['Military government', 'Of the railways, not of any country.'],
  ])('"%s" is not within a reserved matter (whole words and phrases only)', async (title, text) => {
    const response = await as('deane')<AgendaItem>('POST', `/api/committees/${committeeId}/agenda-items`, {
      title,
      text,
    });
    expect(response.body).toMatchObject({ status: 'proposed', reservedMatter: null });
  });

  it('a referred item cannot be placed on an agenda; every party’s recorded consent puts it back', async () => {
    const meeting = await as('page')<Meeting>('POST', `/api/committees/${committeeId}/meetings`, {
      scheduledFor: '1944-10-16T07:00:00Z',
    });
    expect(meeting.status).toBe(201);
    const item = await as('burrows')<AgendaItem>('POST', `/api/committees/${committeeId}/agenda-items`, {
      title: 'Civil affairs agreements with liberated governments',
      text: 'For information only.',
    });
    const before = await committeeState();
    const placed = await as('page')<ErrorBody>(
      'POST',
      `/api/committees/${committeeId}/meetings/${meeting.body.id}/agenda`,
      {
        itemId: item.body.id,
      },
    );
    expect(placed.status).toBe(409);
    expect(placed.body.error).toMatchObject({ code: 'COMMITTEE_RESERVED_MATTER' });
    expect(placed.body.error.message).toMatch(/European Advisory Commission/);
    // Consent is a member's, for their own party, with a reason.
    expect(
      (
        await as('page')(
          'POST',
          `/api/committees/${committeeId}/agenda-items/${item.body.id}/override-consents`,
          { reason: 'x' },
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await as('deane')<ErrorBody>(
          'POST',
          `/api/committees/${committeeId}/agenda-items/${item.body.id}/override-consents`,
          { reason: '' },
        )
      ).body.error.field,
    ).toBe('reason');
    expect(await committeeState()).toBe(before);

    const consent = (username: string) =>
      as(username)<AgendaItem>(
        'POST',
        `/api/committees/${committeeId}/agenda-items/${item.body.id}/override-consents`,
        {
          reason: 'Only the military aspects, for information.',
        },
      );
    expect((await consent('burrows')).body).toMatchObject({
      status: 'referred',
      override: { awaiting: ['SUN', 'USA'] },
    });
    expect((await consent('burrows')).status).toBe(409);
    expect((await consent('deane')).body.status).toBe('referred');
    const last = await consent('antonov');
    expect(last.body).toMatchObject({ status: 'proposed', referredTo: null, override: { awaiting: [] } });
    expect(last.body.override?.consents.map((entry) => entry.party).sort()).toEqual(['GBR', 'SUN', 'USA']);
    expect(last.body.override?.overriddenAt).not.toBeNull();
    const nowPlaced = await as('page')<Meeting>(
      'POST',
      `/api/committees/${committeeId}/meetings/${meeting.body.id}/agenda`,
      {
        itemId: item.body.id,
      },
    );
    expect(nowPlaced.status).toBe(200);
    expect(nowPlaced.body.agenda.map((entry) => entry.id)).toContain(item.body.id);
  });
});

describe('meetings', () => {
  it('the 1944 meeting: agenda from the members’ items (one referred, not on it), a paper, attendance, minutes', async () => {
    const meetings = await as('burrows')<{ items: { id: string; number: number }[] }>(
      'GET',
      `/api/committees/${committeeId}/meetings`,
    );
    const first = meetings.body.items.find((meeting) => meeting.number === 1)!;
    const meeting = await as('burrows')<Meeting>(
      'GET',
      `/api/committees/${committeeId}/meetings/${first.id}`,
    );
    expect(meeting.body).toMatchObject({ status: 'held', banner: 'SECRET//REL TO USA, GBR, SUN' });
    expect(meeting.body.agenda.map((item) => item.status)).toEqual(['proposed', 'proposed']);
    expect(meeting.body.referred.map((item) => [item.title, item.referredTo])).toEqual([
      ['Military government of Germany after the cessation of hostilities', 'European Advisory Commission'],
    ]);
    expect(meeting.body.papers.map((paper) => paper.banner)).toEqual(['SECRET']);
    expect(meeting.body.attendance.map((person) => person.username).sort()).toEqual([
      'antonov',
      'burrows',
      'deane',
      'page',
      'pavlov',
    ]);
    expect(meeting.body.minutes).toMatchObject({ status: 'awaiting-approval' });
    expect(meeting.body.actionItems.map((item) => [item.owner.username, item.overdue])).toEqual([
      ['deane', true],
    ]);
    const referred = await as('antonov')<{ items: AgendaItem[] }>(
      'GET',
      `/api/committees/${committeeId}/agenda-items?status=referred`,
    );
    expect(
      referred.body.items.some(
        (item) => item.meeting === null && item.referredTo === 'European Advisory Commission',
      ),
    ).toBe(true);
  });

  it('the meeting is marked with the high-water mark of its papers and agenda; papers must be every member’s', async () => {
    const meeting = await as('deane')<Meeting>('POST', `/api/committees/${committeeId}/meetings`, {
      scheduledFor: '1944-10-23T07:00:00Z',
    });
    expect(meeting.body.banner).toBe('SECRET//REL TO USA, GBR, SUN');
    // A TOP SECRET//OVERLORD paper, circulated to every member (Antonov is not read into OVERLORD: refused).
    const overlord = await as('deane')<{ id: string }>('POST', '/api/documents', {
      kind: 'memorandum',
      title: 'Progress of the campaign in the west',
      body: 'Summary for the committee.',
      dated: '1944-10-20',
      marking: 'TOP SECRET//OVERLORD',
      distribution: [{ person: 'burrows' }],
    });
    await as('deane')('POST', `/api/documents/${overlord.body.id}/issue`);
    const before = await committeeState();
    const refused = await as('deane')<ErrorBody>(
      'POST',
      `/api/committees/${committeeId}/meetings/${meeting.body.id}/papers`,
      {
        documentId: overlord.body.id,
      },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'COMMITTEE_NOT_SHARED', field: 'documentId' });
    expect(refused.body.error.message).not.toMatch(/antonov|Antonov|OVERLORD/);
    // Someone who may not read a document cannot attach it, and learns nothing of it.
    const unseen = await as('burrows')<ErrorBody>(
      'POST',
      `/api/committees/${committeeId}/meetings/${meeting.body.id}/papers`,
      {
        documentId: await world.documentId('Soviet reticence on the locality of operations'),
      },
    );
    expect(unseen.body.error).toEqual({
      code: 'COMMITTEE_INVALID',
      message: 'documentId: no such document',
      field: 'documentId',
    });
    expect(await committeeState()).toBe(before);

    const topSecret = await as('deane')<{ id: string }>('POST', '/api/documents', {
      kind: 'memorandum',
      title: 'Air operations over eastern Germany',
      body: 'For the committee.',
      dated: '1944-10-20',
      marking: 'TOP SECRET//REL TO USA, GBR, SUN',
      distribution: [{ person: 'burrows' }, { person: 'antonov' }],
    });
    await as('deane')('POST', `/api/documents/${topSecret.body.id}/issue`);
    const attached = await as('page')<Meeting>(
      'POST',
      `/api/committees/${committeeId}/meetings/${meeting.body.id}/papers`,
      {
        documentId: topSecret.body.id,
      },
    );
    expect(attached.status).toBe(200);
    expect(attached.body.banner).toBe('TOP SECRET//REL TO USA, GBR, SUN');
    expect(
      (await as('antonov')<Meeting>('GET', `/api/committees/${committeeId}/meetings/${meeting.body.id}`)).body
        .papers,
    ).toHaveLength(1);
  });

  it('an agenda item every member may not read is refused; one a participant may not read does not exist for him', async () => {
    const bagration = await as('antonov')<ErrorBody>('POST', `/api/committees/${committeeId}/agenda-items`, {
      title: 'Second stage',
      text: 'Lublin–Brest.',
      marking: 'СОВЕРШЕННО СЕКРЕТНО//BAGRATION//REL TO USA, GBR',
    });
    expect(bagration.status).toBe(422);
    expect(bagration.body.error.field).toBe('marking');
    const noforn = await as('deane')<ErrorBody>('POST', `/api/committees/${committeeId}/agenda-items`, {
      title: 'Our own view',
      text: 'x',
      marking: 'SECRET//NOFORN',
    });
    expect(noforn.body.error).toMatchObject({ code: 'COMMITTEE_NOT_SHARED', field: 'marking' });
    const special = await as('antonov')<AgendaItem>('POST', `/api/committees/${committeeId}/agenda-items`, {
      title: 'Rail capacity east of the Vistula',
      text: 'For the members.',
      marking: 'СОВЕРШЕННО СЕКРЕТНО//REL TO USA, GBR',
    });
    expect(special.status).toBe(201);
    expect(special.body.banner).toBe('СОВЕРШЕННО СЕКРЕТНО//REL TO SUN, GBR, USA');
    const sees = async (username: string) =>
      (
        await as(username)<{ items: AgendaItem[] }>('GET', `/api/committees/${committeeId}/agenda-items`)
      ).body.items.some((item) => item.id === special.body.id);
    for (const username of ['deane', 'burrows', 'page', 'pavlov'])
      expect(await sees(username), username).toBe(true);
    // Lowered below its level, the interpreter no longer finds it anywhere: it does not exist for him.
    await as('stalin')('PUT', '/api/people/pavlov/clearance', { level: 'СЕКРЕТНО', reason: 'reassigned' });
    expect(await sees('pavlov')).toBe(false);
    const single = await as('pavlov')(
      'GET',
      `/api/committees/${committeeId}/agenda-items/${special.body.id}`,
    );
    expect(single.status).toBe(404);
    expect(single.raw).toBe(
      (await as('pavlov')('GET', `/api/committees/${committeeId}/agenda-items/${crypto.randomUUID()}`)).raw,
    );
    await as('stalin')('PUT', '/api/people/pavlov/clearance', {
      level: 'СОВЕРШЕННО СЕКРЕТНО',
      reason: 'restored',
    });
    expect(await sees('pavlov')).toBe(true);
  });

  it('attendance names only the committee’s people; the agenda of a held meeting is closed', async () => {
    const meeting = await as('page')<Meeting>('POST', `/api/committees/${committeeId}/meetings`, {
      scheduledFor: '1944-10-30T07:00:00Z',
    });
    const before = await committeeState();
    const wrong = await as('page')<ErrorBody>(
      'PUT',
      `/api/committees/${committeeId}/meetings/${meeting.body.id}/attendance`,
      {
        attendees: ['deane', 'harriman'],
      },
    );
    expect(wrong.body.error).toMatchObject({ code: 'COMMITTEE_INVALID', field: 'attendees.1' });
    expect(
      (
        await as('pavlov')('PUT', `/api/committees/${committeeId}/meetings/${meeting.body.id}/attendance`, {
          attendees: [],
        })
      ).status,
    ).toBe(403);
    expect(await committeeState()).toBe(before);
    const held = await as('page')<Meeting>(
      'PUT',
      `/api/committees/${committeeId}/meetings/${meeting.body.id}/attendance`,
      {
        attendees: ['deane', 'antonov', 'burrows'],
      },
    );
    expect(held.body.status).toBe('held');
    const item = await as('deane')<AgendaItem>('POST', `/api/committees/${committeeId}/agenda-items`, {
      title: 'Late item',
      text: '.',
    });
    const late = await as('page')<ErrorBody>(
      'POST',
      `/api/committees/${committeeId}/meetings/${meeting.body.id}/agenda`,
      { itemId: item.body.id },
    );
    expect(late.body.error.code).toBe('COMMITTEE_STATE_CONFLICT');
  });

  it('bad input is a 400 naming the field', async () => {
    const cases: [string, string, unknown, string][] = [
      ['POST', `/api/committees/${committeeId}/agenda-items`, { title: '', text: 'x' }, 'title'],
      ['POST', `/api/committees/${committeeId}/agenda-items`, { title: 'x' }, 'text'],
      [
        'POST',
        `/api/committees/${committeeId}/agenda-items`,
        { title: 'x', text: 'y', marking: 'SECRET//NOPE' },
        'marking',
      ],
      [
        'POST',
        `/api/committees/${committeeId}/agenda-items`,
        { title: 'x', text: 'y', meetingId: 'nope' },
        'meetingId',
      ],
      ['POST', `/api/committees/${committeeId}/meetings`, { scheduledFor: 'tomorrow' }, 'scheduledFor'],
      [
        'POST',
        `/api/committees/${committeeId}/action-items`,
        { meetingId: 'x', title: 'y', owner: 'deane', dueDate: '1944-02-30' },
        'dueDate',
      ],
    ];
    const before = await committeeState();
    for (const [method, url, payload, field] of cases) {
      const response = await as('deane')<ErrorBody>(method as 'POST', url, payload);
      expect(response.status, `${url} ${field}`).toBe(400);
      expect(response.body.error.field, url).toBe(field);
    }
    expect(await committeeState()).toBe(before);
  });
});
