/**
 * One document, as the server presents it to this reader, with the actions the server permits. A
 * missing document and one the reader may not see both give the not-found page; a recalled one gives
 * its recall notice. A numbered copy shows its number and holder, with receipt and destruction.
 */
import { useState } from 'react';
import { getDocument, issueDocument } from '../api/liaison-api.js';
import type { LiaisonDocument } from '../api/types.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { CopyActions } from '../components/copy-actions.js';
import { DisseminationPanel } from '../components/dissemination-panel.js';
import { DocumentSheet } from '../components/document-sheet.js';
import { DocumentTabs } from '../components/document-tabs.js';
import { ErrorSummary, LoadFailure, Loading, StatusMessage, useErrorText } from '../components/feedback.js';
import { ReadersPanel } from '../components/readers-panel.js';
import { RecallAction } from '../components/recall-action.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useExpireOnUnauthenticated, useResource } from '../hooks/use-resource.js';
import { useFormat, useT } from '../messages/locale.context.js';
import { useNotifications } from '../notifications/notifications.context.js';
import { Link, useLocation } from '../router/router.js';
import { usePerson } from '../session/session.context.js';
import { goneView } from './recalled.page.js';

/** What the compose page passes along after issuing, to say so here. */
export interface DocumentLocationState {
  readonly issued?: boolean;
}

function wasJustIssued(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as DocumentLocationState).issued === true;
}

export function isSecurityOfficer(roles: readonly string[]): boolean {
  return roles.includes('security-officer');
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

/** For the originator, who still reads a document they recalled. */
function RecalledNotice({ document }: { readonly document: LiaisonDocument }) {
  const t = useT();
  const format = useFormat();
  if (!document.recall) return null;
  return (
    <div className="notice notice--error" data-testid="document-recalled">
      <p>
        <strong>{t('document.recalledOn', { when: format.dateTime(document.recall.at) })}</strong>
      </p>
      <p>{t('document.recallReason', { reason: document.recall.reason })}</p>
    </div>
  );
}

function DocumentView({
  document,
  onChange,
  onReload,
}: {
  readonly document: LiaisonDocument;
  readonly onChange: (d: LiaisonDocument) => void;
  readonly onReload: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const location = useLocation();
  const person = usePerson();
  const [flash, setFlash] = useState<string | null>(() =>
    wasJustIssued(location.state) && document.registryNumber
      ? t('document.issued', { number: document.registryNumber })
      : null,
  );
  const [disseminating, setDisseminating] = useState(false);
  const { permissions } = document;
  const isIssued = document.state === 'issued';
  const isRecalled = document.recall !== null;
  usePageTitle(
    document.registryNumber
      ? t('document.pageTitle', { number: document.registryNumber })
      : t('document.pageTitleDraft'),
  );

  return (
    <div className="page page--document">
      <DocumentTabs documentId={document.id} permissions={permissions} current="document" />
      <div className="document-toolbar" role="group" aria-label={t('document.actions')}>
        <p className="document-toolbar__state">
          {isIssued && document.issuedAt
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
          {document.copy ? (
            <CopyActions
              key={document.copy.id}
              documentId={document.id}
              copy={document.copy}
              onDestroyed={onReload}
            />
          ) : null}
          {/* A draft's distribution is edited in the form; adding recipients is for issued documents. */}
          {permissions.disseminate && isIssued && !isRecalled && !disseminating ? (
            <button type="button" className="button button--secondary" onClick={() => setDisseminating(true)}>
              {t('document.disseminate')}
            </button>
          ) : null}
          {permissions.recall && isIssued && !isRecalled ? (
            <RecallAction
              document={document}
              onRecalled={() => {
                setFlash(t('recall.done'));
                onReload();
              }}
            />
          ) : null}
        </div>
      </div>
      {flash ? <StatusMessage>{flash}</StatusMessage> : null}
      <RecalledNotice document={document} />
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
      {isSecurityOfficer(person.roles) && isIssued ? <ReadersPanel documentId={document.id} /> : null}
      <DocumentSheet document={document} />
    </div>
  );
}

export function DocumentPage({ id }: { readonly id: string }) {
  const t = useT();
  const { accessVersion, recalledIds } = useNotifications();
  // A change to the reader's access, or a recall of this document, reloads it at once: what may no
  // longer be read disappears.
  const refreshOn = `${accessVersion}:${String(recalledIds.includes(id))}`;
  const { resource, reload, replace, refresh } = useResource((signal) => getDocument(id, signal), [id], {
    refreshOn,
  });
  if (resource.status === 'failed') {
    const gone = goneView(resource.error);
    if (gone) return gone;
  }
  if (resource.status === 'loaded')
    return (
      <DocumentView
        key={resource.data.id}
        document={resource.data}
        onChange={replace}
        onReload={() => void refresh()}
      />
    );
  return (
    <section className="page" aria-busy={resource.status === 'loading'} aria-label={t('app.loading')}>
      {resource.status === 'loading' ? <Loading /> : <LoadFailure error={resource.error} onRetry={reload} />}
    </section>
  );
}
