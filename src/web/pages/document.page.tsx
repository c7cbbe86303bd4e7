/**
 * One document, as the server presents it to this reader, with the actions the server permits. A
 * missing document and one the reader may not see both give the not-found page.
 */
import { useState } from 'react';
import { getDocument, issueDocument } from '../api/liaison-api.js';
import type { LiaisonDocument } from '../api/types.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { DisseminationPanel } from '../components/dissemination-panel.js';
import { DocumentSheet } from '../components/document-sheet.js';
import { ErrorSummary, LoadFailure, Loading, StatusMessage, useErrorText } from '../components/feedback.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useExpireOnUnauthenticated, useResource } from '../hooks/use-resource.js';
import { useFormat, useT } from '../messages/locale.context.js';
import { Link, useLocation } from '../router/router.js';
import { NotFoundPage } from './not-found.page.js';

/** What the compose page passes along after issuing, to say so here. */
export interface DocumentLocationState {
  readonly issued?: boolean;
}

function wasJustIssued(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as DocumentLocationState).issued === true;
}

function IssueAction({
  document,
  onIssued,
}: {
  readonly document: LiaisonDocument;
  readonly onIssued: (d: LiaisonDocument) => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const handleError = useExpireOnUnauthenticated();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const issue = async () => {
    setConfirming(false);
    setBusy(true);
    setError(null);
    try {
      onIssued(await issueDocument(document.id));
    } catch (caught) {
      const problem = handleError(caught);
      if (problem) setError(t('document.issueFailed', { message: errorText(problem) }));
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="button button--primary"
        onClick={() => setConfirming(true)}
        disabled={busy}
      >
        {t('document.issue')}
      </button>
      {error ? <ErrorSummary title={t('compose.issueErrorTitle')}>{error}</ErrorSummary> : null}
      <ConfirmDialog
        open={confirming}
        title={t('issue.title')}
        confirmLabel={t('issue.confirm')}
        cancelLabel={t('issue.cancel')}
        onConfirm={() => void issue()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('issue.explain')}</p>
      </ConfirmDialog>
    </>
  );
}

function DocumentView({
  document,
  onChange,
}: {
  readonly document: LiaisonDocument;
  readonly onChange: (d: LiaisonDocument) => void;
}) {
  const t = useT();
  const format = useFormat();
  const location = useLocation();
  const [flash, setFlash] = useState<string | null>(() =>
    wasJustIssued(location.state) && document.registryNumber
      ? t('document.issued', { number: document.registryNumber })
      : null,
  );
  const [disseminating, setDisseminating] = useState(false);
  const { permissions } = document;
  usePageTitle(
    document.registryNumber
      ? t('document.pageTitle', { number: document.registryNumber })
      : t('document.pageTitleDraft'),
  );

  return (
    <div className="page page--document">
      <div className="document-toolbar" role="group" aria-label={t('document.actions')}>
        <p className="document-toolbar__state">
          {document.state === 'issued' && document.issuedAt
            ? t('document.issuedAt', { when: format.dateTime(document.issuedAt) })
            : t('document.draftVersion', { version: document.version })}
        </p>
        <div className="document-toolbar__actions">
          {permissions.edit ? (
            <Link
              to={`/documents/${encodeURIComponent(document.id)}/edit`}
              className="button button--secondary"
            >
              {t('document.edit')}
            </Link>
          ) : null}
          {permissions.issue ? (
            <IssueAction
              document={document}
              onIssued={(issued) => {
                onChange(issued);
                setFlash(
                  issued.registryNumber ? t('document.issued', { number: issued.registryNumber }) : null,
                );
              }}
            />
          ) : null}
          {/* A draft's distribution is edited in the form; adding recipients is for issued documents. */}
          {permissions.disseminate && document.state === 'issued' && !disseminating ? (
            <button type="button" className="button button--secondary" onClick={() => setDisseminating(true)}>
              {t('document.disseminate')}
            </button>
          ) : null}
        </div>
      </div>
      {flash ? <StatusMessage>{flash}</StatusMessage> : null}
      {disseminating ? (
        <DisseminationPanel
          document={document}
          onCancel={() => setDisseminating(false)}
          onDisseminated={(updated) => {
            onChange(updated);
            setDisseminating(false);
            setFlash(t('document.disseminated'));
          }}
        />
      ) : null}
      <DocumentSheet document={document} />
    </div>
  );
}

export function DocumentPage({ id }: { readonly id: string }) {
  const t = useT();
  const { resource, reload, replace } = useResource((signal) => getDocument(id, signal), [id]);
  if (resource.status === 'failed' && resource.error.isNotFound) return <NotFoundPage />;
  if (resource.status === 'loaded')
    return <DocumentView key={resource.data.id} document={resource.data} onChange={replace} />;
  return (
    <section className="page" aria-busy={resource.status === 'loading'} aria-label={t('app.loading')}>
      {resource.status === 'loading' ? <Loading /> : <LoadFailure error={resource.error} onRetry={reload} />}
    </section>
  );
}
