/** The username-and-password form, for the sign-in page and for signing in again after a session lapsed. */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/http.js';
import { useT } from '../messages/locale.context.js';
import { useSession } from '../session/session.context.js';
import { ErrorSummary } from './feedback.js';
import { TextField } from './form-fields.js';

interface LoginFormProps {
  /** Prefix for element ids, so that two forms never share ids. */
  readonly idPrefix?: string;
  /** Sign in again as this person (shown, not editable). */
  readonly fixedUsername?: string;
  readonly onSignedIn?: () => void;
}

export function LoginForm({ idPrefix = '', fixedUsername, onSignedIn }: LoginFormProps) {
  const t = useT();
  const { signIn } = useSession();
  const [username, setUsername] = useState(fixedUsername ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn((fixedUsername ?? username).trim(), password);
      onSignedIn?.();
    } catch (caught) {
      setPassword('');
      if (caught instanceof ApiError && caught.status === 401) setError(t('login.failed'));
      else if (caught instanceof ApiError && caught.status === 429) setError(t('login.rateLimited'));
      else if (caught instanceof ApiError && caught.code === 'NETWORK') setError(t('error.network'));
      else setError(t('login.error', { message: caught instanceof Error ? caught.message : String(caught) }));
      setBusy(false);
    }
  };

  return (
    <>
      {error ? <ErrorSummary title={t('login.title')}>{error}</ErrorSummary> : null}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        {fixedUsername === undefined ? (
          <TextField
            id={`${idPrefix}username`}
            label={t('login.username')}
            value={username}
            onChange={setUsername}
            autoComplete="username"
            maxLength={64}
          />
        ) : (
          <p>{t('lapsed.username', { username: fixedUsername })}</p>
        )}
        <TextField
          id={`${idPrefix}password`}
          label={t('login.password')}
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          maxLength={1024}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </>
  );
}
