/**
 * What the holder of a numbered copy does with it: download it as a PDF to print, acknowledge its
 * receipt, and certify its destruction (after which it can no longer be read).
 */
import { useState } from 'react';
import { acknowledgeReceipt, certifyDestruction, copyPdfPath, listCopies } from '../api/liaison-api.js';
import type { CopyOfReader, DocumentCopy } from '../api/types.js';
import { useExpireOnUnauthenticated, useResource } from '../hooks/use-resource.js';
import { useFormat, useT } from '../messages/locale.context.js';
import { ErrorSummary, useErrorText } from './feedback.js';
import { FormDialog } from './form-dialog.js';
import { TextAreaField } from './form-fields.js';

interface CopyActionsProps {
  readonly documentId: string;
  readonly copy: CopyOfReader;
  /** After the copy is certified destroyed: the page reloads, and shows that it is. */
  readonly onDestroyed: () => void;
}

/** The holder's own copy with its receipt, from GET /api/documents/{id}/copies (which lists only it). */
function useOwnCopy(documentId: string, copyId: string) {
  return useResource(
    async (signal) => (await listCopies(documentId, signal)).items.find((item) => item.id === copyId) ?? null,
    [documentId, copyId],
  );
}

export function CopyPdfLink({ copyId, number }: { readonly copyId: string; readonly number: number }) {
  const t = useT();
  return (
    <a className="button button--secondary" href={copyPdfPath(copyId)} download data-testid="copy-pdf">
      {t('copy.downloadPdf')}
      <span className="visually-hidden"> {t('copy.numberShort', { number })}</span>
    </a>
  );
}

export function CopyActions({ documentId, copy, onDestroyed }: CopyActionsProps) {
  const t = useT();
  const format = useFormat();
  const errorText = useErrorText();
  const handleError = useExpireOnUnauthenticated();
  const { resource, replace } = useOwnCopy(documentId, copy.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [destroying, setDestroying] = useState(false);
  const [note, setNote] = useState('');
  const [destroyError, setDestroyError] = useState<string | null>(null);
  const own: DocumentCopy | null = resource.status === 'loaded' ? resource.data : null;

  const acknowledge = async () => {
    setBusy(true);
    setError(null);
    try {
      replace(await acknowledgeReceipt(copy.id));
    } catch (caught) {
      const problem = handleError(caught);
      if (problem) setError(t('copy.receiptFailed', { message: errorText(problem) }));
    }
    setBusy(false);
  };

  const destroy = async () => {
    setBusy(true);
    setDestroyError(null);
    try {
      await certifyDestruction(copy.id, note.trim());
      setDestroying(false);
      onDestroyed();
    } catch (caught) {
      const problem = handleError(caught);
      if (problem) setDestroyError(errorText(problem));
      setBusy(false);
    }
  };

  return (
    <>
      <CopyPdfLink copyId={copy.id} number={copy.number} />
      {own && own.receivedAt ? (
        <p className="document-toolbar__receipt" data-testid="receipt-status">
          {t('copy.receivedOn', { when: format.dateTime(own.receivedAt) })}
        </p>
      ) : null}
      {own && !own.receivedAt ? (
        <button
          type="button"
          className="button button--primary"
          onClick={() => void acknowledge()}
          disabled={busy}
        >
          {t('copy.acknowledge')}
        </button>
      ) : null}
      {own ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDestroyError(null);
            setDestroying(true);
          }}
          disabled={busy}
        >
          {t('copy.destroy')}
        </button>
      ) : null}
      {error ? <ErrorSummary title={t('copy.acknowledge')}>{error}</ErrorSummary> : null}
      <FormDialog
        open={destroying}
        title={t('copy.destroyTitle', { number: copy.number, of: copy.of })}
        confirmLabel={t('copy.destroyConfirm')}
        cancelLabel={t('copy.destroyCancel')}
        busy={busy}
        error={destroyError}
        danger
        testId="destruction-dialog"
        onSubmit={() => void destroy()}
        onCancel={() => setDestroying(false)}
      >
        <p>{t('copy.destroyExplain')}</p>
        <TextAreaField
          id="destruction-note"
          label={t('copy.destroyNote')}
          hint={t('copy.destroyNoteHint')}
          value={note}
          onChange={setNote}
          maxLength={500}
          rows={3}
        />
      </FormDialog>
    </>
  );
}
