/**
 * Who is signed in. The session itself is an HttpOnly cookie the page never sees; this only keeps the
 * person the server says is signed in. When the server says the session is over, the pages stay (under
 * a locked screen) so that the same person can sign in again without losing what they were typing;
 * logging out, or another person signing in, forgets everything.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, isAbort } from '../api/http.js';
import { getSession, logIn, logOut } from '../api/liaison-api.js';
import type { Person } from '../api/types.js';

export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'anonymous'; readonly reason?: 'expired' | 'logged-out' }
  | { readonly status: 'unavailable'; readonly error: ApiError }
  | { readonly status: 'authenticated'; readonly person: Person }
  /** The server no longer knows the session: the screen is locked until the person signs in again. */
  | { readonly status: 'expired'; readonly person: Person };

interface SessionValue {
  readonly state: SessionState;
  /**
   * Rejects with ApiError: 401 LOGIN_FAILED for a wrong username or password, 401
   * SECOND_FACTOR_REQUIRED when the person has a second factor and no code was given.
   */
  readonly signIn: (username: string, password: string, code?: string) => Promise<void>;
  readonly signOut: () => Promise<void>;
  /** The server answered 401 to some request: the session is over. */
  readonly expire: () => void;
  /** The server ended the session (suspension, logout elsewhere): back to the sign-in page, forgetting all. */
  readonly end: () => void;
  /** Fetch who is signed in again (their clearance or read-ins changed). */
  readonly refresh: () => void;
  readonly retry: () => void;
  /** Changes at each sign-in, so that pages reload what a lapsed session could not fetch. */
  readonly epoch: number;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [epoch, setEpoch] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    getSession(controller.signal).then(
      (session) => setState({ status: 'authenticated', person: session.person }),
      (error: unknown) => {
        if (isAbort(error)) return;
        if (error instanceof ApiError && error.isUnauthenticated) setState({ status: 'anonymous' });
        else setState({ status: 'unavailable', error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const signIn = useCallback(async (username: string, password: string, code?: string) => {
    const session = await logIn(username, password, code);
    setState({ status: 'authenticated', person: session.person });
    setEpoch((n) => n + 1);
  }, []);

  const signOut = useCallback(async () => {
    try {
      await logOut();
    } finally {
      setState({ status: 'anonymous', reason: 'logged-out' });
    }
  }, []);

  const expire = useCallback(
    () =>
      setState((current) =>
        current.status === 'authenticated' || current.status === 'expired'
          ? { status: 'expired', person: current.person }
          : { status: 'anonymous', reason: 'expired' },
      ),
    [],
  );
  const end = useCallback(() => setState({ status: 'anonymous', reason: 'expired' }), []);
  const refresh = useCallback(() => {
    getSession().then(
      (session) =>
        setState((current) =>
          current.status === 'authenticated' && current.person.username === session.person.username
            ? { status: 'authenticated', person: session.person }
            : current,
        ),
      (error: unknown) => {
        if (error instanceof ApiError && error.isUnauthenticated) expire();
      },
    );
  }, [expire]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(
    () => ({ state, signIn, signOut, expire, end, refresh, retry, epoch }),
    [state, signIn, signOut, expire, end, refresh, retry, epoch],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in person; only for components rendered inside the signed-in part of the app. */
export function usePerson(): Person {
  const { state } = useSession();
  if (state.status !== 'authenticated' && state.status !== 'expired') {
    throw new Error('usePerson without a signed-in person');
  }
  return state.person;
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'CLIENT', error instanceof Error ? error.message : String(error));
}
