/** Signing in with a username and password; the server sets an HttpOnly session cookie. */
import { LanguageSwitch } from '../components/language-switch.js';
import { LoginForm } from '../components/login-form.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useT } from '../messages/locale.context.js';
import { useLocation, useNavigate } from '../router/router.js';

export function LoginPage({ reason }: { readonly reason?: 'expired' | 'logged-out' | undefined }) {
  const t = useT();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  usePageTitle(t('login.title'));

  return (
    <main id="main" className="login">
      <section className="login__panel" aria-labelledby="page-title">
        <p className="login__brand">
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </p>
        <h1 id="page-title">{t('login.title')}</h1>
        {reason === 'expired' ? <p className="notice notice--info">{t('login.expired')}</p> : null}
        {reason === 'logged-out' ? (
          <p className="notice notice--info" role="status">
            {t('login.loggedOut')}
          </p>
        ) : null}
        <LoginForm
          onSignedIn={() => {
            // Stay on the address asked for (a shared link); from the sign-in page itself, go to the inbox.
            if (pathname === '/login') navigate('/', { replace: true });
          }}
        />
        <p className="login__notice">{t('login.notice')}</p>
        <LanguageSwitch />
      </section>
    </main>
  );
}
