/**
 * The screen lock shown when the server has ended the session (timeout, revocation): the page beneath
 * is hidden and inert, and stays as it was, so that the same person signs in again and carries on.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../messages/locale.context.js';
import { useNavigate } from '../router/router.js';
import { useSession } from '../session/session.context.js';
import { LoginForm } from './login-form.js';

export function SessionLapsedDialog({ username }: { readonly username: string }) {
  const t = useT();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [leaving, setLeaving] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const leave = async () => {
    setLeaving(true);
    try {
      await signOut();
    } finally {
      navigate('/login', { replace: true });
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog dialog--lock"
      aria-labelledby={titleId}
      data-testid="session-lapsed"
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id={titleId} className="dialog__title">
        {t('lapsed.title')}
      </h2>
      <p>{t('lapsed.explain')}</p>
      <LoginForm idPrefix="lapsed-" fixedUsername={username} />
      <p className="dialog__aside">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void leave()}
          disabled={leaving}
        >
          {t('lapsed.leave')}
        </button>
      </p>
    </dialog>
  );
}
