/**
 * Composing a new document or editing a draft: its form, heading fields, text, marking and
 * distribution; saved as a draft, then issued. A refusal from the server is shown next to the field it
 * names, and nothing typed is lost.
 */
import { useState } from 'react';
import { getDirectory, getDocument, getMarkingOptions } from '../api/liaison-api.js';
import type { Directory, LiaisonDocument, MarkingOptions } from '../api/types.js';
import { LoadFailure, Loading } from '../components/feedback.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useResource } from '../hooks/use-resource.js';
import { useT } from '../messages/locale.context.js';
import { Link } from '../router/router.js';
import { ComposeForm } from './compose-form.js';
import { NotFoundPage } from './not-found.page.js';

interface ComposeData {
  readonly options: MarkingOptions;
  readonly directory: Directory;
  readonly document: LiaisonDocument | null;
}

async function loadComposeData(id: string | undefined, signal: AbortSignal): Promise<ComposeData> {
  const [options, directory, document] = await Promise.all([
    getMarkingOptions(signal),
    getDirectory(signal),
    id === undefined ? Promise.resolve(null) : getDocument(id, signal),
  ]);
  return { options, directory, document };
}

export function ComposePage({ id }: { readonly id?: string }) {
  const t = useT();
  // A draft this page has just created moves the address to /documents/{id}/edit without reloading the
  // form; any other change of address loads afresh.
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(id ?? 'new');
  const [seenId, setSeenId] = useState(id);
  if (id !== seenId) {
    setSeenId(id);
    if (id === undefined || id !== createdId) setFormKey(id ?? 'new');
  }
  const loadId = formKey === 'new' ? undefined : formKey;
  const { resource, reload } = useResource((signal) => loadComposeData(loadId, signal), [loadId]);
  usePageTitle(t(id ? 'compose.editTitle' : 'compose.title'));

  if (resource.status === 'failed' && resource.error.isNotFound) return <NotFoundPage />;
  if (resource.status !== 'loaded') {
    return (
      <section className="page" aria-busy={resource.status === 'loading'} aria-labelledby="page-title">
        <h1 id="page-title">{t(id ? 'compose.editTitle' : 'compose.title')}</h1>
        {resource.status === 'loading' ? (
          <Loading />
        ) : (
          <LoadFailure error={resource.error} onRetry={reload} />
        )}
      </section>
    );
  }
  const { options, directory, document } = resource.data;
  if (document && !document.permissions.edit) {
    return (
      <section className="page page--narrow" aria-labelledby="page-title">
        <h1 id="page-title">{t('compose.editTitle')}</h1>
        <p>{t('compose.notEditable')}</p>
        <p>
          <Link to={`/documents/${encodeURIComponent(document.id)}`}>{t('compose.viewDocument')}</Link>
        </p>
      </section>
    );
  }
  return (
    <ComposeForm
      key={formKey}
      options={options}
      directory={directory}
      initial={document}
      onCreated={(created) => setCreatedId(created.id)}
    />
  );
}
