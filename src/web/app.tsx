/** The application: locale, session and router, then the sign-in page or the signed-in pages. */
import { AppHeader } from './components/app-header.js';
import { SessionLapsedDialog } from './components/session-lapsed-dialog.js';
import { LoadFailure, Loading } from './components/feedback.js';
import { LocaleProvider, useT } from './messages/locale.context.js';
import { NotificationsProvider } from './notifications/notifications.context.js';
import { AccountPage } from './pages/account.page.js';
import { AuditPage } from './pages/audit.page.js';
import { CommitteeMeetingPage } from './pages/committee-meeting.page.js';
import { CommitteeTextPage } from './pages/committee-text.page.js';
import { CommitteePage } from './pages/committee.page.js';
import { CommitteesPage } from './pages/committees.page.js';
import { ComposePage } from './pages/compose.page.js';
import { CopiesPage } from './pages/copies.page.js';
import { CopyPage } from './pages/copy.page.js';
import { DocumentPage } from './pages/document.page.js';
import { InboxPage } from './pages/inbox.page.js';
import { LoginPage } from './pages/login.page.js';
import { NotFoundPage } from './pages/not-found.page.js';
import { PeoplePage } from './pages/people.page.js';
import { SearchPage } from './pages/search.page.js';
import { TracePage } from './pages/trace.page.js';
import { VariationPointsPage } from './pages/variation-points.page.js';
import { renderRoute, type Route } from './router/match-route.js';
import { textKindOfSegment } from './components/committee-parts.js';
import { RouterProvider, useFocusOnNavigation, useLocation, useNavigate } from './router/router.js';
import { ReauthenticationProvider } from './session/reauthentication.context.js';
import { SessionProvider, useSession } from './session/session.context.js';
import type { ReactNode } from 'react';
import { useEffect } from 'react';

const routes: readonly Route<ReactNode>[] = [
  { path: '/', render: () => <InboxPage key="issued" state="issued" /> },
  { path: '/login', render: () => null },
  { path: '/drafts', render: () => <InboxPage key="draft" state="draft" /> },
  { path: '/search', render: () => <SearchPage /> },
  { path: '/compose', render: () => <ComposePage /> },
  { path: '/documents/:id', render: ({ id = '' }) => <DocumentPage key={id} id={id} /> },
  { path: '/documents/:id/edit', render: ({ id = '' }) => <ComposePage id={id} /> },
  { path: '/documents/:id/copies', render: ({ id = '' }) => <CopiesPage key={id} id={id} /> },
  {
    path: '/documents/:id/copies/:copyId',
    render: ({ id = '', copyId = '' }) => <CopyPage key={copyId} id={id} copyId={copyId} />,
  },
  {
    path: '/documents/:id/variation-points',
    render: ({ id = '' }) => <VariationPointsPage key={id} id={id} />,
  },
  { path: '/trace', render: () => <TracePage /> },
  { path: '/people', render: () => <PeoplePage /> },
  { path: '/audit', render: () => <AuditPage /> },
  { path: '/account', render: () => <AccountPage /> },
  { path: '/committees', render: () => <CommitteesPage /> },
  { path: '/committees/:id', render: ({ id = '' }) => <CommitteePage key={id} id={id} /> },
  {
    path: '/committees/:id/meetings/:meetingId',
    render: ({ id = '', meetingId = '' }) => (
      <CommitteeMeetingPage key={meetingId} id={id} meetingId={meetingId} />
    ),
  },
  {
    path: '/committees/:id/:segment/:textId',
    render: ({ id = '', segment = '', textId = '' }) => {
      const kind = textKindOfSegment(segment);
      return kind ? <CommitteeTextPage key={textId} id={id} kind={kind} textId={textId} /> : <NotFoundPage />;
    },
  },
];

function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href="#main">
      {t('app.skipToContent')}
    </a>
  );
}

function SignedInApp() {
  const t = useT();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  useFocusOnNavigation('main');

  useEffect(() => {
    if (pathname === '/login') navigate('/', { replace: true });
  }, [pathname, navigate]);

  return (
    <NotificationsProvider>
      <ReauthenticationProvider>
        <SkipLink />
        <AppHeader />
        <main id="main" className="site-main" tabIndex={-1}>
          {renderRoute(routes, pathname, () => (
            <NotFoundPage />
          ))}
        </main>
        <footer className="site-footer">
          <p>{t('app.footer')}</p>
        </footer>
      </ReauthenticationProvider>
    </NotificationsProvider>
  );
}

function Shell() {
  const { state, retry } = useSession();
  switch (state.status) {
    case 'loading':
      return (
        <main id="main" className="login">
          <Loading />
        </main>
      );
    case 'unavailable':
      return (
        <main id="main" className="login">
          <LoadFailure error={state.error} onRetry={retry} />
        </main>
      );
    case 'anonymous':
      return <LoginPage reason={state.reason} />;
    case 'authenticated':
    case 'expired':
      // A new person starts from a clean slate: nothing of the previous session survives. The same
      // person signing in again after a lapse finds the page as they left it.
      return (
        <>
          <SignedInApp key={state.person.username} />
          {state.status === 'expired' ? <SessionLapsedDialog username={state.person.username} /> : null}
        </>
      );
  }
}

export function App() {
  return (
    <LocaleProvider locale="en">
      <RouterProvider>
        <SessionProvider>
          <Shell />
        </SessionProvider>
      </RouterProvider>
    </LocaleProvider>
  );
}
