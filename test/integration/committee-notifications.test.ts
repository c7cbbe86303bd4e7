/**
 * Committee notifications on the server-sent event stream, each decided per person when it happens:
 * new agenda items to the participants who may read them, minutes awaiting approval to the members yet
 * to approve, an adopted recommendation to each party's chiefs, an overdue action item to its owner.
 * Nobody else hears anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeOverdueActionItems } from '../../src/app/committees/notice-overdue-action-items.js';
import { apiAs } from '../support/api.js';
import { openEventStream } from '../support/event-stream.js';
import { createTestWorld, type TestWorld } from '../support/test-context.js';

let world: TestWorld;
let base: string;
let committeeId: string;
beforeAll(async () => {
  world = await createTestWorld();
  base = await world.app.listen({ port: 0, host: '127.0.0.1' });
  const list = await apiAs(world, 'deane')<{ items: { id: string; name: string }[] }>(
    'GET',
    '/api/committees',
  );
  committeeId = list.body.items.find((committee) => committee.name === 'Tripartite Military Committee')!.id;
});
afterAll(() => world.close());

const as = (username: string) => apiAs(world, username);
const streams = async (...usernames: string[]) => {
  const opened = await Promise.all(
    usernames.map(async (username) =>
      openEventStream(`${base}/api/notifications`, { cookie: await world.login(username) }),
    ),
  );
  await Promise.all(opened.map((stream) => stream.next('ready')));
  return opened;
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
const named = (stream: Awaited<ReturnType<typeof streams>>[number], event: string) =>
  stream.events.filter((entry) => entry.event === event);

describe('committee notifications', () => {
  it('a new agenda item: told to the other participants, not to its proposer, the chiefs or outsiders', async () => {
    const [antonov, pavlov, deane, marshall, molotov] = await streams(
      'antonov',
      'pavlov',
      'deane',
      'marshall',
      'molotov',
    );
    const item = await as('deane')<{ id: string }>('POST', `/api/committees/${committeeId}/agenda-items`, {
      title: 'Shuttle bombing bases',
      text: 'The future of Poltava.',
    });
    expect((await antonov!.next('committee-agenda-item')).data).toMatchObject({
      committeeId,
      itemId: item.body.id,
      title: 'Shuttle bombing bases',
      status: 'proposed',
    });
    await pavlov!.next('committee-agenda-item');
    await settle();
    for (const stream of [deane!, marshall!, molotov!])
      expect(named(stream, 'committee-agenda-item')).toEqual([]);

    // An item above the interpreter's (lowered) clearance is not told to him.
    expect(
      (await as('stalin')('PUT', '/api/people/pavlov/clearance', { level: 'СЕКРЕТНО', reason: 'reassigned' }))
        .status,
    ).toBe(200);
    await as('antonov')('POST', `/api/committees/${committeeId}/agenda-items`, {
      title: 'Rail capacity east of the Vistula',
      text: 'For the members.',
      marking: 'СОВЕРШЕННО СЕКРЕТНО//REL TO USA, GBR',
    });
    await deane!.next('committee-agenda-item');
    await settle();
    expect(named(pavlov!, 'committee-agenda-item').map((entry) => entry.data.title)).toEqual([]);
    await as('stalin')('PUT', '/api/people/pavlov/clearance', {
      level: 'СОВЕРШЕННО СЕКРЕТНО',
      reason: 'restored',
    });
    for (const stream of [antonov, pavlov, deane, marshall, molotov]) stream!.close();
  });

  it('minutes awaiting approval: told to the members whose party has not approved the current version', async () => {
    const meeting = await as('page')<{ id: string }>('POST', `/api/committees/${committeeId}/meetings`, {
      scheduledFor: '1944-11-13T07:00:00Z',
    });
    await as('page')('PUT', `/api/committees/${committeeId}/meetings/${meeting.body.id}/attendance`, {
      attendees: ['deane', 'burrows', 'antonov'],
    });
    const [antonov, burrows, deane, page, harriman, brooke] = await streams(
      'antonov',
      'burrows',
      'deane',
      'page',
      'harriman',
      'brooke',
    );
    const minutes = await as('page')<{ id: string }>(
      'POST',
      `/api/committees/${committeeId}/meetings/${meeting.body.id}/minutes`,
      {
        text: 'Present: the members.',
      },
    );
    for (const stream of [antonov!, burrows!, deane!])
      expect((await stream.next('committee-minutes-awaiting-approval')).data).toMatchObject({
        minutesId: minutes.body.id,
        version: 1,
      });
    await as('deane')('POST', `/api/committees/${committeeId}/minutes/${minutes.body.id}/approvals`, {
      version: 1,
    });
    // An amendment asks everyone again, the amender excepted.
    await as('burrows')('POST', `/api/committees/${committeeId}/minutes/${minutes.body.id}/amendments`, {
      version: 1,
      text: 'Present: the three members.',
    });
    expect((await antonov!.next('committee-minutes-awaiting-approval')).data).toMatchObject({ version: 2 });
    expect((await deane!.next('committee-minutes-awaiting-approval')).data).toMatchObject({ version: 2 });
    await settle();
    expect(named(burrows!, 'committee-minutes-awaiting-approval')).toEqual([]);
    for (const stream of [page!, harriman!, brooke!])
      expect(named(stream, 'committee-minutes-awaiting-approval')).toEqual([]);
    for (const stream of [antonov, burrows, deane, page, harriman, brooke]) stream!.close();
  });

  it('an adopted recommendation: told to each party’s chiefs, not to the members or anyone else', async () => {
    const proposed = await as('burrows')<{ id: string }>(
      'POST',
      `/api/committees/${committeeId}/recommendations`,
      {
        title: 'Signals liaison',
        text: 'That a signals liaison be established between the military missions and the General Staff.',
      },
    );
    await as('burrows')(
      'POST',
      `/api/committees/${committeeId}/recommendations/${proposed.body.id}/concurrences`,
      { version: 1 },
    );
    await as('deane')(
      'POST',
      `/api/committees/${committeeId}/recommendations/${proposed.body.id}/concurrences`,
      { version: 1 },
    );
    const [marshall, brooke, stalin, eisenhower, harriman, deane] = await streams(
      'marshall',
      'brooke',
      'stalin',
      'eisenhower',
      'harriman',
      'deane',
    );
    await as('antonov')(
      'POST',
      `/api/committees/${committeeId}/recommendations/${proposed.body.id}/concurrences`,
      { version: 1 },
    );
    for (const stream of [marshall!, brooke!, stalin!])
      expect((await stream.next('committee-recommendation-awaiting-response')).data).toMatchObject({
        recommendationId: proposed.body.id,
        title: 'Signals liaison',
      });
    await settle();
    for (const stream of [eisenhower!, harriman!, deane!])
      expect(named(stream, 'committee-recommendation-awaiting-response')).toEqual([]);
    for (const stream of [marshall, brooke, stalin, eisenhower, harriman, deane]) stream!.close();
  });

  it('overdue action items are found by the periodic check, told once to their owner, and flagged on every read', async () => {
    const meetings = await as('deane')<{ items: { id: string; number: number }[] }>(
      'GET',
      `/api/committees/${committeeId}/meetings`,
    );
    const first = meetings.body.items.find((meeting) => meeting.number === 1)!;
    const assigned = await as('page')<{ id: string; overdue: boolean }>(
      'POST',
      `/api/committees/${committeeId}/action-items`,
      {
        meetingId: first.id,
        title: 'Report on the Poltava airfields',
        owner: 'burrows',
        dueDate: '1944-10-20',
      },
    );
    expect(assigned.status).toBe(201);
    expect(assigned.body.overdue).toBe(true);
    const overdue = await as('burrows')<{ items: { id: string; owner: { username: string } }[] }>(
      'GET',
      `/api/committees/${committeeId}/action-items?mine=true&overdue=true`,
    );
    expect(overdue.body.items.map((item) => item.id)).toEqual([assigned.body.id]);

    const [burrows, deane, page, brooke] = await streams('burrows', 'deane', 'page', 'brooke');
    // The 1944 demo's item (Deane's) and this one: each announced once, to its owner only.
    expect(await noticeOverdueActionItems(world.ctx)).toBe(2);
    expect((await burrows!.next('committee-action-item-overdue')).data).toMatchObject({
      actionItemId: assigned.body.id,
      dueDate: '1944-10-20',
    });
    expect((await deane!.next('committee-action-item-overdue')).data).toMatchObject({
      dueDate: '1944-10-09',
    });
    expect(await noticeOverdueActionItems(world.ctx)).toBe(0);
    await settle();
    expect(named(burrows!, 'committee-action-item-overdue')).toEqual([]);
    for (const stream of [page!, brooke!]) expect(named(stream, 'committee-action-item-overdue')).toEqual([]);

    const done = await as('burrows')<{ state: string; overdue: boolean }>(
      'POST',
      `/api/committees/${committeeId}/action-items/${assigned.body.id}/completion`,
    );
    expect(done.body).toMatchObject({ state: 'done', overdue: false });
    expect(
      (
        await as('pavlov')(
          'POST',
          `/api/committees/${committeeId}/action-items/${assigned.body.id}/completion`,
        )
      ).status,
    ).toBe(403);
    for (const stream of [burrows, deane, page, brooke]) stream!.close();
  });
});
