/** The Liaison API, one function per route the web interface uses. The server decides every access. */
import { request } from './http.js';
import type {
  Directory,
  DocumentPage,
  DocumentState,
  DraftInput,
  LiaisonDocument,
  MarkingOptions,
  ParsedMarking,
  RecipientInput,
  SessionInfo,
} from './types.js';

export function logIn(username: string, password: string): Promise<SessionInfo> {
  return request<SessionInfo>('POST', '/api/session', { body: { username, password } });
}

export function getSession(signal?: AbortSignal): Promise<SessionInfo> {
  return request<SessionInfo>('GET', '/api/session', signal ? { signal } : {});
}

export function logOut(): Promise<void> {
  return request<void>('DELETE', '/api/session');
}

export interface ListQuery {
  readonly q?: string;
  readonly state?: DocumentState;
  readonly limit?: number;
  readonly cursor?: string;
}

export function listDocuments(query: ListQuery, signal?: AbortSignal): Promise<DocumentPage> {
  const params = new URLSearchParams();
  if (query.q !== undefined && query.q !== '') params.set('q', query.q);
  if (query.state) params.set('state', query.state);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.cursor) params.set('cursor', query.cursor);
  const search = params.toString();
  return request<DocumentPage>(
    'GET',
    '/api/documents' + (search ? '?' + search : ''),
    signal ? { signal } : {},
  );
}

function documentPath(id: string): string {
  return '/api/documents/' + encodeURIComponent(id);
}

export function getDocument(id: string, signal?: AbortSignal): Promise<LiaisonDocument> {
  return request<LiaisonDocument>('GET', documentPath(id), signal ? { signal } : {});
}

export function createDocument(draft: DraftInput): Promise<LiaisonDocument> {
  return request<LiaisonDocument>('POST', '/api/documents', { body: draft });
}

export function updateDocument(id: string, version: number, draft: DraftInput): Promise<LiaisonDocument> {
  return request<LiaisonDocument>('PUT', documentPath(id), { body: { ...draft, version } });
}

export function issueDocument(id: string): Promise<LiaisonDocument> {
  return request<LiaisonDocument>('POST', documentPath(id) + '/issue');
}

export function disseminateDocument(
  id: string,
  recipients: readonly RecipientInput[],
): Promise<LiaisonDocument> {
  return request<LiaisonDocument>('POST', documentPath(id) + '/disseminations', { body: { recipients } });
}

export function getDirectory(signal?: AbortSignal): Promise<Directory> {
  return request<Directory>('GET', '/api/directory', signal ? { signal } : {});
}

export function getMarkingOptions(signal?: AbortSignal): Promise<MarkingOptions> {
  return request<MarkingOptions>('GET', '/api/marking-options', signal ? { signal } : {});
}

/** Checks a banner line written in `party`'s words: its canonical form and meaning, or ApiError with `at`. */
export function parseMarking(banner: string, party: string, signal?: AbortSignal): Promise<ParsedMarking> {
  return request<ParsedMarking>('POST', '/api/markings/parse', {
    body: { banner, party },
    ...(signal ? { signal } : {}),
  });
}
