/** The header on every signed-in page: who is signed in, in their own party's words, search and navigation. */
import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../messages/locale.context.js';
import { Link, useLocation, useNavigate, useSearchParam } from '../router/router.js';
import { usePerson, useSession } from '../session/session.context.js';
import { levelClassName } from './classification-banner.js';
import { LanguageSwitch } from './language-switch.js';
import { NotificationStrip, NotificationsButton } from './notification-area.js';

function SearchForm() {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const q = useSearchParam('q');
  const [text, setText] = useState(q);

  useEffect(() => {
    if (pathname === '/search') setText(q);
  }, [pathname, q]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const words = text.trim();
    navigate(words ? '/search?q=' + encodeURIComponent(words) : '/search');
  };

  return (
    <form role="search" className="search-form" onSubmit={submit}>
      <label htmlFor="search-q" className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id="search-q"
        name="q"
        type="search"
        className="input search-form__input"
        placeholder={t('search.placeholder')}
        value={text}
        maxLength={200}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button button--search">
        {t('search.submit')}
      </button>
    </form>
  );
}

function CurrentUser() {
  const t = useT();
  const person = usePerson();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const logOut = async () => {
    setBusy(true);
    try {
      await signOut();
    } finally {
      navigate('/login', { replace: true });
    }
  };

  return (
    <section className="current-user" aria-label={t('user.label')} data-testid="current-user">
      <p className="current-user__name">
        <strong data-testid="current-user-name">{person.displayName}</strong>
        <span className="current-user__title">{person.title}</span>
      </p>
      <dl className="current-user__facts">
        <div>
          <dt>{t('user.party')}</dt>
          <dd data-testid="current-user-party">{person.party}</dd>
        </div>
        <div>
          <dt>{t('user.clearance')}</dt>
          <dd>
            <span
              className={`clearance ${levelClassName(person.clearance.rank)}`}
              data-testid="current-user-clearance"
            >
              {person.clearance.name}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('user.compartments')}</dt>
          <dd>
            {person.compartments.length > 0 ? person.compartments.join(', ') : t('user.noCompartments')}
          </dd>
        </div>
      </dl>
      <div className="current-user__actions">
        <LanguageSwitch />
        <NotificationsButton />
        <button type="button" className="button button--quiet" onClick={() => void logOut()} disabled={busy}>
          {t('user.logOut')}
        </button>
      </div>
    </section>
  );
}

function NavLink({ to, label }: { readonly to: string; readonly label: string }) {
  const { pathname } = useLocation();
  const current = pathname === to || (to !== '/' && pathname.startsWith(to + '/'));
  return (
    <li>
      <Link to={to} className="main-nav__link" aria-current={current ? 'page' : undefined}>
        {label}
      </Link>
    </li>
  );
}

export function AppHeader() {
  const t = useT();
  const person = usePerson();
  const isOfficer = person.roles.includes('security-officer');
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link to="/" className="brand">
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </Link>
        <SearchForm />
        <CurrentUser />
      </div>
      <nav className="main-nav" aria-label={t('nav.label')}>
        <ul className="main-nav__list">
          <NavLink to="/" label={t('nav.inbox')} />
          <NavLink to="/drafts" label={t('nav.drafts')} />
          <NavLink to="/compose" label={t('nav.compose')} />
          <NavLink to="/committees" label={t('nav.committees')} />
          {/* Tracing is for whoever answers for copies (drafters, registries, officers): the server decides. */}
          <NavLink to="/trace" label={t('nav.trace')} />
          {isOfficer ? <NavLink to="/people" label={t('nav.people')} /> : null}
          {isOfficer ? <NavLink to="/audit" label={t('nav.audit')} /> : null}
          <NavLink to="/account" label={t('nav.account')} />
        </ul>
      </nav>
      <NotificationStrip />
    </header>
  );
}
