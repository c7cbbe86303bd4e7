/**
 * The one "not found" page: for an unknown address and for a document that is missing or may not be
 * read alike, so that the page never tells whether a document exists.
 */
import { usePageTitle } from '../hooks/use-page-title.js';
import { useT } from '../messages/locale.context.js';
import { Link } from '../router/router.js';

export function NotFoundPage() {
  const t = useT();
  usePageTitle(t('notFound.title'));
  return (
    <section className="page page--narrow not-found" data-testid="not-found" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        {t('notFound.title')}
      </h1>
      <p>{t('notFound.body')}</p>
      <p>{t('notFound.hint')}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  );
}
