/**
 * For security officers: who can read this document and how it reached them (GET .../readers), and why
 * a person of the officer's own party can or cannot read it (GET .../readers/{username}).
 */
import { useState, type FormEvent } from 'react';
import { explainReader, getDirectory, listReaders } from '../api/liaison-api.js';
import type { ReaderExplanation } from '../api/types.js';
import { useExpireOnUnauthenticated, useResource } from '../hooks/use-resource.js';
import { useT } from '../messages/locale.context.js';
import { messageIdFor } from '../messages/messages.js';
import { usePerson } from '../session/session.context.js';
import { ErrorSummary, LoadFailure, Loading, useErrorText } from './feedback.js';
import { SelectField } from './form-fields.js';

/** How a reader comes to read a document, in words where the catalogue has them. */
export function useViaLabel(): (via: string) => string {
  const t = useT();
  return (via) => {
    const id = messageIdFor('via', via);
    return id ? t(id) : via;
  };
}

function ReaderList({ documentId }: { readonly documentId: string }) {
  const t = useT();
  const viaLabel = useViaLabel();
  const { resource, reload } = useResource((signal) => listReaders(documentId, signal), [documentId]);
  if (resource.status === 'loading') return <Loading />;
  if (resource.status === 'failed') return <LoadFailure error={resource.error} onRetry={reload} />;
  if (resource.data.length === 0) return <p>{t('readers.none')}</p>;
  return (
    <table className="data-table" data-testid="readers-table">
      <caption className="visually-hidden">{t('readers.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('readers.column.name')}</th>
          <th scope="col">{t('readers.column.party')}</th>
          <th scope="col">{t('readers.column.via')}</th>
        </tr>
      </thead>
      <tbody>
        {resource.data.map((reader) => (
          <tr key={reader.username} data-username={reader.username}>
            <td>{reader.displayName}</td>
            <td>{reader.party}</td>
            <td>{viaLabel(reader.via)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function WhyForm({ documentId }: { readonly documentId: string }) {
  const t = useT();
  const person = usePerson();
  const errorText = useErrorText();
  const handleError = useExpireOnUnauthenticated();
  const viaLabel = useViaLabel();
  const directory = useResource((signal) => getDirectory(signal), []);
  const [username, setUsername] = useState('');
  const [answer, setAnswer] = useState<ReaderExplanation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const people =
    directory.resource.status === 'loaded'
      ? directory.resource.data.people.filter((candidate) => candidate.party === person.party)
      : [];

  const ask = async (event: FormEvent) => {
    event.preventDefault();
    if (!username) return;
    setBusy(true);
    setError(null);
    setAnswer(null);
    try {
      setAnswer(await explainReader(documentId, username));
    } catch (caught) {
      const problem = handleError(caught);
      if (problem) setError(errorText(problem));
    }
    setBusy(false);
  };

  const chosen = people.find((candidate) => candidate.username === answer?.username);
  return (
    <form className="readers-why" onSubmit={(event) => void ask(event)} noValidate>
      <h3>{t('readers.whyTitle')}</h3>
      <div className="inline-form">
        <SelectField
          id="readers-why-person"
          label={t('readers.whyPerson', { party: person.party })}
          value={username}
          onChange={setUsername}
          placeholder={t('readers.whyChoose')}
          options={people.map((candidate) => ({
            value: candidate.username,
            label: t('recipients.personOption', { name: candidate.displayName, title: candidate.title }),
          }))}
        />
        <button type="submit" className="button button--secondary" disabled={busy || !username}>
          {t('readers.whySubmit')}
        </button>
      </div>
      {error ? <ErrorSummary title={t('readers.whyTitle')}>{error}</ErrorSummary> : null}
      {answer ? (
        <div
          className={`notice ${answer.canRead ? 'notice--success' : 'notice--info'}`}
          role="status"
          data-testid="reader-explanation"
          data-can-read={String(answer.canRead)}
        >
          <p>
            <strong>
              {t(answer.canRead ? 'readers.canRead' : 'readers.cannotRead', {
                name: chosen?.displayName ?? answer.username,
              })}
            </strong>
          </p>
          <p>{answer.explanation}</p>
          {answer.via ? <p>{t('readers.via', { via: viaLabel(answer.via) })}</p> : null}
          {answer.rule ? <p>{t('readers.rule', { rule: answer.rule })}</p> : null}
        </div>
      ) : null}
    </form>
  );
}

export function ReadersPanel({ documentId }: { readonly documentId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <section className="panel" aria-labelledby="readers-title" data-testid="readers-panel">
      <div className="panel__heading">
        <h2 id="readers-title" className="panel__title">
          {t('readers.title')}
        </h2>
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={open}
          aria-controls="readers-body"
          onClick={() => setOpen((current) => !current)}
        >
          {open ? t('readers.hide') : t('readers.show')}
        </button>
      </div>
      <div id="readers-body" hidden={!open}>
        {open ? (
          <>
            <ReaderList documentId={documentId} />
            <WhyForm documentId={documentId} />
          </>
        ) : null}
      </div>
    </section>
  );
}
