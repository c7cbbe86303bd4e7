/**
 * The signed-in person's own account: who they are to the system, and their second factor (TOTP). Set
 * up: the server gives a secret (shown grouped for typing, and as an otpauth:// address for an
 * authenticator app); a first code confirms it; from then on signing in asks for a code. Removing it
 * needs a current code. Both need a recent login.
 */
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../api/http.js';
import { beginSecondFactor, confirmSecondFactor, removeSecondFactor } from '../api/liaison-api.js';
import type { SecondFactorSetup } from '../api/types.js';
import { levelClassName } from '../components/classification-banner.js';
import { ErrorSummary, StatusMessage, useErrorText, withoutFieldPrefix } from '../components/feedback.js';
import { TextField } from '../components/form-fields.js';
import { cleanCode } from '../components/login-form.js';
import { useRoleLabel } from '../components/person-card.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useExpireOnUnauthenticated } from '../hooks/use-resource.js';
import { useT } from '../messages/locale.context.js';
import { useWithRecentLogin } from '../session/reauthentication.context.js';
import { usePerson } from '../session/session.context.js';

/** A base32 secret in groups of four, as one types it into an authenticator. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * What the page knows of the second factor. The API does not say whether one is set up (GET /api/session
 * has no such field), so the page starts from "unknown" and learns it from the answers.
 */
type FactorState =
  | { readonly status: 'unknown' }
  | { readonly status: 'pending'; readonly setup: SecondFactorSetup }
  | { readonly status: 'active' }
  | { readonly status: 'none' };

function CodeForm({
  id,
  label,
  submitLabel,
  busy,
  onSubmit,
}: {
  readonly id: string;
  readonly label: string;
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly onSubmit: (code: string) => Promise<boolean>;
}) {
  const t = useT();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const cleaned = cleanCode(code);
    if (!/^\d{6}$/.test(cleaned)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    if (await onSubmit(cleaned)) setCode('');
  };
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        id={id}
        label={label}
        hint={t('account.codeHint')}
        value={code}
        onChange={setCode}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={10}
        error={missing ? t('account.codeInvalid') : undefined}
        required
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}

function SecondFactor() {
  const t = useT();
  const errorText = useErrorText();
  const handleError = useExpireOnUnauthenticated();
  const withRecentLogin = useWithRecentLogin();
  const [state, setState] = useState<FactorState>({ status: 'unknown' });
  const [busy, setBusy] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** Runs a step; the error shown if it fails (null if it succeeded or the session is over). */
  const step = async <T,>(
    action: () => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; error: ApiError | null }> => {
    setBusy(true);
    setFlash(null);
    setError(null);
    try {
      const value = await withRecentLogin(action);
      setBusy(false);
      return { ok: true, value };
    } catch (caught) {
      setBusy(false);
      return { ok: false, error: handleError(caught) };
    }
  };

  const begin = async () => {
    const result = await step(beginSecondFactor);
    if (result.ok) setState({ status: 'pending', setup: result.value });
    else if (result.error?.code === 'ALREADY_EXISTS') {
      setState({ status: 'active' });
      setFlash(t('account.alreadySetUp'));
    } else if (result.error) setError(withoutFieldPrefix(errorText(result.error), result.error.field));
  };

  const confirm = async (code: string): Promise<boolean> => {
    const result = await step(() => confirmSecondFactor(code));
    if (result.ok) {
      setState({ status: 'active' });
      setFlash(t('account.confirmed'));
      return true;
    }
    if (result.error) setError(withoutFieldPrefix(errorText(result.error), result.error.field));
    return false;
  };

  const remove = async (code: string): Promise<boolean> => {
    const result = await step(() => removeSecondFactor(code));
    if (result.ok) {
      setState({ status: 'none' });
      setFlash(t('account.removed'));
      return true;
    }
    if (result.error) setError(withoutFieldPrefix(errorText(result.error), result.error.field));
    return false;
  };

  return (
    <section
      className="panel"
      aria-labelledby="second-factor-title"
      data-testid="second-factor"
      data-state={state.status}
    >
      <h2 id="second-factor-title" className="panel__title">
        {t('account.secondFactor')}
      </h2>
      <p>{t('account.secondFactorExplain')}</p>
      {flash ? <StatusMessage>{flash}</StatusMessage> : null}
      {error ? <ErrorSummary title={t('account.failed')}>{error}</ErrorSummary> : null}
      {state.status === 'unknown' || state.status === 'none' ? (
        <p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void begin()}
            disabled={busy}
          >
            {t('account.setUp')}
          </button>
        </p>
      ) : null}
      {state.status === 'pending' ? (
        <div className="second-factor-setup">
          <p>{t('account.setupStep1')}</p>
          <p className="second-factor-setup__secret" data-testid="second-factor-secret">
            {groupSecret(state.setup.secret)}
          </p>
          <p>{t('account.setupUri')}</p>
          <p>
            <code className="second-factor-setup__uri" data-testid="second-factor-uri">
              {state.setup.uri}
            </code>
          </p>
          <p>{t('account.setupStep2')}</p>
          <CodeForm
            id="second-factor-confirm-code"
            label={t('account.code')}
            submitLabel={t('account.confirm')}
            busy={busy}
            onSubmit={confirm}
          />
        </div>
      ) : null}
      {state.status === 'active' ? (
        <>
          <p>{t('account.active')}</p>
          <h3>{t('account.removeTitle')}</h3>
          <CodeForm
            id="second-factor-remove-code"
            label={t('account.code')}
            submitLabel={t('account.remove')}
            busy={busy}
            onSubmit={remove}
          />
        </>
      ) : null}
      {state.status === 'unknown' ? (
        <details className="second-factor-remove">
          <summary>{t('account.removeExisting')}</summary>
          <CodeForm
            id="second-factor-remove-code"
            label={t('account.code')}
            submitLabel={t('account.remove')}
            busy={busy}
            onSubmit={remove}
          />
        </details>
      ) : null}
    </section>
  );
}

export function AccountPage() {
  const t = useT();
  const person = usePerson();
  const roleLabel = useRoleLabel();
  usePageTitle(t('account.title'));
  return (
    <section className="page page--narrow" aria-labelledby="page-title" data-testid="account-page">
      <h1 id="page-title">{t('account.title')}</h1>
      <dl className="facts">
        <div>
          <dt>{t('account.name')}</dt>
          <dd>{person.displayName}</dd>
        </div>
        <div>
          <dt>{t('account.titleField')}</dt>
          <dd>{person.title}</dd>
        </div>
        <div>
          <dt>{t('account.username')}</dt>
          <dd>{person.username}</dd>
        </div>
        <div>
          <dt>{t('user.party')}</dt>
          <dd>{person.party}</dd>
        </div>
        <div>
          <dt>{t('user.clearance')}</dt>
          <dd>
            <span className={`clearance ${levelClassName(person.clearance.rank)}`}>
              {person.clearance.name}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('user.compartments')}</dt>
          <dd>
            {person.compartments.length > 0 ? person.compartments.join(', ') : t('user.noCompartments')}
          </dd>
        </div>
        <div>
          <dt>{t('people.roles')}</dt>
          <dd>{person.roles.length > 0 ? person.roles.map(roleLabel).join(', ') : t('people.noRoles')}</dd>
        </div>
      </dl>
      <SecondFactor />
    </section>
  );
}
