/**
 * The inbox (documents disseminated to the reader, newest first, with notices of recalled documents
 * they held) and the drafts, page by page. Both stay up to date with the notification stream.
 */
import { listRecalls } from '../api/liaison-api.js';
import { DocumentTable } from '../components/document-table.js';
import { LoadFailure, Loading } from '../components/feedback.js';
import { useDocumentList, type DocumentList } from '../hooks/use-document-list.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useResource } from '../hooks/use-resource.js';
import type { MessageId } from '../messages/en.js';
import { useFormat, useT } from '../messages/locale.context.js';
import { useNotifications } from '../notifications/notifications.context.js';
import { Link } from '../router/router.js';

const pageSize = 25;

interface ListWording {
  readonly title: MessageId;
  readonly caption: MessageId;
  readonly empty: MessageId;
}

const wording: Readonly<Record<'issued' | 'draft', ListWording>> = {
  issued: { title: 'inbox.title', caption: 'inbox.caption', empty: 'inbox.empty' },
  draft: { title: 'drafts.title', caption: 'drafts.caption', empty: 'drafts.empty' },
};

export function MoreButton({ list, onMore }: { readonly list: DocumentList; readonly onMore: () => void }) {
  const t = useT();
  if (list.status !== 'loaded') return null;
  const count = list.items.length;
  return (
    <div className="list-footer">
      <p className="list-footer__count" role="status">
        {count === 1 ? t('list.shown.one') : t('list.shown.other', { count })}
      </p>
      {list.moreError ? <LoadFailure error={list.moreError} onRetry={onMore} /> : null}
      {list.nextCursor ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={onMore}
          disabled={list.loadingMore}
        >
          {list.loadingMore ? t('list.loadingMore') : t('list.loadMore')}
        </button>
      ) : null}
    </div>
  );
}

/** Documents the reader held that their originators have recalled: the text is gone, the notice stays. */
function RecallNotices({ refreshOn }: { readonly refreshOn: unknown }) {
  const t = useT();
  const format = useFormat();
  const { resource } = useResource((signal) => listRecalls(signal), [], { refreshOn });
  if (resource.status !== 'loaded' || resource.data.length === 0) return null;
  return (
    <section className="recall-notices" aria-labelledby="recalls-title" data-testid="recall-notices">
      <h2 id="recalls-title">{t('inbox.recallsTitle')}</h2>
      <ul className="recall-notices__list">
        {resource.data.map((notice) => (
          <li key={notice.documentId} className="recall-notices__item" data-document-id={notice.documentId}>
            <p className="recall-notices__what">
              <strong>{notice.title}</strong>
              {notice.registryNumber ? (
                <>
                  {t('label.separator')}
                  <span className="document-row__registry">{notice.registryNumber}</span>
                </>
              ) : null}
              {t('label.separator')}
              <span className="marking-text">{notice.banner}</span>
            </p>
            <p className="recall-notices__why">
              {t('inbox.recalledOn', { when: format.dateTime(notice.recalledAt), reason: notice.reason })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function InboxPage({ state }: { readonly state: 'issued' | 'draft' }) {
  const t = useT();
  const words = wording[state];
  const { accessVersion, documentsVersion } = useNotifications();
  const refreshOn = `${accessVersion}:${documentsVersion}`;
  const { list, loadMore, reload } = useDocumentList({ state }, pageSize, refreshOn);
  usePageTitle(t(words.title));

  return (
    <section
      className="page"
      aria-labelledby="page-title"
      aria-busy={list.status === 'loading'}
      data-testid="document-list"
    >
      <div className="page__heading">
        <h1 id="page-title">{t(words.title)}</h1>
        <Link to="/compose" className="button button--primary">
          {t('nav.compose')}
        </Link>
      </div>
      <p className="page__lead">{t(words.caption)}</p>
      {state === 'issued' ? <RecallNotices refreshOn={refreshOn} /> : null}
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'failed' ? <LoadFailure error={list.error} onRetry={reload} /> : null}
      {list.status === 'loaded' && list.items.length === 0 ? <p className="empty">{t(words.empty)}</p> : null}
      {list.status === 'loaded' && list.items.length > 0 ? (
        <>
          <DocumentTable caption={t(words.caption)} documents={list.items} />
          <MoreButton list={list} onMore={loadMore} />
        </>
      ) : null}
    </section>
  );
}
