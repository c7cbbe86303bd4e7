/**
 * What a former holder sees at the address of a recalled document (410 RECALLED): the recall notice,
 * with no text of the document; and at the address of a copy they certified destroyed (410 COPY_DESTROYED).
 */
import type { ReactNode } from 'react';
import type { ApiError } from '../api/http.js';
import type { RecallNotice } from '../api/types.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useFormat, useT } from '../messages/locale.context.js';
import { Link } from '../router/router.js';
import { NotFoundPage } from './not-found.page.js';

/** The recall notice a 410 answer carries, if it is one. */
export function recallNoticeOf(error: ApiError): RecallNotice | null {
  if (error.status !== 410 || error.code !== 'RECALLED') return null;
  const body = error.body;
  if (typeof body !== 'object' || body === null || !('recall' in body)) return null;
  const recall = body.recall;
  if (typeof recall !== 'object' || recall === null) return null;
  const notice = recall as Partial<RecallNotice>;
  return typeof notice.title === 'string' && typeof notice.recalledAt === 'string'
    ? (notice as RecallNotice)
    : null;
}

export function RecalledPage({ notice }: { readonly notice: RecallNotice }) {
  const t = useT();
  const format = useFormat();
  usePageTitle(t('recalled.pageTitle'));
  return (
    <section
      className="page page--narrow recall-notice"
      data-testid="recall-notice"
      aria-labelledby="page-title"
    >
      <p className="recall-notice__label">{t('recalled.label')}</p>
      <h1 id="page-title" tabIndex={-1}>
        {notice.title}
      </h1>
      <dl className="facts">
        {notice.registryNumber ? (
          <div>
            <dt>{t('recalled.registry')}</dt>
            <dd data-testid="recall-registry">{notice.registryNumber}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('recalled.marking')}</dt>
          <dd>{notice.banner}</dd>
        </div>
        <div>
          <dt>{t('recalled.when')}</dt>
          <dd data-testid="recall-date">
            <time dateTime={notice.recalledAt}>{format.dateTime(notice.recalledAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('recalled.reason')}</dt>
          <dd data-testid="recall-reason">{notice.reason}</dd>
        </div>
      </dl>
      <p>{t('recalled.explain')}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  );
}

export function CopyDestroyedPage({ message }: { readonly message: string }) {
  const t = useT();
  usePageTitle(t('destroyed.title'));
  return (
    <section className="page page--narrow" data-testid="copy-destroyed" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        {t('destroyed.title')}
      </h1>
      <p>{t('destroyed.explain')}</p>
      {message ? <p className="notice notice--info">{message}</p> : null}
      <p>
        <Link to="/" className="button button--primary">
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  );
}

/**
 * The page for a document (or its copy) that is not there for this person: not found (missing and
 * forbidden alike), recalled, or their copy destroyed. Null for any other failure (to show and retry).
 */
export function goneView(error: ApiError): ReactNode {
  if (error.isNotFound) return <NotFoundPage />;
  const notice = recallNoticeOf(error);
  if (notice) return <RecalledPage notice={notice} />;
  if (error.status === 410 && error.code === 'COPY_DESTROYED')
    return <CopyDestroyedPage message={error.message} />;
  if (error.status === 410) return <NotFoundPage />;
  return null;
}
