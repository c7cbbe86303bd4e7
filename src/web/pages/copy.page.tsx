/**
 * One numbered copy's text exactly as its recipient has it (GET /api/copies/{id}), for its holder and
 * for those who answer for the copies: banner lines, copy number and holder, and the text.
 */
import { getCopy, getDocument } from '../api/liaison-api.js';
import type { CopyText, LiaisonDocument } from '../api/types.js';
import { ClassificationBanner } from '../components/classification-banner.js';
import { CopyPdfLink } from '../components/copy-actions.js';
import { copiesPath, DocumentTabs } from '../components/document-tabs.js';
import { paragraphsOf } from '../components/document-sheet.js';
import { LoadFailure, Loading } from '../components/feedback.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useResource } from '../hooks/use-resource.js';
import { useT } from '../messages/locale.context.js';
import { useNotifications } from '../notifications/notifications.context.js';
import { Link } from '../router/router.js';
import { DocumentHeading } from './copies.page.js';
import { goneView } from './recalled.page.js';

interface CopyData {
  readonly document: LiaisonDocument;
  readonly copy: CopyText;
}

async function loadCopy(id: string, copyId: string, signal: AbortSignal): Promise<CopyData> {
  const [document, copy] = await Promise.all([getDocument(id, signal), getCopy(copyId, signal)]);
  return { document, copy };
}

function CopyView({ document, copy }: CopyData) {
  const t = useT();
  const rank = document.marking.level.rank;
  const heading = t('copy.pageHeading', { number: copy.number, of: copy.of });
  usePageTitle(heading);
  return (
    <section className="page page--document" aria-labelledby="page-title" data-testid="copy-page">
      <DocumentTabs documentId={document.id} permissions={document.permissions} current="copies" />
      <DocumentHeading document={document} heading={heading} />
      <div className="document-toolbar">
        <p className="document-toolbar__state">
          <Link to={copiesPath(document.id)}>{t('copy.backToCopies')}</Link>
        </p>
        <div className="document-toolbar__actions">
          <CopyPdfLink copyId={copy.id} number={copy.number} />
        </div>
      </div>
      <article className="sheet" aria-label={heading}>
        <ClassificationBanner banner={copy.document.banner} rank={rank} variant="top" />
        <div className="sheet__copy" data-testid="copy-line">
          <span className="sheet__copy-number" data-testid="copy-number">
            {t('copy.numberOf', { number: copy.number, of: copy.of })}
          </span>
          <span className="sheet__copy-holder" data-testid="copy-holder">
            {t('copy.holder', { holder: copy.recipient.label })}
          </span>
        </div>
        <div className="sheet__page">
          <p className="sheet__registry">
            {copy.document.registryNumber
              ? t('document.registry', { number: copy.document.registryNumber })
              : null}
          </p>
          <h2 className="sheet__title">{copy.document.title}</h2>
          <div className="sheet__body" data-testid="copy-text">
            {paragraphsOf(copy.text).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </div>
        <ClassificationBanner banner={copy.document.banner} rank={rank} variant="bottom" />
      </article>
    </section>
  );
}

export function CopyPage({ id, copyId }: { readonly id: string; readonly copyId: string }) {
  const t = useT();
  const { accessVersion, recalledIds } = useNotifications();
  const { resource, reload } = useResource((signal) => loadCopy(id, copyId, signal), [id, copyId], {
    refreshOn: `${accessVersion}:${String(recalledIds.includes(id))}`,
  });
  if (resource.status === 'failed') {
    const gone = goneView(resource.error);
    if (gone) return gone;
  }
  if (resource.status === 'loaded') return <CopyView {...resource.data} />;
  return (
    <section className="page" aria-busy={resource.status === 'loading'} aria-label={t('app.loading')}>
      {resource.status === 'loading' ? <Loading /> : <LoadFailure error={resource.error} onRetry={reload} />}
    </section>
  );
}
