/**
 * Controlled dissemination through the API: numbered copies, each recipient reading their own unique
 * copy; receipts, recall and destruction; variation points; tracing a leak to its copy — and the people
 * who must not list copies or trace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../support/api.js';
import { createTestWorld, type TestWorld } from '../support/test-context.js';

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(() => world.close());

const as = (username: string) => apiAs(world, username);
interface Copy {
  id: string;
  number: number;
  of: number;
  recipient: { kind: string; username: string | null; office: { id: string; name: string } | null; label: string };
  receivedAt: string | null;
  receivedBy: string | null;
  destroyedAt: string | null;
}
interface Doc {
  id: string;
  body: string;
  copy: { id: string; number: number; of: number; holder: string } | null;
  copyCount: number;
  permissions: { answerForCopies: boolean; recall: boolean };
}
interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

const MEMCON = 'Stalin and Harriman Exchange Military Information';

describe('numbered copies', () => {
  it('the memorandum of conversation has four copies: Deane’s, and the Ambassador’s three', async () => {
    const id = await world.documentId(MEMCON);
    const listed = await as('page')<{ items: Copy[]; complete: boolean }>('GET', `/api/documents/${id}/copies`);
    expect(listed.status).toBe(200);
    expect(listed.body.complete).toBe(true);
    expect(listed.body.items.map((copy) => [copy.number, copy.of, copy.recipient.kind, copy.recipient.username ?? copy.recipient.office?.name])).toEqual([
      [1, 4, 'person', 'deane'],
      [2, 4, 'office', 'Ambassador'],
      [3, 4, 'office', 'Ambassador'],
      [4, 4, 'office', 'Ambassador'],
    ]);
  });

  it('each recipient reads their own copy, and no two copies read alike; the drafter reads the original', async () => {
    const id = await world.documentId(MEMCON);
    const deane = (await as('deane')<Doc>('GET', `/api/documents/${id}`)).body;
    const harriman = (await as('harriman')<Doc>('GET', `/api/documents/${id}`)).body;
    const page = (await as('page')<Doc>('GET', `/api/documents/${id}`)).body;
    expect(deane.copy).toMatchObject({ number: 1, of: 4 });
    expect(harriman.copy).toMatchObject({ number: 2, of: 4, holder: 'Ambassador' });
    expect(page.copy).toBeNull();
    expect(new Set([deane.body, harriman.body, page.body]).size).toBe(3);
    // The same person reads the same copy every time.
    expect((await as('deane')<Doc>('GET', `/api/documents/${id}`)).body.body).toBe(deane.body);
    // Meaning is kept: every copy has the same words for the names and dates that matter.
    for (const text of [deane.body, harriman.body]) {
      // As a reader sees it: invisible marks are invisible, a no-break space is a space.
      const seen = text.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/\u00a0/g, ' ');
      for (const phrase of ['Tehran', 'General Deane', 'European Advisory Commission', 'Stalin']) expect(seen).toContain(phrase);
    }
    const copies = await as('page')<{ items: Copy[] }>('GET', `/api/documents/${id}/copies`);
    const own = await as('deane')<{ id: string; number: number; text: string }>('GET', `/api/copies/${copies.body.items[0]?.id ?? ''}`);
    expect(own.body.text).toBe(deane.body);
  });

  it('those who do not answer for the copies see only their own; others none at all', async () => {
    const id = await world.documentId(MEMCON);
    const deaneList = await as('deane')<{ items: Copy[]; complete: boolean }>('GET', `/api/documents/${id}/copies`);
    expect(deaneList.body.complete).toBe(false);
    expect(deaneList.body.items.map((copy) => copy.number)).toEqual([1]);
    const page = await as('page')<{ items: Copy[] }>('GET', `/api/documents/${id}/copies`);
    const harrimansCopy = page.body.items[1]?.id ?? '';
    expect((await as('deane')('GET', `/api/copies/${harrimansCopy}`)).status).toBe(404);
    for (const outsider of ['marshall', 'burrows', 'stalin']) {
      expect((await as(outsider)('GET', `/api/documents/${id}/copies`)).status, outsider).toBe(404);
      expect((await as(outsider)('GET', `/api/copies/${harrimansCopy}`)).status, outsider).toBe(404);
    }
  });

  it('a later dissemination makes new numbered copies', async () => {
    const created = await as('deane')<Doc>('POST', '/api/documents', {
      kind: 'memorandum',
      title: 'Copies after issue',
      body: 'General Marshall and General Eisenhower agreed on June 21, 1944 that the committee should meet weekly.',
      dated: '1944-10-05',
      marking: 'SECRET',
      distribution: [{ person: 'burrows' }],
    });
    await as('deane')('POST', `/api/documents/${created.body.id}/issue`);
    await as('deane')('POST', `/api/documents/${created.body.id}/disseminations`, { recipients: [{ person: 'antonov' }, { party: 'GBR', copies: 2 }] });
    const copies = await as('deane')<{ items: Copy[] }>('GET', `/api/documents/${created.body.id}/copies`);
    expect(copies.body.items.map((copy) => `${copy.number}/${copy.of} ${copy.recipient.label}`)).toEqual([
      '1/4 Lt. Gen. M. Brocas Burrows',
      '2/4 Gen. A. I. Antonov',
      '3/4 United Kingdom',
      '4/4 United Kingdom',
    ]);
    expect((await as('brooke')<Doc>('GET', `/api/documents/${created.body.id}`)).body.copy).toMatchObject({ number: 3, of: 4 });
  });

  it('a holder passing a document on within their party makes the next copy, and accounts for it', async () => {
    const created = await as('deane')<Doc>('POST', '/api/documents', {
      kind: 'memorandum',
      title: 'Passed on by the British Military Mission',
      body: 'The British Chiefs of Staff are to be told of the shuttle-bombing airfields at Poltava by July 1, 1944.',
      dated: '1944-06-20',
      marking: 'SECRET',
      distribution: [{ person: 'burrows' }],
    });
    await as('deane')('POST', `/api/documents/${created.body.id}/issue`);
    const passed = await as('burrows')<Doc>('POST', `/api/documents/${created.body.id}/disseminations`, { recipients: [{ person: 'brooke' }] });
    expect(passed.status).toBe(200);
    // Burrows sees his own copy and the one he made; Brooke reads copy 2; Deane, the drafter, sees both.
    const burrows = await as('burrows')<{ items: Copy[] }>('GET', `/api/documents/${created.body.id}/copies`);
    expect(burrows.body.items.map((copy) => `${copy.number}/${copy.of} ${copy.recipient.username}`)).toEqual(['1/2 burrows', '2/2 brooke']);
    expect((await as('brooke')<Doc>('GET', `/api/documents/${created.body.id}`)).body.copy).toMatchObject({ number: 2, of: 2 });
    expect((await as('deane')<{ items: Copy[] }>('GET', `/api/documents/${created.body.id}/copies`)).body.items).toHaveLength(2);
    // Passing on outside his party is not his to do.
    const abroad = await as('burrows')<ErrorBody>('POST', `/api/documents/${created.body.id}/disseminations`, { recipients: [{ person: 'antonov' }] });
    expect(abroad.status).toBe(403);
  });
});

describe('receipts, destruction and recall', () => {
  it('a holder acknowledges receipt once; the originator sees who has and who has not', async () => {
    const id = await world.documentId(MEMCON);
    const page = await as('page')<{ items: Copy[] }>('GET', `/api/documents/${id}/copies`);
    const deanes = page.body.items[0]?.id ?? '';
    // Harriman answers for the copies (a security officer) but Deane's is not his to acknowledge.
    expect((await as('harriman')<ErrorBody>('POST', `/api/copies/${deanes}/receipt`)).body.error.code).toBe('FORBIDDEN');
    expect((await as('marshall')<ErrorBody>('POST', `/api/copies/${deanes}/receipt`)).status).toBe(404);
    const receipt = await as('deane')<Copy>('POST', `/api/copies/${deanes}/receipt`);
    expect(receipt.status).toBe(200);
    expect(receipt.body).toMatchObject({ receivedBy: 'deane' });
    expect((await as('deane')<ErrorBody>('POST', `/api/copies/${deanes}/receipt`)).status).toBe(409);
    const after = await as('page')<{ items: Copy[] }>('GET', `/api/documents/${id}/copies`);
    expect(after.body.items.map((copy) => copy.receivedBy)).toEqual(['deane', null, null, null]);
  });

  it('recall makes every copy unreadable at once and tells the holders; only the originator may recall', async () => {
    const created = await as('deane')<Doc>('POST', '/api/documents', {
      kind: 'memorandum',
      title: 'To be recalled',
      body: 'The date of the operation is not yet fixed.',
      dated: '1944-10-05',
      marking: 'SECRET',
      distribution: [{ person: 'burrows' }, { person: 'harriman' }],
    });
    const id = created.body.id;
    await as('deane')('POST', `/api/documents/${id}/issue`);
    expect((await as('burrows')('GET', `/api/documents/${id}`)).status).toBe(200);
    const notOriginator = await as('harriman')<ErrorBody>('POST', `/api/documents/${id}/recall`, { reason: 'x' });
    expect(notOriginator.status).toBe(403);
    const recalled = await as('deane')<{ reason: string }>('POST', `/api/documents/${id}/recall`, { reason: 'superseded by a later telegram' });
    expect(recalled.status).toBe(200);
    const burrows = await as('burrows')<{ error: { code: string }; recall: { title: string; reason: string } }>('GET', `/api/documents/${id}`);
    expect(burrows.status).toBe(410);
    expect(burrows.body).toMatchObject({ error: { code: 'RECALLED' }, recall: { title: 'To be recalled', reason: 'superseded by a later telegram' } });
    expect((await as('burrows')<{ items: { id: string }[] }>('GET', '/api/documents?limit=200')).body.items.map((item) => item.id)).not.toContain(id);
    expect((await as('burrows')<{ items: { documentId: string }[] }>('GET', '/api/recalls')).body.items.map((notice) => notice.documentId)).toContain(id);
    // Someone who never held it learns nothing of it, recall or not.
    expect((await as('stalin')('GET', `/api/documents/${id}`)).status).toBe(404);
    expect((await as('stalin')<{ items: { documentId: string }[] }>('GET', '/api/recalls')).body.items).toEqual([]);
    expect((await as('deane')('GET', `/api/documents/${id}`)).status).toBe(200);
    const again = await as('deane')<ErrorBody>('POST', `/api/documents/${id}/recall`, { reason: 'again' });
    expect([again.status, again.body.error.code]).toEqual([409, 'DOCUMENT_RECALLED']);
  });

  it('a certified destroyed copy can no longer be read by its holder', async () => {
    const created = await as('deane')<Doc>('POST', '/api/documents', {
      kind: 'memorandum',
      title: 'To be destroyed after reading',
      body: 'Burn after reading.',
      dated: '1944-10-05',
      marking: 'SECRET',
      distribution: [{ person: 'burrows' }],
    });
    await as('deane')('POST', `/api/documents/${created.body.id}/issue`);
    const copy = (await as('burrows')<Doc>('GET', `/api/documents/${created.body.id}`)).body.copy;
    const destroyed = await as('burrows')<Copy>('POST', `/api/copies/${copy?.id ?? ''}/destruction`, { note: 'burnt in the grate' });
    expect(destroyed.body).toMatchObject({ destroyedAt: expect.any(String) as string });
    const again = await as('burrows')<ErrorBody>('GET', `/api/documents/${created.body.id}`);
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('COPY_DESTROYED');
  });
});

describe('variation points', () => {
  it('the originator sees them and excludes one: that point then reads as the original in every copy', async () => {
    const id = await world.documentId(MEMCON);
    const points = await as('page')<{ items: { id: string; kind: string; start: number; end: number; alternatives: string[]; excluded: boolean }[] }>(
      'GET',
      `/api/documents/${id}/variation-points`,
    );
    expect(points.status).toBe(200);
    expect(points.body.items.length).toBeGreaterThan(20);
    expect((await as('deane')('GET', `/api/documents/${id}/variation-points`)).status).toBe(403);
    expect((await as('stalin')('GET', `/api/documents/${id}/variation-points`)).status).toBe(404);
    const all = points.body.items.map((point) => point.id);
    const excluded = await as('page')<{ items: { excluded: boolean }[] }>('PUT', `/api/documents/${id}/variation-points`, { excluded: all });
    expect(excluded.body.items.every((point) => point.excluded)).toBe(true);
    const original = (await as('page')<Doc>('GET', `/api/documents/${id}`)).body.body;
    expect((await as('deane')<Doc>('GET', `/api/documents/${id}`)).body.body).toBe(original);
    const bad = await as('page')<ErrorBody>('PUT', `/api/documents/${id}/variation-points`, { excluded: ['synonym:999999'] });
    expect(bad.body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'excluded' });
    await as('page')('PUT', `/api/documents/${id}/variation-points`, { excluded: [] });
  });
});

describe('tracing a leak', () => {
  it('names the document and the copy an excerpt came from, even retyped', async () => {
    const id = await world.documentId(MEMCON);
    const page = await as('page')<{ items: Copy[] }>('GET', `/api/documents/${id}/copies`);
    const third = page.body.items[2]?.id ?? '';
    const text = (await as('page')<{ text: string }>('GET', `/api/copies/${third}`)).body.text;
    // Retyped: invisible marks, no-break spaces and curly quotes lost.
    const retyped = text.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/\u00a0/g, ' ').replace(/[“”]/g, '"');
    const traced = await as('harriman')<{
      document: { id: string } | null;
      suspects: { copyId: string; number: number; recipient: { label: string }; score: number }[];
      falseAccusationBound: number;
    }>('POST', '/api/trace', { text: retyped });
    expect(traced.status).toBe(200);
    expect(traced.body.document?.id).toBe(id);
    expect(traced.body.suspects[0]).toMatchObject({ copyId: third, number: 3 });
    expect(traced.body.falseAccusationBound).toBeLessThanOrEqual(1e-6);
  });

  it('names the Ambassador’s third copy as the source of the demo’s press cutting', async () => {
    const cutting = await world.documentId('Press cutting: "Stalin doubts Allied secrecy" (New York Herald Tribune, July 3, 1944)');
    const article = (await as('harriman')<Doc>('GET', `/api/documents/${cutting}`)).body.body;
    const traced = await as('page')<{ document: { title: string } | null; suspects: { number: number; recipient: { label: string } }[] }>(
      'POST',
      '/api/trace',
      { text: article },
    );
    expect(traced.body.document?.title).toBe(MEMCON);
    expect(traced.body.suspects.map((suspect) => [suspect.number, suspect.recipient.label])).toEqual([[3, 'Ambassador']]);
  });

  it('accuses nobody on text unrelated to any of the person’s documents', async () => {
    const traced = await as('harriman')<{ document: unknown; suspects: unknown[] }>('POST', '/api/trace', {
      text: 'The quick brown fox jumps over the lazy dog. Nothing here was ever written in Moscow in 1944.',
    });
    expect(traced.body).toMatchObject({ document: null, suspects: [] });
  });

  it('is refused to people who answer for no copies, and finds nothing in another party’s documents', async () => {
    const id = await world.documentId(MEMCON);
    const text = (await as('deane')<Doc>('GET', `/api/documents/${id}`)).body.body;
    const pavlov = await as('pavlov')<ErrorBody>('POST', '/api/trace', { text });
    expect(pavlov.status).toBe(403);
    // Burrows is a security officer, but of another party: the US memorandum is not his to trace.
    const burrows = await as('burrows')<{ document: unknown; suspects: unknown[] }>('POST', '/api/trace', { text });
    expect(burrows.body).toMatchObject({ document: null, suspects: [] });
  });
});
