/**
 * The audit log of the officer's party (GET /api/audit), newest first, page by page; and its verifiable
 * export (GET /api/audit/export, JSON lines with a signed checkpoint, checked by `liaison audit verify`),
 * which needs a recent login.
 */
import { useState } from 'react';
import type { ApiError } from '../api/http.js';
import { downloadAuditExport, listAudit } from '../api/liaison-api.js';
import type { AuditEntry, AuditPage as AuditPageData } from '../api/types.js';
import {
  ErrorSummary,
  LoadFailure,
  Loading,
  Refusal,
  StatusMessage,
  useErrorText,
} from '../components/feedback.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useExpireOnUnauthenticated, useResource } from '../hooks/use-resource.js';
import { useFormat, useT } from '../messages/locale.context.js';
import { useWithRecentLogin } from '../session/reauthentication.context.js';
import { toApiError } from '../session/session.context.js';

const pageSize = 50;

function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the address is forgotten.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function ExportButton() {
  const t = useT();
  const errorText = useErrorText();
  const handleError = useExpireOnUnauthenticated();
  const withRecentLogin = useWithRecentLogin();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      const file = await withRecentLogin(downloadAuditExport);
      const filename = file.filename ?? 'audit.ndjson';
      saveFile(file.blob, filename);
      setDone(t('audit.exported', { filename }));
    } catch (caught) {
      const problem = handleError(caught);
      if (problem) setError(errorText(problem));
    }
    setBusy(false);
  };

  return (
    <div className="audit-export">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void download()}
        disabled={busy}
      >
        {busy ? t('audit.exporting') : t('audit.export')}
      </button>
      <p className="field__hint">{t('audit.exportHint')}</p>
      {done ? <StatusMessage>{done}</StatusMessage> : null}
      {error ? <ErrorSummary title={t('audit.exportFailed')}>{error}</ErrorSummary> : null}
    </div>
  );
}

function AuditRow({ entry }: { readonly entry: AuditEntry }) {
  const t = useT();
  const format = useFormat();
  return (
    <tr data-seq={entry.seq} data-action={entry.action}>
      <td className="audit-table__seq">{entry.seq}</td>
      <td>
        <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
      </td>
      <td>{entry.actor ? entry.actor.username : t('audit.system')}</td>
      <td className="audit-table__action">{entry.action}</td>
      <td className="audit-table__target">
        {entry.target ? t('audit.target', { kind: entry.target.kind, id: entry.target.id }) : '—'}
      </td>
      <td>
        <span className={`decision decision--${entry.decision}`}>{entry.decision}</span>
      </td>
      <td>{entry.rule ?? '—'}</td>
      <td>{entry.address ?? '—'}</td>
    </tr>
  );
}

function AuditTable({ first }: { readonly first: AuditPageData }) {
  const t = useT();
  const handleError = useExpireOnUnauthenticated();
  const [items, setItems] = useState(first.items);
  const [exhausted, setExhausted] = useState(first.items.length < pageSize);
  const [busy, setBusy] = useState(false);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  const oldest = items.at(-1)?.seq;

  const more = async () => {
    if (oldest === undefined) return;
    setBusy(true);
    setMoreError(null);
    try {
      const page = await listAudit({ limit: pageSize, before: oldest });
      setItems((current) => [...current, ...page.items.filter((entry) => entry.seq < oldest)]);
      if (page.items.length < pageSize) setExhausted(true);
    } catch (caught) {
      setMoreError(handleError(caught) ?? toApiError(caught));
    }
    setBusy(false);
  };

  return (
    <>
      <table className="data-table audit-table" data-testid="audit-table">
        <caption className="visually-hidden">{t('audit.caption', { chain: first.chain })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.column.seq')}</th>
            <th scope="col">{t('audit.column.at')}</th>
            <th scope="col">{t('audit.column.actor')}</th>
            <th scope="col">{t('audit.column.action')}</th>
            <th scope="col">{t('audit.column.target')}</th>
            <th scope="col">{t('audit.column.decision')}</th>
            <th scope="col">{t('audit.column.rule')}</th>
            <th scope="col">{t('audit.column.address')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((entry) => (
            <AuditRow key={entry.seq} entry={entry} />
          ))}
        </tbody>
      </table>
      <div className="list-footer">
        <p className="list-footer__count" role="status">
          {t('audit.shown', { count: items.length })}
        </p>
        {moreError ? <LoadFailure error={moreError} onRetry={() => void more()} /> : null}
        {!exhausted ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void more()}
            disabled={busy}
          >
            {busy ? t('audit.loadingMore') : t('audit.more')}
          </button>
        ) : null}
      </div>
    </>
  );
}

export function AuditPage() {
  const t = useT();
  const { resource, reload } = useResource((signal) => listAudit({ limit: pageSize }, signal), []);
  usePageTitle(t('audit.title'));
  return (
    <section
      className="page page--audit"
      aria-labelledby="page-title"
      aria-busy={resource.status === 'loading'}
      data-testid="audit-page"
    >
      <div className="page__heading">
        <h1 id="page-title">
          {resource.status === 'loaded'
            ? t('audit.titleChain', { chain: resource.data.chain })
            : t('audit.title')}
        </h1>
      </div>
      <p className="page__lead">{t('audit.lead')}</p>
      {resource.status === 'loading' ? <Loading /> : null}
      {resource.status === 'failed' && resource.error.status === 403 ? (
        <Refusal error={resource.error} />
      ) : null}
      {resource.status === 'failed' && resource.error.status !== 403 ? (
        <LoadFailure error={resource.error} onRetry={reload} />
      ) : null}
      {resource.status === 'loaded' ? (
        <>
          <ExportButton />
          <AuditTable first={resource.data} />
        </>
      ) : null}
    </section>
  );
}
