/** A list of documents from GET /api/documents, page after page by the server's nextCursor. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api/http.js';
import { isAbort } from '../api/http.js';
import { listDocuments } from '../api/liaison-api.js';
import type { DocumentState, DocumentSummary } from '../api/types.js';
import { toApiError, useSession } from '../session/session.context.js';
import { sameValues } from './use-resource.js';

export type DocumentList =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: ApiError }
  | {
      readonly status: 'loaded';
      readonly items: readonly DocumentSummary[];
      readonly nextCursor: string | undefined;
      readonly loadingMore: boolean;
      readonly moreError: ApiError | undefined;
    };

export interface DocumentListQuery {
  readonly q?: string;
  readonly state?: DocumentState;
}

/**
 * `refreshOn`: when it changes (a document arrived, one was recalled, access changed), the first page is
 * fetched again quietly and replaces the list, without showing "loading".
 */
export function useDocumentList(query: DocumentListQuery, pageSize: number, refreshOn?: unknown) {
  const { expire, epoch } = useSession();
  const [list, setList] = useState<DocumentList>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const moreController = useRef<AbortController | null>(null);
  const { q, state } = query;

  const fail = useCallback(
    (error: unknown): ApiError => {
      const apiError = toApiError(error);
      if (apiError.isUnauthenticated) expire();
      return apiError;
    },
    [expire],
  );

  const isLoaded = useRef(false);
  isLoaded.current = list.status === 'loaded';
  const loadedFor = useRef<readonly unknown[] | null>(null);

  useEffect(() => {
    const key = [q, state, pageSize, attempt];
    // After signing in again, a loaded list stays; only a list the lapsed session could not fetch reloads.
    if (isLoaded.current && loadedFor.current && sameValues(loadedFor.current, key)) return;
    loadedFor.current = key;
    const controller = new AbortController();
    moreController.current?.abort();
    setList({ status: 'loading' });
    listDocuments(
      { ...(q !== undefined ? { q } : {}), ...(state ? { state } : {}), limit: pageSize },
      controller.signal,
    ).then(
      (page) =>
        setList({
          status: 'loaded',
          items: page.items,
          nextCursor: page.nextCursor,
          loadingMore: false,
          moreError: undefined,
        }),
      (error: unknown) => {
        if (isAbort(error) || controller.signal.aborted) return;
        const apiError = fail(error);
        // Signed out: keep waiting under the lock screen; signing in again loads it.
        if (apiError.isUnauthenticated) loadedFor.current = null;
        else setList({ status: 'failed', error: apiError });
      },
    );
    return () => controller.abort();
  }, [q, state, pageSize, attempt, fail, epoch]);

  const loadMore = useCallback(() => {
    if (list.status !== 'loaded' || !list.nextCursor || list.loadingMore) return;
    const cursor = list.nextCursor;
    const controller = new AbortController();
    moreController.current = controller;
    setList({ ...list, loadingMore: true, moreError: undefined });
    listDocuments(
      { ...(q !== undefined ? { q } : {}), ...(state ? { state } : {}), limit: pageSize, cursor },
      controller.signal,
    ).then(
      (page) =>
        setList((current) => {
          if (current.status !== 'loaded') return current;
          const known = new Set(current.items.map((item) => item.id));
          const fresh = page.items.filter((item) => !known.has(item.id));
          return {
            status: 'loaded',
            items: [...current.items, ...fresh],
            nextCursor: page.nextCursor,
            loadingMore: false,
            moreError: undefined,
          };
        }),
      (error: unknown) => {
        if (isAbort(error) || controller.signal.aborted) return;
        const apiError = fail(error);
        setList((current) =>
          current.status === 'loaded' ? { ...current, loadingMore: false, moreError: apiError } : current,
        );
      },
    );
  }, [list, q, state, pageSize, fail]);

  const refreshedFor = useRef(refreshOn);
  useEffect(() => {
    if (Object.is(refreshedFor.current, refreshOn)) return;
    refreshedFor.current = refreshOn;
    if (!isLoaded.current) return;
    const controller = new AbortController();
    listDocuments(
      { ...(q !== undefined ? { q } : {}), ...(state ? { state } : {}), limit: pageSize },
      controller.signal,
    ).then(
      (page) =>
        setList((current) =>
          current.status === 'loaded' && !current.loadingMore
            ? { ...current, items: page.items, nextCursor: page.nextCursor }
            : current,
        ),
      (error: unknown) => {
        if (isAbort(error) || controller.signal.aborted) return;
        fail(error);
      },
    );
    return () => controller.abort();
  }, [refreshOn, q, state, pageSize, fail]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { list, loadMore, reload };
}
