/**
 * The notification stream (GET /api/notifications, server-sent events): documents reaching the person,
 * recalls of documents they held, changes to their own access, committee business awaiting them (a new
 * agenda item, minutes to approve, a recommendation to answer, an overdue action item), and the end of
 * their session. Pages
 * bring what they show up to date from here: a document the person may no longer read disappears at once.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { ApiError } from '../api/http.js';
import { getSession, notificationsPath } from '../api/liaison-api.js';
import type { CommitteeNoticeData, DocumentAvailableEvent, RecallNotice } from '../api/types.js';
import { useNavigate } from '../router/router.js';
import { useSession } from '../session/session.context.js';

export type Notice =
  | {
      readonly id: number;
      readonly at: Date;
      readonly kind: 'document-available';
      readonly document: DocumentAvailableEvent;
    }
  | {
      readonly id: number;
      readonly at: Date;
      readonly kind: 'document-recalled';
      readonly recall: RecallNotice;
    }
  | { readonly id: number; readonly at: Date; readonly kind: 'access-changed' }
  | {
      readonly id: number;
      readonly at: Date;
      readonly kind: 'committee';
      readonly event: CommitteeEvent;
      readonly committee: CommitteeNoticeData;
    };

/** The committee events of the stream, without their `committee-` prefix. */
export const committeeEvents = [
  'agenda-item',
  'minutes-awaiting-approval',
  'recommendation-awaiting-response',
  'action-item-overdue',
] as const;
export type CommitteeEvent = (typeof committeeEvents)[number];

interface NotificationsValue {
  /** Newest first, at most `keptNotices`. */
  readonly notices: readonly Notice[];
  /** Notices the person has not yet dismissed as toasts. */
  readonly toasts: readonly Notice[];
  readonly unseen: number;
  readonly dismiss: (id: number) => void;
  readonly markSeen: () => void;
  /** Changes whenever the person's access changes. */
  readonly accessVersion: number;
  /** Changes whenever a document reaches the person or one they held is recalled. */
  readonly documentsVersion: number;
  /** Changes whenever committee business awaiting the person arrives. */
  readonly committeeVersion: number;
  /** Documents recalled while the person was signed in. */
  readonly recalledIds: readonly string[];
  /** Whether the stream is open (the server said "ready"). */
  readonly connected: boolean;
}

const keptNotices = 50;
const shownToasts = 3;
const firstRetryMs = 2_000;
const longestRetryMs = 60_000;

const NotificationsContext = createContext<NotificationsValue | null>(null);

function parse<T>(event: Event): T | null {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as T;
  } catch {
    return null;
  }
}

export function NotificationsProvider({ children }: { readonly children: ReactNode }) {
  const { expire, end, refresh, epoch } = useSession();
  const navigate = useNavigate();
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<number>>(new Set());
  const [seenUpTo, setSeenUpTo] = useState(0);
  const [accessVersion, setAccessVersion] = useState(0);
  const [documentsVersion, setDocumentsVersion] = useState(0);
  const [committeeVersion, setCommitteeVersion] = useState(0);
  const [recalledIds, setRecalledIds] = useState<readonly string[]>([]);
  const [connected, setConnected] = useState(false);
  const nextId = useRef(1);

  const add = useCallback((make: (id: number, at: Date) => Notice) => {
    const notice = make(nextId.current++, new Date());
    setNotices((current) => [notice, ...current].slice(0, keptNotices));
  }, []);

  useEffect(() => {
    let source: EventSource | null = null;
    let closed = false;
    let retryMs = firstRetryMs;
    let timer: number | undefined;

    const reopenLater = () => {
      if (closed) return;
      timer = window.setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, longestRetryMs);
    };

    function open() {
      if (closed) return;
      const stream = new EventSource(notificationsPath);
      source = stream;
      stream.addEventListener('ready', () => {
        retryMs = firstRetryMs;
        setConnected(true);
      });
      stream.addEventListener('document-available', (event) => {
        const document = parse<DocumentAvailableEvent>(event);
        if (!document) return;
        add((id, at) => ({ id, at, kind: 'document-available', document }));
        setDocumentsVersion((n) => n + 1);
      });
      stream.addEventListener('document-recalled', (event) => {
        const recall = parse<RecallNotice>(event);
        if (!recall) return;
        add((id, at) => ({ id, at, kind: 'document-recalled', recall }));
        setRecalledIds((current) => [...current, recall.documentId]);
        setDocumentsVersion((n) => n + 1);
      });
      for (const name of committeeEvents)
        stream.addEventListener('committee-' + name, (event) => {
          const committee = parse<CommitteeNoticeData>(event);
          if (!committee) return;
          add((id, at) => ({ id, at, kind: 'committee', event: name, committee }));
          setCommitteeVersion((n) => n + 1);
        });
      stream.addEventListener('access-changed', () => {
        add((id, at) => ({ id, at, kind: 'access-changed' }));
        setAccessVersion((n) => n + 1);
        refresh();
      });
      stream.addEventListener('session-ended', () => {
        closed = true;
        stream.close();
        end();
        navigate('/login', { replace: true });
      });
      stream.onerror = () => {
        setConnected(false);
        // While CONNECTING the browser retries by itself; CLOSED means the server refused the stream.
        if (stream.readyState !== EventSource.CLOSED || closed) return;
        getSession().then(reopenLater, (error: unknown) => {
          if (error instanceof ApiError && error.isUnauthenticated) expire();
          else reopenLater();
        });
      };
    }

    open();
    return () => {
      closed = true;
      window.clearTimeout(timer);
      source?.close();
    };
  }, [add, end, expire, refresh, navigate, epoch]);

  const dismiss = useCallback((id: number) => setDismissed((current) => new Set(current).add(id)), []);
  const markSeen = useCallback(() => setSeenUpTo(nextId.current - 1), []);

  const value = useMemo<NotificationsValue>(
    () => ({
      notices,
      toasts: notices.filter((notice) => !dismissed.has(notice.id)).slice(0, shownToasts),
      unseen: notices.filter((notice) => notice.id > seenUpTo).length,
      dismiss,
      markSeen,
      accessVersion,
      documentsVersion,
      committeeVersion,
      recalledIds,
      connected,
    }),
    [
      notices,
      dismissed,
      seenUpTo,
      dismiss,
      markSeen,
      accessVersion,
      documentsVersion,
      committeeVersion,
      recalledIds,
      connected,
    ],
  );
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}

const quiet: NotificationsValue = {
  notices: [],
  toasts: [],
  unseen: 0,
  dismiss: () => undefined,
  markSeen: () => undefined,
  accessVersion: 0,
  documentsVersion: 0,
  committeeVersion: 0,
  recalledIds: [],
  connected: false,
};

/** The notifications; outside the signed-in app (no stream), nothing ever arrives. */
export function useNotifications(): NotificationsValue {
  return useContext(NotificationsContext) ?? quiet;
}
