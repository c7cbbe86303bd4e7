/** Confirm who you are (password, and the code of a second factor) before a sensitive action. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { reauthenticate } from '../api/liaison-api.js';
import { useT } from '../messages/locale.context.js';
import { toApiError, usePerson, useSession } from '../session/session.context.js';
import { ErrorSummary } from './feedback.js';
import { TextField } from './form-fields.js';
import { cleanCode } from './login-form.js';

export function ReauthenticationDialog({ onDone }: { readonly onDone: (confirmed: boolean) => void }) {
  const t = useT();
  const person = usePerson();
  const { expire } = useSession();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await reauthenticate(password, code.trim() ? cleanCode(code) : undefined);
      onDone(true);
    } catch (caught) {
      const apiError = toApiError(caught);
      setBusy(false);
      setPassword('');
      setCode('');
      if (apiError.isUnauthenticated) {
        expire();
        onDone(false);
      } else if (apiError.status === 401) setError(t('reauth.failed'));
      else if (apiError.status === 429) setError(t('login.rateLimited'));
      else setError(t('reauth.error', { message: apiError.message || apiError.code }));
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      data-testid="reauthentication-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onDone(false);
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {t('reauth.title')}
      </h2>
      <p>{t('reauth.explain', { name: person.displayName })}</p>
      {error ? <ErrorSummary title={t('reauth.title')}>{error}</ErrorSummary> : null}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="reauth-password"
          label={t('login.password')}
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          maxLength={1024}
          required
        />
        <TextField
          id="reauth-code"
          label={t('reauth.code')}
          hint={t('reauth.codeHint')}
          value={code}
          onChange={setCode}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={10}
        />
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={busy || password === ''}>
            {t('reauth.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
            {t('reauth.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
