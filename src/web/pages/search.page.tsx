/** Search results: only what the reader may read, each hit with its snippet, matched words highlighted. */
import type { DocumentSummary } from '../api/types.js';
import { ClassificationBanner } from '../components/classification-banner.js';
import { documentPath } from '../components/document-table.js';
import { LoadFailure, Loading } from '../components/feedback.js';
import { useKindLabel } from '../components/labels.js';
import { Snippet } from '../components/snippet.js';
import { useDocumentList } from '../hooks/use-document-list.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useFormat, useT } from '../messages/locale.context.js';
import { Link, useSearchParam } from '../router/router.js';
import { MoreButton } from './inbox.page.js';

const pageSize = 50;

function SearchResult({ document }: { readonly document: DocumentSummary }) {
  const t = useT();
  const format = useFormat();
  const kindLabel = useKindLabel();
  const meta = [
    kindLabel(document.kind),
    document.registryNumber ?? t('list.unregistered'),
    format.date(document.dated),
    document.originator,
    document.drafter.displayName,
  ];
  return (
    <li className="search-result" data-document-id={document.id}>
      <ClassificationBanner
        banner={document.banner}
        rank={document.marking.level.rank}
        variant="chip"
        readerBanner={document.bannerForReader}
      />
      <h2 className="search-result__title">
        <Link to={documentPath(document.id)}>{document.title}</Link>
      </h2>
      <p className="search-result__meta">{meta.join(t('label.separator'))}</p>
      {document.snippet ? <Snippet text={document.snippet} label={t('search.snippet')} /> : null}
    </li>
  );
}

function Results({ q }: { readonly q: string }) {
  const t = useT();
  const { list, loadMore, reload } = useDocumentList({ q }, pageSize);
  return (
    <div aria-busy={list.status === 'loading'} data-testid="search-results">
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'failed' ? <LoadFailure error={list.error} onRetry={reload} /> : null}
      {list.status === 'loaded' ? (
        <>
          <p className="page__lead" role="status">
            {list.items.length === 0
              ? t('search.none', { q })
              : list.items.length === 1
                ? t('search.count.one')
                : t('search.count.other', { count: list.items.length })}
          </p>
          {list.items.length > 0 ? (
            <ol className="search-results">
              {list.items.map((document) => (
                <SearchResult key={document.id} document={document} />
              ))}
            </ol>
          ) : null}
          {list.nextCursor ? <MoreButton list={list} onMore={loadMore} /> : null}
        </>
      ) : null}
    </div>
  );
}

export function SearchPage() {
  const t = useT();
  const q = useSearchParam('q').trim();
  usePageTitle(t('search.title'));
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{q ? t('search.resultsFor', { q }) : t('search.title')}</h1>
      {q ? <Results key={q} q={q} /> : <p className="page__lead">{t('search.prompt')}</p>}
    </section>
  );
}
