/**
 * What every change to a committee's business must respect, kept by the database even when the
 * application is bypassed (raw SQL as the application role, with a participant's context set): a text
 * is agreed only with every party's consent; a referred item returns to the agenda only with every
 * party's consent; a meeting's marking is never lowered; no one party recalls a committee's text. And
 * through the API: a recall of a committee's text is refused, and a marking some party has no word
 * for is refused when the text is proposed, not when the last party agrees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../support/api.js';
import { createTestWorld, type TestWorld } from '../support/test-context.js';

let world: TestWorld;
let committeeId: string;
beforeAll(async () => {
  world = await createTestWorld();
  const rows = await world.database.asSystem((sql) => sql.query<{ id: string }>('SELECT id FROM committees'));
  committeeId = rows[0]!.id;
});
afterAll(() => world.close());

const as = (username: string) => apiAs(world, username);
const raw = async (username: string, query: string, params: unknown[] = []) =>
  world.database.asPerson(await world.personId(username), (sql) =>
    sql.query<Record<string, unknown>>(query, params),
  );
const system = <T extends Record<string, unknown>>(query: string, params: unknown[] = []) =>
  world.database.asSystem((sql) => sql.query<T>(query, params));

interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

describe('the committee’s rules in the database', () => {
  it('an open text is not agreed without every party’s consent, even by a participant writing SQL', async () => {
    const [open] = await system<{ id: string; version: number }>(
      "SELECT id, current_version AS version FROM committee_texts WHERE state = 'open' AND kind = 'minutes'",
    );
    const [anyDocument] = await system<{ id: string }>("SELECT id FROM documents WHERE state = 'issued' LIMIT 1");
    for (const username of ['page', 'pavlov', 'deane'])
      await expect(
        raw(username, "UPDATE committee_texts SET state = 'agreed', issued_document_id = $2 WHERE id = $1", [
          open!.id,
          anyDocument!.id,
        ]),
        username,
      ).rejects.toThrow(/every party's consent|row-level security/);
    const [after] = await system<{ state: string }>('SELECT state FROM committee_texts WHERE id = $1', [open!.id]);
    expect(after!.state).toBe('open');
  });

  it('an agreed text is settled: nobody reopens it or points it at another document', async () => {
    const [agreed] = await system<{ id: string }>("SELECT id FROM committee_texts WHERE state = 'agreed' LIMIT 1");
    await expect(
      raw('antonov', "UPDATE committee_texts SET state = 'open', issued_document_id = NULL WHERE id = $1", [agreed!.id]),
    ).rejects.toThrow(/settled|row-level security|check constraint/);
  });

  it('a referred item returns to the agenda only with every party’s consent', async () => {
    const [referred] = await system<{ id: string }>(
      "SELECT id FROM committee_agenda_items WHERE status = 'referred' LIMIT 1",
    );
    await expect(
      raw('antonov', "UPDATE committee_agenda_items SET status = 'proposed', overridden_at = now() WHERE id = $1", [
        referred!.id,
      ]),
    ).rejects.toThrow(/every party's consent/);
    await expect(
      raw('deane', 'UPDATE committee_agenda_items SET referral = NULL, referred_to = NULL WHERE id = $1', [referred!.id]),
    ).rejects.toThrow(/kept as recorded|permission denied/);
  });

  it('a meeting’s marking is never lowered', async () => {
    const [meeting] = await system<{ id: string; level: number }>(
      'SELECT id, level FROM committee_meetings ORDER BY number LIMIT 1',
    );
    await expect(
      raw('page', 'UPDATE committee_meetings SET level = 1, compartments = $2 WHERE id = $1', [meeting!.id, []]),
    ).rejects.toThrow(/only ever raised/);
  });

  it('an interpreter writes no version of a text', async () => {
    const [text] = await system<{ id: string }>("SELECT id FROM committee_texts WHERE state = 'open' LIMIT 1");
    const own = await as('pavlov')<{ id: string }>('POST', '/api/documents', {
      kind: 'memorandum',
      title: 'Amendment of the interpreter',
      body: 'The interpreter would word the second paragraph otherwise.',
      dated: '1944-10-06',
      marking: 'СЕКРЕТНО//REL TO USA, GBR',
    });
    expect(own.status).toBe(201);
    await expect(
      raw(
        'pavlov',
        `INSERT INTO committee_text_versions (text_id, version, document_id, author_id, party, kind, created_at)
         VALUES ($1, 99, $2, $3, 'SUN', 'amendment', now())`,
        [text!.id, own.body.id, await world.personId('pavlov')],
      ),
    ).rejects.toThrow(/row-level security/);
  });
});

describe('through the API', () => {
  it('no one party recalls a committee’s text, neither the issued text nor a version', async () => {
    const recommendations = await as('deane')<{ items: { id: string; state: string; issuedDocument: { id: string } | null }[] }>(
      'GET',
      `/api/committees/${committeeId}/recommendations`,
    );
    const adopted = recommendations.body.items.find((item) => item.issuedDocument);
    expect(adopted).toBeDefined();
    const issuedId = adopted!.issuedDocument!.id;
    const [drafter] = await system<{ username: string }>(
      'SELECT p.username FROM documents d JOIN people p ON p.id = d.drafter_id WHERE d.id = $1',
      [issuedId],
    );
    const refused = await as(drafter!.username)<ErrorBody>('POST', `/api/documents/${issuedId}/recall`, { reason: 'withdrawn' });
    expect([refused.status, refused.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const shown = await as(drafter!.username)<{ permissions: { recall: boolean } }>('GET', `/api/documents/${issuedId}`);
    expect(shown.body.permissions.recall).toBe(false);
    // Nor by SQL.
    await expect(
      raw(drafter!.username, 'UPDATE documents SET recalled_at = now(), recalled_by = $2, recall_reason = $3 WHERE id = $1', [
        issuedId,
        await world.personId(drafter!.username),
        'withdrawn',
      ]),
    ).rejects.toThrow(/committee's text|row-level security/);
    expect((await as('marshall')('GET', `/api/documents/${issuedId}`)).status).toBe(200);
  });

  it('a marking one party has no word for is refused when the text is proposed', async () => {
    const refused = await as('deane')<ErrorBody>('POST', `/api/committees/${committeeId}/recommendations`, {
      title: 'Exchange of meteorological codes',
      text: 'That the three staffs exchange their meteorological codes weekly.',
      marking: 'CONFIDENTIAL//REL TO GBR, SUN',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'MARKING_LEVEL_NOT_IN_VOCABULARY', field: 'marking' });
    expect(refused.body.error.message).toMatch(/^marking: SUN has no word for this level/);
  });
});

describe('the audit log', () => {
  it('shows a security officer outside the delegations nothing of an embargoed draft of their party', async () => {
    const embargoed = (
      await system<{ id: string }>("SELECT id FROM documents WHERE embargo AND originator = 'USA'")
    ).map((row) => row.id);
    expect(embargoed.length).toBeGreaterThan(0);
    const pages: string[] = [];
    let before: number | undefined;
    for (;;) {
      const page = await as('harriman')<{ items: { seq: number; target: { kind: string; id: string } | null }[] }>(
        'GET',
        `/api/audit?limit=500${before === undefined ? '' : `&before=${before}`}`,
      );
      expect(page.status).toBe(200);
      pages.push(JSON.stringify(page.body));
      if (page.body.items.length < 500) break;
      before = page.body.items.at(-1)!.seq;
    }
    const seen = pages.join('\n');
    for (const id of embargoed) expect(seen).not.toContain(id);
    expect(seen).not.toContain('EMBARGO UNTIL AGREED');
    // The entries are there, withheld: the chain has no gaps.
    expect(seen).toContain('"id":"withheld"');
  });
});
