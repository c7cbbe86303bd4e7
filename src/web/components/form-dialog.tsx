/**
 * A modal form on the native <dialog>: a question, a few fields (a reason, a note) and confirm or cancel.
 * The dialog stays open while the answer is awaited and shows the server's refusal inside it.
 */
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { ErrorSummary } from './feedback.js';

interface FormDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly busy: boolean;
  /** The refusal to show, if the last attempt failed. */
  readonly error: string | null;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  /** A destructive action gets a warning-coloured confirm button. */
  readonly danger?: boolean;
  readonly testId?: string;
  readonly children: ReactNode;
}

export function FormDialog(props: FormDialogProps) {
  const {
    open,
    title,
    confirmLabel,
    cancelLabel,
    busy,
    error,
    onSubmit,
    onCancel,
    danger,
    testId,
    children,
  } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {open && error ? <ErrorSummary title={title}>{error}</ErrorSummary> : null}
      <form className="form" onSubmit={submit} noValidate>
        {children}
        <div className="dialog__actions">
          <button
            type="submit"
            className={`button ${danger ? 'button--danger' : 'button--primary'}`}
            disabled={busy}
          >
            {confirmLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
            {cancelLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
