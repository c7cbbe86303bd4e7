/**
 * What a person may read, newest first, or what matches a search. The policy module's scope filters in
 * SQL, row-level security filters underneath, and every row is checked once more with `canRead`.
 */
import type { LiaisonDocument } from '../../core/document/document.js';
import { accessFactsOf } from '../../core/document/document.rules.js';
import { canRead, readScope } from '../../core/policy/policy.js';
import { fail, succeed } from '../../core/result.js';
import { listReadable, searchReadable } from '../../db/document.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor, type Actor } from '../with-actor.js';
import { loadDirectoryFor, viewDocument, type DocumentView } from './document-view.js';

export interface DocumentListItem {
  readonly view: DocumentView;
  readonly snippet?: string;
}

export interface DocumentPage {
  readonly items: readonly DocumentListItem[];
  /** Pass back as `cursor` for the next page; absent on the last page. */
  readonly nextCursor?: string;
}

export interface ListInput {
  readonly q?: string;
  readonly limit?: number;
  readonly cursor?: string;
  readonly state?: 'draft' | 'issued';
}

export const MAX_QUERY_LENGTH = 200;

export function listDocuments(
  ctx: AppContext,
  caller: Caller,
  input: ListInput,
): Promise<AppResult<DocumentPage>> {
  return withActor<DocumentPage>(ctx, caller, async (actor) => {
    const limit = input.limit ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > 200)
      return fail('INVALID_INPUT', 'limit: a whole number from 1 to 200', { field: 'limit' });
    const scope = readScope(actor.reader);
    if (!scope) return succeed({ items: [] });

    if (input.q !== undefined) {
      const q = input.q.trim();
      if (q === '' || q.length > MAX_QUERY_LENGTH)
        return fail('INVALID_INPUT', `q: 1 to ${MAX_QUERY_LENGTH} characters`, { field: 'q' });
      const hits = await searchReadable(
        actor.sql,
        scope,
        q,
        { limit, candidateCap: ctx.settings.searchCandidateCap },
        ctx.scheme,
      );
      const readable = keepReadable(ctx, actor, hits, (hit) => hit.document);
      await actor.audit({
        action: 'document.search',
        target: null,
        decision: 'granted',
        details: { q, returned: readable.map((hit) => hit.document.id) },
      });
      const directory = await loadDirectoryFor(
        actor.sql,
        readable.map((hit) => hit.document),
      );
      return succeed({
        items: readable.map((hit) => ({
          view: viewDocument(hit.document, actor.person, directory, ctx.scheme),
          snippet: hit.snippet,
        })),
      });
    }

    const before = input.cursor === undefined ? undefined : decodeCursor(input.cursor);
    if (before === null)
      return fail('INVALID_INPUT', 'cursor: not a cursor this server gave', { field: 'cursor' });
    const rows = await listReadable(
      actor.sql,
      scope,
      { limit: limit + 1, ...(input.state ? { state: input.state } : {}), ...(before ? { before } : {}) },
      ctx.scheme,
    );
    const page = rows.slice(0, limit);
    const readable = keepReadable(ctx, actor, page, (row) => row.document);
    await actor.audit({
      action: 'document.list',
      target: null,
      decision: 'granted',
      details: { state: input.state ?? null, returned: readable.map((row) => row.document.id) },
    });
    const directory = await loadDirectoryFor(
      actor.sql,
      readable.map((row) => row.document),
    );
    const last = page.at(-1);
    return succeed({
      items: readable.map((row) => ({
        view: viewDocument(row.document, actor.person, directory, ctx.scheme),
      })),
      ...(rows.length > limit && last ? { nextCursor: encodeCursor(last.sortAt, last.document.id) } : {}),
    });
  });
}

function keepReadable<T>(
  ctx: AppContext,
  actor: Actor,
  rows: readonly T[],
  documentOf: (row: T) => LiaisonDocument,
): T[] {
  return rows.filter((row) => {
    const document = documentOf(row);
    if (canRead(actor.reader, accessFactsOf(document))) return true;
    ctx.logger.error(
      { event: 'policy-disagreement', documentId: document.id, personId: actor.person.id },
      'the store listed a document the policy module denies',
    );
    return false;
  });
}

function encodeCursor(sortAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([sortAt.toISOString(), id])).toString('base64url');
}

function decodeCursor(cursor: string): { sortAt: Date; id: string } | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [at, id] = value as unknown[];
    if (typeof at !== 'string' || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) return null;
    const sortAt = new Date(at);
    return Number.isNaN(sortAt.getTime()) ? null : { sortAt, id };
  } catch {
    return null;
  }
}
