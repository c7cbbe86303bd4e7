/**
 * The HTTP API as a script uses it, for what a test needs to arrange but is not testing through the
 * interface (a document written by someone else, the text of a copy).
 */
import { request, type APIRequestContext } from 'playwright-core';
import { inject } from 'vitest';
import { demoPassword } from './people.js';

export interface ApiSession {
  readonly api: APIRequestContext;
  readonly close: () => Promise<void>;
}

/** A signed-in API session of one person (a session cookie of its own, apart from any browser). */
export async function apiAs(username: string): Promise<ApiSession> {
  const api = await request.newContext({ baseURL: inject('baseUrl') });
  const response = await api.post('/api/session', { data: { username, password: demoPassword } });
  if (!response.ok())
    throw new Error(`${username} could not sign in: ${response.status()} ${await response.text()}`);
  return { api, close: () => api.dispose() };
}

/** The JSON answer of a request that must succeed. */
export async function jsonOf<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  if (!response.ok()) throw new Error(`${response.url()}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

export interface IssuedDocument {
  readonly id: string;
  readonly registryNumber: string;
}

/** Writes and issues a memorandum as the API session's person; resolves with its id and registry number. */
export async function issueMemorandum(
  session: ApiSession,
  draft: { title: string; body: string; marking: string; to: readonly string[] },
): Promise<IssuedDocument> {
  const created = await jsonOf<{ id: string }>(
    await session.api.post('/api/documents', {
      data: {
        kind: 'memorandum',
        title: draft.title,
        body: draft.body,
        dated: '1944-07-10',
        marking: draft.marking,
        distribution: draft.to.map((person) => ({ person })),
      },
    }),
  );
  const issued = await jsonOf<{ id: string; registryNumber: string }>(
    await session.api.post(`/api/documents/${created.id}/issue`),
  );
  return { id: issued.id, registryNumber: issued.registryNumber };
}
