/**
 * Sensitive actions (personnel changes, the audit export, the second factor) need a recent login. When
 * the server answers 403 REAUTHENTICATION_REQUIRED, the person confirms their password (and code) in a
 * dialog, and the action is tried again by itself; nothing typed in the page is lost.
 */
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { ApiError } from '../api/http.js';
import { ReauthenticationDialog } from '../components/reauthentication-dialog.js';

type Ask = () => Promise<boolean>;

const ReauthenticationContext = createContext<Ask | null>(null);

export function ReauthenticationProvider({ children }: { readonly children: ReactNode }) {
  const [open, setOpen] = useState(false);
  // Several actions may be waiting at once (rare): one confirmation serves them all.
  const waiting = useRef<((confirmed: boolean) => void)[]>([]);

  const ask = useCallback<Ask>(
    () =>
      new Promise<boolean>((resolve) => {
        waiting.current.push(resolve);
        setOpen(true);
      }),
    [],
  );

  const finish = useCallback((confirmed: boolean) => {
    const resolvers = waiting.current;
    waiting.current = [];
    setOpen(false);
    for (const resolve of resolvers) resolve(confirmed);
  }, []);

  return (
    <ReauthenticationContext.Provider value={ask}>
      {children}
      {open ? <ReauthenticationDialog onDone={finish} /> : null}
    </ReauthenticationContext.Provider>
  );
}

/**
 * Runs an action; if the server wants a recent login first, asks for it and runs the action again.
 * Rejects with the original error when the person cancels.
 */
export function useWithRecentLogin(): <T>(action: () => Promise<T>) => Promise<T> {
  const ask = useContext(ReauthenticationContext);
  return useCallback(
    async <T,>(action: () => Promise<T>): Promise<T> => {
      try {
        return await action();
      } catch (error) {
        if (!(error instanceof ApiError) || !error.needsReauthentication || !ask) throw error;
        if (!(await ask())) throw error;
        return action();
      }
    },
    [ask],
  );
}
