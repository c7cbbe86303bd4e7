/**
 * The one place the web interface talks HTTP: same-origin JSON requests with the session cookie, and
 * the API's error body (`{"error":{"code","message","field"?,"at"?}}`) turned into an ApiError.
 */

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The request field the problem is in, e.g. "title", "fields.participants", "distribution.0". */
  readonly field: string | undefined;
  /** For a banner line: the zero-based column of the problem. */
  readonly at: number | undefined;
  /** The whole answer, for errors that say more than the error object (a 410 carries the recall notice). */
  readonly body: unknown;

  constructor(status: number, code: string, message: string, field?: string, at?: number, body?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.at = at;
    this.body = body;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  get isUnauthenticated(): boolean {
    // A refused second factor at sign-in is a 401 too, but it is an answer, not a lapsed session.
    return this.status === 401 && this.code !== 'SECOND_FACTOR_REQUIRED' && this.code !== 'LOGIN_FAILED';
  }

  /** The action needs a recent login: confirm the password (and code) and try again. */
  get needsReauthentication(): boolean {
    return this.status === 403 && this.code === 'REAUTHENTICATION_REQUIRED';
  }
}

export interface RequestOptions {
  readonly body?: unknown;
  readonly signal?: AbortSignal;
}

function readError(status: number, payload: unknown): ApiError {
  if (typeof payload === 'object' && payload !== null && 'error' in payload) {
    const error: unknown = payload.error;
    if (typeof error === 'object' && error !== null) {
      const record = error as Record<string, unknown>;
      const code = typeof record.code === 'string' ? record.code : 'HTTP_' + String(status);
      const message = typeof record.message === 'string' ? record.message : '';
      const field = typeof record.field === 'string' ? record.field : undefined;
      const at = typeof record.at === 'number' ? record.at : undefined;
      return new ApiError(status, code, message, field, at, payload);
    }
  }
  return new ApiError(status, 'HTTP_' + String(status), '', undefined, undefined, payload);
}

async function send(
  method: string,
  path: string,
  options: RequestOptions,
  accept: string,
): Promise<Response> {
  const headers: Record<string, string> = { accept };
  const init: RequestInit = { method, headers, credentials: 'same-origin', signal: options.signal ?? null };
  if (options.body !== undefined) {
    // Only with a body: the server refuses an empty body sent as JSON.
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  try {
    return await fetch(path, init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', cause instanceof Error ? cause.message : String(cause));
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Sends one request; resolves with the parsed JSON body (undefined for 204), rejects with ApiError. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(method, path, options, 'application/json');
  if (response.status === 204) return undefined as T;
  const payload = await readJson(response);
  if (!response.ok) throw readError(response.status, payload);
  return payload as T;
}

export interface DownloadedFile {
  readonly blob: Blob;
  /** The name the server gave it (Content-Disposition), if any. */
  readonly filename: string | undefined;
}

/** A file from the API (an export), as a Blob; an error answer rejects with ApiError as for JSON. */
export async function requestFile(path: string, options: RequestOptions = {}): Promise<DownloadedFile> {
  const response = await send('GET', path, options, '*/*');
  if (!response.ok) throw readError(response.status, await readJson(response));
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1];
  return { blob: await response.blob(), filename };
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
