/** The compose form itself: state, save (create or update the draft) and issue. */
import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../api/http.js';
import { createDocument, issueDocument, updateDocument } from '../api/liaison-api.js';
import type { Directory, LiaisonDocument, MarkingOptions } from '../api/types.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { ErrorSummary, StatusMessage, useErrorText, withoutFieldPrefix } from '../components/feedback.js';
import { Radio, TextAreaField, TextField } from '../components/form-fields.js';
import { KindFields } from '../components/kind-fields.js';
import { useKindLabel } from '../components/labels.js';
import { MarkingPicker } from '../components/marking-picker.js';
import { RecipientEditor } from '../components/recipient-editor.js';
import {
  documentKinds,
  draftFromDocument,
  draftInput,
  emptyDraft,
  formAreaOf,
  todayIsoDate,
  type DraftForm,
} from '../compose/draft-form.js';
import { useExpireOnUnauthenticated } from '../hooks/use-resource.js';
import type { MessageId } from '../messages/en.js';
import { useFormat, useT } from '../messages/locale.context.js';
import { useNavigate } from '../router/router.js';
import type { DocumentLocationState } from './document.page.js';

interface ComposeFormProps {
  readonly options: MarkingOptions;
  readonly directory: Directory;
  readonly initial: LiaisonDocument | null;
  readonly onCreated: (document: LiaisonDocument) => void;
}

interface SavedDraft {
  readonly id: string;
  readonly version: number;
  readonly updatedAt: string;
}

interface FormProblem {
  readonly title: string;
  readonly error: ApiError;
}

/** The element to move focus to for a problem in a form area. */
const focusTargets: Readonly<Record<string, string>> = {
  kind: 'kind-memorandum',
  title: 'draft-title',
  dated: 'draft-dated',
  reference: 'draft-reference',
  body: 'draft-body',
  marking: 'marking-level',
  distribution: 'distribution-choice',
};

/** How the form names each area, for the link from the error summary to the field. */
const areaLabels: Readonly<Record<string, MessageId>> = {
  kind: 'compose.kind',
  title: 'compose.titleField',
  dated: 'compose.dated',
  reference: 'compose.reference',
  body: 'compose.body',
  marking: 'marking.legend',
  distribution: 'recipients.legend',
  'fields.subject': 'compose.subject',
  'fields.from': 'compose.from',
  'fields.to': 'compose.to',
  'fields.number': 'compose.number',
  'fields.participants': 'compose.participants',
  'fields.place': 'compose.place',
  'fields.source': 'compose.source',
  'fields.reliability': 'compose.reliability',
  'fields.credibility': 'compose.credibility',
  'fields.places': 'compose.places',
};

function focusTargetOf(area: string | undefined): string | undefined {
  if (!area) return undefined;
  if (area.startsWith('fields.')) return 'field-' + area.slice('fields.'.length);
  return focusTargets[area];
}

export function ComposeForm({ options, directory, initial, onCreated }: ComposeFormProps) {
  const t = useT();
  const format = useFormat();
  const kindLabel = useKindLabel();
  const errorText = useErrorText();
  const handleError = useExpireOnUnauthenticated();
  const navigate = useNavigate();
  const [form, setForm] = useState<DraftForm>(() =>
    initial ? draftFromDocument(initial) : emptyDraft(todayIsoDate()),
  );
  const [saved, setSaved] = useState<SavedDraft | null>(() =>
    initial ? { id: initial.id, version: initial.version, updatedAt: initial.updatedAt } : null,
  );
  const [revision, setRevision] = useState(0);
  const [savedRevision, setSavedRevision] = useState<number | null>(initial ? 0 : null);
  const [busy, setBusy] = useState<'save' | 'issue' | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [confirming, setConfirming] = useState(false);
  const isDirty = savedRevision !== revision;

  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  const update = (patch: Partial<DraftForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    setRevision((n) => n + 1);
  };

  const problemArea = problem ? formAreaOf(problem.error.field) : undefined;
  const errorOf = (area: string) =>
    problem && problemArea === area
      ? withoutFieldPrefix(problem.error.message, problem.error.field)
      : undefined;

  /** Saves the form as it is now; the saved draft, or null with the problem shown. */
  const save = async (failureTitle: string): Promise<SavedDraft | null> => {
    const savingRevision = revision;
    setProblem(null);
    try {
      const input = draftInput(form, options);
      const document = saved
        ? await updateDocument(saved.id, saved.version, input)
        : await createDocument(input);
      const draft = { id: document.id, version: document.version, updatedAt: document.updatedAt };
      setSaved(draft);
      setSavedRevision(savingRevision);
      if (!saved) {
        onCreated(document);
        navigate(`/documents/${encodeURIComponent(document.id)}/edit`, { replace: true });
      }
      return draft;
    } catch (caught) {
      const error = handleError(caught);
      if (error) setProblem({ title: failureTitle, error });
      return null;
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy('save');
    await save(t('compose.errorTitle'));
    setBusy(null);
  };

  const issue = async () => {
    setConfirming(false);
    setBusy('issue');
    const draft = saved && !isDirty ? saved : await save(t('compose.errorTitle'));
    if (!draft) {
      setBusy(null);
      return;
    }
    try {
      await issueDocument(draft.id);
      const state: DocumentLocationState = { issued: true };
      navigate(`/documents/${encodeURIComponent(draft.id)}`, { state, replace: true });
    } catch (caught) {
      const error = handleError(caught);
      if (error) setProblem({ title: t('compose.issueErrorTitle'), error });
      setBusy(null);
    }
  };

  const focusTarget = focusTargetOf(problemArea);
  const areaLabel = problemArea ? areaLabels[problemArea] : undefined;
  const title = t(initial ? 'compose.editTitle' : 'compose.title');

  return (
    <section className="page page--compose" aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      {problem ? (
        <ErrorSummary title={problem.title}>
          <p>
            {focusTarget
              ? withoutFieldPrefix(errorText(problem.error), problem.error.field)
              : errorText(problem.error)}
          </p>
          {focusTarget ? (
            <p>
              <a
                href={`#${focusTarget}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(focusTarget)?.focus();
                }}
              >
                {t('error.field', { field: areaLabel ? t(areaLabel) : (problem.error.field ?? '') })}
              </a>
            </p>
          ) : null}
        </ErrorSummary>
      ) : null}
      <form
        className="form compose-form"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-labelledby="page-title"
      >
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('compose.form')}</legend>
          <div className="choice-row" role="radiogroup" aria-label={t('compose.kind')}>
            {documentKinds.map((kind) => (
              <Radio
                key={kind}
                id={`kind-${kind}`}
                name="kind"
                value={kind}
                label={kindLabel(kind)}
                checked={form.kind === kind}
                onSelect={() => update({ kind })}
              />
            ))}
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('compose.heading')}</legend>
          <TextField
            id="draft-title"
            label={t('compose.titleField')}
            value={form.title}
            error={errorOf('title')}
            maxLength={300}
            onChange={(value) => update({ title: value })}
          />
          <div className="field-row">
            <TextField
              id="draft-dated"
              type="date"
              label={t('compose.dated')}
              value={form.dated}
              error={errorOf('dated')}
              onChange={(dated) => update({ dated })}
            />
            <TextField
              id="draft-reference"
              label={t('compose.reference')}
              hint={t('compose.referenceHint')}
              value={form.reference}
              error={errorOf('reference')}
              maxLength={100}
              onChange={(reference) => update({ reference })}
            />
          </div>
          <KindFields form={form} update={update} errorOf={errorOf} />
        </fieldset>
        <TextAreaField
          id="draft-body"
          label={t('compose.body')}
          hint={t('compose.bodyHint')}
          value={form.body}
          error={errorOf('body')}
          rows={14}
          className="field--body"
          onChange={(body) => update({ body })}
        />
        <MarkingPicker
          options={options}
          value={form.marking}
          error={errorOf('marking')}
          onChange={(marking) => update({ marking })}
        />
        <RecipientEditor
          idPrefix="distribution"
          legend={t('recipients.legend')}
          directory={directory}
          value={form.distribution}
          error={errorOf('distribution')}
          onChange={(distribution) => update({ distribution })}
        />
        <div className="form__actions form__actions--main">
          <button type="submit" className="button button--secondary" disabled={busy !== null}>
            {busy === 'save' ? t('compose.saving') : t('compose.save')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy !== null}
            onClick={() => setConfirming(true)}
          >
            {busy === 'issue' ? t('compose.issuing') : t('compose.issue')}
          </button>
          <div className="form__status" data-testid="save-status">
            {saved && !isDirty ? (
              <StatusMessage>{t('compose.saved', { time: format.time(saved.updatedAt) })}</StatusMessage>
            ) : null}
            {saved && isDirty ? <p className="form__unsaved">{t('compose.unsaved')}</p> : null}
          </div>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('issue.title')}
        confirmLabel={t('issue.confirm')}
        cancelLabel={t('issue.cancel')}
        onConfirm={() => void issue()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('issue.explain')}</p>
      </ConfirmDialog>
    </section>
  );
}
