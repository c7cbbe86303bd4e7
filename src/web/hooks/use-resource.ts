/**
 * Loading something from the API for a page: loading, loaded or failed, reloadable, abandoned when the
 * page changes. A 401 ends the session everywhere (the server has forgotten us).
 */
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { ApiError, isAbort } from '../api/http.js';
import { toApiError, useSession } from '../session/session.context.js';

export type Resource<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: ApiError }
  | { readonly status: 'loaded'; readonly data: T };

export interface ResourceHandle<T> {
  readonly resource: Resource<T>;
  readonly reload: () => void;
  /** Replace the loaded value (e.g. with the document a write returned). */
  readonly replace: (data: T) => void;
  /** Fetch again without showing "loading" (after a write that changes it); a 404 or 410 is shown. */
  readonly refresh: () => Promise<void>;
}

export function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

export interface ResourceOptions {
  /**
   * When this changes (e.g. the person's access changed), what is loaded is fetched again quietly: the
   * page stays as it is and is replaced by the new answer; a 404 or 410 replaces it with the failure.
   */
  readonly refreshOn?: unknown;
}

/** Answers that mean the thing shown is gone for this person, not that the network failed. */
function meansGone(error: ApiError): boolean {
  return error.status === 403 || error.status === 404 || error.status === 410;
}

export function useResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
  options: ResourceOptions = {},
): ResourceHandle<T> {
  const { expire, epoch } = useSession();
  const [resource, setResource] = useState<Resource<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const isLoaded = useRef(false);
  isLoaded.current = resource.status === 'loaded';
  const loadedFor = useRef<readonly unknown[] | null>(null);

  useEffect(() => {
    const key = [...deps, attempt];
    // After signing in again, what was loaded stays (a form built on it keeps what was typed);
    // only what a lapsed session failed to fetch is fetched again.
    if (isLoaded.current && loadedFor.current && sameValues(loadedFor.current, key)) return;
    loadedFor.current = key;
    const controller = new AbortController();
    setResource({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResource({ status: 'loaded', data });
      },
      (error: unknown) => {
        if (isAbort(error) || controller.signal.aborted) return;
        if (error instanceof ApiError && error.isUnauthenticated) {
          loadedFor.current = null;
          expire();
        } else setResource({ status: 'failed', error: toApiError(error) });
      },
    );
    return () => controller.abort();
    // The caller's deps say when to load again; `load` is a fresh closure on every render.
  }, [...deps, attempt, expire, epoch]);

  const latestLoad = useRef(load);
  latestLoad.current = load;
  /** Fetches again without showing "loading"; resolves when the new answer (or the failure) is shown. */
  const refreshQuietly = useCallback(
    (signal?: AbortSignal): Promise<void> =>
      latestLoad.current(signal ?? new AbortController().signal).then(
        (data) => {
          if (!signal?.aborted) setResource({ status: 'loaded', data });
        },
        (error: unknown) => {
          if (isAbort(error) || signal?.aborted) return;
          const apiError = toApiError(error);
          if (apiError.isUnauthenticated) expire();
          else if (meansGone(apiError)) setResource({ status: 'failed', error: apiError });
        },
      ),
    [expire],
  );

  const { refreshOn } = options;
  const refreshedFor = useRef(refreshOn);
  useEffect(() => {
    if (Object.is(refreshedFor.current, refreshOn)) return;
    refreshedFor.current = refreshOn;
    if (!isLoaded.current) return;
    const controller = new AbortController();
    void refreshQuietly(controller.signal);
    return () => controller.abort();
  }, [refreshOn, refreshQuietly]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((data: T) => setResource({ status: 'loaded', data }), []);
  const refresh = useCallback(() => refreshQuietly(), [refreshQuietly]);
  return { resource, reload, replace, refresh };
}

/**
 * For a write that failed: the ApiError to show next to the form, or null when the session is over
 * (the screen locks, and the form stays as it is for after signing in again).
 */
export function useExpireOnUnauthenticated(): (error: unknown) => ApiError | null {
  const { expire } = useSession();
  return useCallback(
    (error: unknown) => {
      const apiError = toApiError(error);
      if (!apiError.isUnauthenticated) return apiError;
      expire();
      return null;
    },
    [expire],
  );
}
