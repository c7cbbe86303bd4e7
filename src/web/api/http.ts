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

  constructor(status: number, code: string, message: string, field?: string, at?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.at = at;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  get isUnauthenticated(): boolean {
    return this.status === 401;
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
      return new ApiError(status, code, message, field, at);
    }
  }
  return new ApiError(status, 'HTTP_' + String(status), '');
}

/** Sends one request; resolves with the parsed JSON body (undefined for 204), rejects with ApiError. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin', signal: options.signal ?? null };
  if (options.body !== undefined) {
    // Only with a body: the server refuses an empty body sent as JSON.
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', cause instanceof Error ? cause.message : String(cause));
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let payload: unknown = undefined;
  if (text !== '') {
    try {
      payload = JSON.parse(text);
    } catch {
      payload = undefined;
    }
  }
  if (!response.ok) throw readError(response.status, payload);
  return payload as T;
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
