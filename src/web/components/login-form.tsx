/**
 * The username-and-password form, for the sign-in page and for signing in again after a session lapsed.
 * A person with a second factor is then asked for the six-digit code from their authenticator.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
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

/** A six-digit code as typed: digits only, spaces ignored. */
export function cleanCode(text: string): string {
  return text.replace(/\s+/g, '');
}

export function LoginForm({ idPrefix = '', fixedUsername, onSignedIn }: LoginFormProps) {
  const t = useT();
  const { signIn } = useSession();
  const [username, setUsername] = useState(fixedUsername ?? '');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [askCode, setAskCode] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const codeId = `${idPrefix}code`;
  const focusCode = useRef(false);

  useEffect(() => {
    if (askCode && focusCode.current) {
      focusCode.current = false;
      document.getElementById(codeId)?.focus();
    }
  }, [askCode, codeId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn((fixedUsername ?? username).trim(), password, askCode ? cleanCode(code) : undefined);
      onSignedIn?.();
    } catch (caught) {
      setBusy(false);
      if (caught instanceof ApiError && caught.code === 'SECOND_FACTOR_REQUIRED') {
        // The password was right: keep it, and ask for the code.
        focusCode.current = true;
        setAskCode(true);
        setCode('');
        return;
      }
      setPassword('');
      setCode('');
      if (caught instanceof ApiError && caught.status === 401)
        setError(t(askCode ? 'login.failedWithCode' : 'login.failed'));
      else if (caught instanceof ApiError && caught.status === 429) setError(t('login.rateLimited'));
      else if (caught instanceof ApiError && caught.code === 'NETWORK') setError(t('error.network'));
      else setError(t('login.error', { message: caught instanceof Error ? caught.message : String(caught) }));
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
        {askCode ? (
          <TextField
            id={codeId}
            label={t('login.code')}
            hint={t('login.codeHint')}
            value={code}
            onChange={setCode}
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={10}
          />
        ) : null}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </>
  );
}
