/** Showing progress and problems: loading, a failed load, an error next to a form, a status line. */
import { useEffect, useRef, type ReactNode } from 'react';
import type { ApiError } from '../api/http.js';
import { useT } from '../messages/locale.context.js';

export function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** The message to show for an error from the API, in the interface's words where we have them. */
export function useErrorText(): (error: ApiError) => string {
  const t = useT();
  return (error) => {
    if (error.code === 'NETWORK') return t('error.network');
    return error.message || error.code;
  };
}

/** The server's message without the "field: " it begins with, for a message shown next to that field. */
export function withoutFieldPrefix(message: string, field: string | undefined): string {
  if (field && message.startsWith(field + ': ')) return message.slice(field.length + 2);
  return message;
}

export function LoadFailure({ error, onRetry }: { readonly error: ApiError; readonly onRetry: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  return (
    <div className="notice notice--error" role="alert">
      <p>{t('error.load', { message: errorText(error) })}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}

/**
 * A problem with what the user just did, announced and focused so it is seen and heard at once. The
 * form stays as it was.
 */
export function ErrorSummary({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus once, when the problem appears; never again while the person corrects the form.
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} data-testid="form-error">
      <h2 className="error-summary__title">{title}</h2>
      <div className="error-summary__body">{children}</div>
    </div>
  );
}

export function StatusMessage({ children }: { readonly children: ReactNode }) {
  return (
    <p className="notice notice--success" role="status">
      {children}
    </p>
  );
}

/** The error text under one form control, referenced by its aria-describedby. */
export function FieldError({ id, message }: { readonly id: string; readonly message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field__error" id={id}>
      {message}
    </p>
  );
}

/** The server's refusal of something this person may not do (a 403), in its own words; nothing to retry. */
export function Refusal({ error }: { readonly error: ApiError }) {
  const t = useT();
  const errorText = useErrorText();
  return (
    <div className="notice notice--error" role="alert" data-testid="refusal">
      <p>{t('error.refused', { message: errorText(error) })}</p>
    </div>
  );
}
