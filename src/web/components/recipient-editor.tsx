/**
 * A distribution list: people, offices or whole parties (their registry), each with a number of copies.
 * Anyone in the directory can be chosen; the server says whether the marking lets them have it.
 */
import { useState } from 'react';
import type { Directory, RecipientKind } from '../api/types.js';
import type { RecipientRow } from '../compose/draft-form.js';
import { useT } from '../messages/locale.context.js';
import { usePerson } from '../session/session.context.js';
import { FieldError } from './feedback.js';

interface RecipientEditorProps {
  /** Prefix for element ids, so two editors can share a page. */
  readonly idPrefix: string;
  readonly legend: string;
  readonly directory: Directory;
  readonly value: readonly RecipientRow[];
  readonly onChange: (next: RecipientRow[]) => void;
  readonly error?: string | undefined;
}

const maxCopies = 99;

function encode(kind: RecipientKind, id: string): string {
  return `${kind}:${id}`;
}

function decode(value: string): { kind: RecipientKind; id: string } | null {
  const separator = value.indexOf(':');
  const kind = value.slice(0, separator);
  const id = value.slice(separator + 1);
  if (kind === 'person' || kind === 'office' || kind === 'party') return { kind, id };
  return null;
}

export function useRecipientLabel(directory: Directory): (kind: RecipientKind, id: string) => string {
  const t = useT();
  return (kind, id) => {
    switch (kind) {
      case 'person': {
        const person = directory.people.find((candidate) => candidate.username === id);
        return person ? person.displayName : id;
      }
      case 'office': {
        const office = directory.offices.find((candidate) => candidate.id === id);
        return office ? t('label.nameAndCode', { name: office.name, code: office.party }) : id;
      }
      case 'party': {
        const party = directory.parties.find((candidate) => candidate.code === id);
        return party ? party.name : id;
      }
    }
  };
}

function RecipientOptions({ directory }: { readonly directory: Directory }) {
  const t = useT();
  const person = usePerson();
  // The author's own party first: most documents go there.
  const parties = [...directory.parties].sort(
    (a, b) => Number(b.code === person.party) - Number(a.code === person.party),
  );
  return (
    <>
      {parties.map((party) => {
        const people = directory.people.filter((candidate) => candidate.party === party.code);
        const offices = directory.offices.filter((candidate) => candidate.party === party.code);
        return [
          people.length > 0 ? (
            <optgroup key={`people-${party.code}`} label={t('recipients.people', { party: party.name })}>
              {people.map((candidate) => (
                <option key={candidate.username} value={encode('person', candidate.username)}>
                  {t('recipients.personOption', { name: candidate.displayName, title: candidate.title })}
                </option>
              ))}
            </optgroup>
          ) : null,
          offices.length > 0 ? (
            <optgroup key={`offices-${party.code}`} label={t('recipients.offices', { party: party.name })}>
              {offices.map((office) => (
                <option key={office.id} value={encode('office', office.id)}>
                  {office.isMember ? t('recipients.yourOffice', { name: office.name }) : office.name}
                </option>
              ))}
            </optgroup>
          ) : null,
        ];
      })}
      <optgroup label={t('recipients.parties')}>
        {directory.parties.map((party) => (
          <option key={party.code} value={encode('party', party.code)}>
            {t('label.nameAndCode', { name: party.name, code: party.code })}
          </option>
        ))}
      </optgroup>
    </>
  );
}

function clampCopies(text: string): number {
  const copies = Math.trunc(Number(text));
  if (!Number.isFinite(copies) || copies < 1) return 1;
  return Math.min(copies, maxCopies);
}

export function RecipientEditor({
  idPrefix,
  legend,
  directory,
  value,
  onChange,
  error,
}: RecipientEditorProps) {
  const t = useT();
  const labelOf = useRecipientLabel(directory);
  const [choice, setChoice] = useState('');
  const [copies, setCopies] = useState('1');

  const add = () => {
    const chosen = decode(choice);
    if (!chosen) return;
    const row: RecipientRow = { ...chosen, copies: clampCopies(copies) };
    const others = value.filter((entry) => !(entry.kind === row.kind && entry.id === row.id));
    onChange([...others, row]);
    setChoice('');
    setCopies('1');
  };

  const setRowCopies = (index: number, text: string) =>
    onChange(
      value.map((entry, position) => (position === index ? { ...entry, copies: clampCopies(text) } : entry)),
    );

  const remove = (index: number) => onChange(value.filter((_, position) => position !== index));

  return (
    <fieldset
      className={`fieldset recipient-editor${error ? ' fieldset--invalid' : ''}`}
      id={idPrefix}
      aria-describedby={error ? `${idPrefix}-error` : undefined}
    >
      <legend className="fieldset__legend">{legend}</legend>
      <FieldError id={`${idPrefix}-error`} message={error} />
      <div className="recipient-editor__picker">
        <div className="field field--grow">
          <label className="field__label" htmlFor={`${idPrefix}-choice`}>
            {t('recipients.choose')}
          </label>
          <select
            id={`${idPrefix}-choice`}
            className="input input--select"
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
          >
            <option value="">{t('recipients.chooseNone')}</option>
            <RecipientOptions directory={directory} />
          </select>
        </div>
        <div className="field field--narrow">
          <label className="field__label" htmlFor={`${idPrefix}-copies`}>
            {t('recipients.copies')}
          </label>
          <input
            id={`${idPrefix}-copies`}
            className="input input--number"
            type="number"
            min={1}
            max={maxCopies}
            value={copies}
            onChange={(event) => setCopies(event.target.value)}
          />
        </div>
        <button type="button" className="button button--secondary" onClick={add} disabled={choice === ''}>
          {t('recipients.add')}
        </button>
      </div>
      {value.length === 0 ? (
        <p className="field__hint">{t('recipients.empty')}</p>
      ) : (
        <ul className="recipient-list" aria-label={legend} data-testid={`${idPrefix}-list`}>
          {value.map((row, index) => {
            const label = labelOf(row.kind, row.id);
            return (
              <li
                key={encode(row.kind, row.id)}
                className="recipient-list__item"
                data-recipient={encode(row.kind, row.id)}
              >
                <span className="recipient-list__label">
                  <span className="recipient-list__kind">{t(`recipients.kind.${row.kind}`)}</span> {label}
                </span>
                <input
                  className="input input--number"
                  type="number"
                  min={1}
                  max={maxCopies}
                  aria-label={t('recipients.copiesOf', { label })}
                  value={row.copies}
                  onChange={(event) => setRowCopies(index, event.target.value)}
                />
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('recipients.removeLabel', { label })}
                  onClick={() => remove(index)}
                >
                  {t('recipients.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
