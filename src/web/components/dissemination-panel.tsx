/** Sending an issued document to more recipients: POST /api/documents/{id}/disseminations. */
import { useState } from 'react';
import type { ApiError } from '../api/http.js';
import { disseminateDocument, getDirectory } from '../api/liaison-api.js';
import type { LiaisonDocument } from '../api/types.js';
import { recipientInput, type RecipientRow } from '../compose/draft-form.js';
import { useExpireOnUnauthenticated, useResource } from '../hooks/use-resource.js';
import { useT } from '../messages/locale.context.js';
import { ErrorSummary, LoadFailure, Loading, useErrorText } from './feedback.js';
import { RecipientEditor } from './recipient-editor.js';

interface DisseminationPanelProps {
  readonly document: LiaisonDocument;
  readonly onDisseminated: (document: LiaisonDocument) => void;
  readonly onCancel: () => void;
}

export function DisseminationPanel({ document, onDisseminated, onCancel }: DisseminationPanelProps) {
  const t = useT();
  const errorText = useErrorText();
  const handleError = useExpireOnUnauthenticated();
  const { resource, reload } = useResource((signal) => getDirectory(signal), []);
  const [recipients, setRecipients] = useState<RecipientRow[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | string | null>(null);

  const send = async () => {
    if (recipients.length === 0) {
      setError(t('document.disseminateNone'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const updated = await disseminateDocument(document.id, recipients.map(recipientInput));
      onDisseminated(updated);
    } catch (caught) {
      setError(handleError(caught));
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="disseminate-title" data-testid="dissemination-panel">
      <h2 id="disseminate-title" className="panel__title">
        {t('document.disseminateTitle')}
      </h2>
      {error ? (
        <ErrorSummary title={t('document.disseminateTitle')}>
          {typeof error === 'string' ? error : t('document.disseminateFailed', { message: errorText(error) })}
        </ErrorSummary>
      ) : null}
      {resource.status === 'loading' ? <Loading /> : null}
      {resource.status === 'failed' ? <LoadFailure error={resource.error} onRetry={reload} /> : null}
      {resource.status === 'loaded' ? (
        <>
          <RecipientEditor
            idPrefix="disseminate"
            legend={t('recipients.legend')}
            directory={resource.data}
            value={recipients}
            onChange={setRecipients}
          />
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void send()}
              disabled={busy}
            >
              {t('document.disseminateSubmit')}
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
              {t('document.disseminateCancel')}
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}
