/** Labelled form controls with a hint and an error, wired together for assistive technology. */
import type { ReactNode } from 'react';
import { FieldError } from './feedback.js';

interface FieldShellProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly className?: string;
  readonly children: ReactNode;
}

export function describedBy(
  id: string,
  hint: string | undefined,
  error: string | undefined,
): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldShell({ id, label, hint, error, className, children }: FieldShellProps) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ' ' + className : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
      {children}
    </div>
  );
}

interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly type?: 'text' | 'date' | 'password';
  readonly autoComplete?: string;
  readonly maxLength?: number;
  readonly className?: string;
  readonly inputMode?: 'numeric' | 'text';
  readonly required?: boolean;
}

export function TextField(props: TextFieldProps) {
  const {
    id,
    label,
    value,
    onChange,
    hint,
    error,
    type = 'text',
    autoComplete,
    maxLength,
    className,
    inputMode,
    required,
  } = props;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className ?? ''}>
      <input
        id={id}
        name={id}
        className="input"
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        autoComplete={autoComplete ?? 'off'}
        maxLength={maxLength}
        inputMode={inputMode}
        aria-required={required ? true : undefined}
      />
    </FieldShell>
  );
}

interface TextAreaFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly rows?: number;
  readonly className?: string;
  readonly maxLength?: number;
  readonly required?: boolean;
}

export function TextAreaField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  rows = 4,
  className,
  maxLength,
  required,
}: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className ?? ''}>
      <textarea
        id={id}
        name={id}
        className="input input--textarea"
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        maxLength={maxLength}
        aria-required={required ? true : undefined}
      />
    </FieldShell>
  );
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

interface SelectFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly SelectOption[];
  readonly placeholder?: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly className?: string;
}

export function SelectField(props: SelectFieldProps) {
  const { id, label, value, onChange, options, placeholder, hint, error, className } = props;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className ?? ''}>
      <select
        id={id}
        name={id}
        className="input input--select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

interface CheckboxProps {
  readonly id: string;
  readonly label: ReactNode;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly disabled?: boolean;
  readonly hint?: string | undefined;
  readonly value?: string;
}

export function Checkbox({ id, label, checked, onChange, disabled, hint, value }: CheckboxProps) {
  return (
    <div className="choice">
      <input
        id={id}
        type="checkbox"
        className="choice__input"
        checked={checked}
        disabled={disabled}
        value={value}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id} className="choice__label">
        {label}
      </label>
      {hint ? (
        <p className="choice__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface RadioProps {
  readonly id: string;
  readonly name: string;
  readonly label: ReactNode;
  readonly checked: boolean;
  readonly onSelect: () => void;
  readonly value: string;
}

export function Radio({ id, name, label, checked, onSelect, value }: RadioProps) {
  return (
    <div className="choice">
      <input
        id={id}
        type="radio"
        className="choice__input"
        name={name}
        value={value}
        checked={checked}
        onChange={(event) => {
          if (event.target.checked) onSelect();
        }}
      />
      <label htmlFor={id} className="choice__label">
        {label}
      </label>
    </div>
  );
}
