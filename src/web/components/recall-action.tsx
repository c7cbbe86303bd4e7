/** Recalling an issued document (its originator): a required reason, confirmed in a dialog. */
import { useState } from 'react';
import { recallDocument } from '../api/liaison-api.js';
import type { LiaisonDocument } from '../api/types.js';
import { useExpireOnUnauthenticated } from '../hooks/use-resource.js';
import { useT } from '../messages/locale.context.js';
import { useErrorText } from './feedback.js';
import { FormDialog } from './form-dialog.js';
import { TextAreaField } from './form-fields.js';

interface RecallActionProps {
  readonly document: LiaisonDocument;
  readonly onRecalled: () => void;
}

export function RecallAction({ document, onRecalled }: RecallActionProps) {
  const t = useT();
  const errorText = useErrorText();
  const handleError = useExpireOnUnauthenticated();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const recall = async () => {
    if (reason.trim() === '') {
      setMissing(true);
      focusField('recall-reason');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await recallDocument(document.id, reason.trim());
      setOpen(false);
      setBusy(false);
      onRecalled();
    } catch (caught) {
      const problem = handleError(caught);
      if (problem) setError(errorText(problem));
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="button button--danger"
        onClick={() => {
          setError(null);
          setMissing(false);
          setOpen(true);
        }}
      >
        {t('recall.action')}
      </button>
      <FormDialog
        open={open}
        title={t('recall.title', { number: document.registryNumber ?? '' })}
        confirmLabel={t('recall.confirm')}
        cancelLabel={t('recall.cancel')}
        busy={busy}
        error={error}
        danger
        testId="recall-dialog"
        onSubmit={() => void recall()}
        onCancel={() => setOpen(false)}
      >
        <p>{t('recall.explain', { count: document.copyCount })}</p>
        <TextAreaField
          id="recall-reason"
          label={t('recall.reason')}
          hint={t('recall.reasonHint')}
          value={reason}
          onChange={(value) => {
            setReason(value);
            if (value.trim() !== '') setMissing(false);
          }}
          error={missing ? t('recall.reasonMissing') : undefined}
          maxLength={500}
          rows={3}
          required
        />
      </FormDialog>
    </>
  );
}

function focusField(id: string): void {
  window.document.getElementById(id)?.focus();
}
