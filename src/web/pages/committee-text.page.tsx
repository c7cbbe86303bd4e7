/**
 * One negotiated text of the committee: minutes (approved by every party's member, then issued), a
 * recommendation (adopted by the consensus of every member, then answered by each party's chiefs) or a
 * proposal (EMBARGO UNTIL AGREED: seen by the negotiating delegations only; parallel submissions linked
 * as one matter; agreed by every party, when the embargo lifts). Every version is kept and diffable.
 * The chiefs' response is theirs, for their own party: nothing here records a decision of the committee
 * or makes a recommendation binding.
 */
import { useState } from 'react';
import {
  addProposalVersion,
  amendText,
  consentToText,
  getCommittee,
  getDocument,
  getText,
  respondToRecommendation,
} from '../api/liaison-api.js';
import type {
  ChiefsResponse,
  Committee,
  CommitteeText,
  CommitteeTextKind,
  TextVersion,
} from '../api/types.js';
import {
  ActionError,
  CommitteeSection,
  PartyList,
  TextSheet,
  TranslationsPanel,
  VersionComparison,
  committeePath,
  meetingPath,
  useAction,
  useCodeLabel,
  CommitteeLoading,
} from '../components/committee-parts.js';
import { StatusMessage } from '../components/feedback.js';
import { Radio, TextAreaField, TextField } from '../components/form-fields.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useResource } from '../hooks/use-resource.js';
import type { MessageId } from '../messages/en.js';
import { useFormat, useT } from '../messages/locale.context.js';
import { useNotifications } from '../notifications/notifications.context.js';
import { Link } from '../router/router.js';
import { usePerson } from '../session/session.context.js';

interface TextBundle {
  readonly committee: Committee;
  readonly text: CommitteeText;
}

const consentLabels: Readonly<Record<CommitteeTextKind, MessageId>> = {
  minutes: 'text.consent.minutes',
  recommendation: 'text.consent.recommendation',
  proposal: 'text.consent.proposal',
};

const consentDone: Readonly<Record<CommitteeTextKind, MessageId>> = {
  minutes: 'text.consented.minutes',
  recommendation: 'text.consented.recommendation',
  proposal: 'text.consented.proposal',
};

const responses: readonly ChiefsResponse[] = ['approved', 'approved-with-changes', 'declined', 'noted'];

function VersionEntry({ text, version }: { readonly text: CommitteeText; readonly version: TextVersion }) {
  const t = useT();
  const format = useFormat();
  const codeLabel = useCodeLabel();
  const current = version.version === text.currentVersion;
  return (
    <li
      className={`version${current ? ' version--current' : ''}`}
      data-testid="version"
      data-party={version.party}
    >
      <p className="version__head">
        <strong>{t('text.versionNumber', { version: version.version })}</strong>
        {t('label.separator')}
        {codeLabel('text.versionKind', version.kind)}
        {t('label.separator')}
        {t('text.versionBy', {
          name: version.author.displayName,
          party: version.party,
          when: format.dateTime(version.createdAt),
        })}
        {current ? <span className="tag"> {t('text.current')}</span> : null}
      </p>
      <p className="version__title">
        {version.document.title}
        {t('label.separator')}
        <span className="marking-text" data-testid="version-marking">
          {version.document.banner}
        </span>
      </p>
      {version.note ? <p className="version__note">{version.note}</p> : null}
      <p className="version__consents">
        {t(consentDone[text.kind])}{' '}
        <PartyList parties={version.consents.map((consent) => consent.party)} none={t('committee.nobody')} />
      </p>
      <TranslationsPanel document={version.document} />
    </li>
  );
}

function ConsentAction({
  bundle,
  onDone,
}: {
  readonly bundle: TextBundle;
  readonly onDone: (text: CommitteeText) => void;
}) {
  const t = useT();
  const action = useAction();
  const { text, committee } = bundle;
  if (!text.permissions.consent) return null;
  return (
    <>
      <button
        type="button"
        className="button button--primary"
        disabled={action.busy}
        data-testid="consent"
        onClick={() =>
          void action.run(async () => {
            onDone(await consentToText(committee.id, text.kind, text.id, text.currentVersion));
          })
        }
      >
        {t(consentLabels[text.kind], { version: text.currentVersion })}
      </button>
      <ActionError error={action.error} />
    </>
  );
}

/** A new version: an amendment (minutes, recommendation), a revision or a parallel submission (proposal). */
function NewVersionForm({
  bundle,
  currentBody,
  onDone,
}: {
  readonly bundle: TextBundle;
  readonly currentBody: string;
  readonly onDone: (text: CommitteeText) => void;
}) {
  const t = useT();
  const person = usePerson();
  const { text, committee } = bundle;
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState(currentBody);
  const [note, setNote] = useState('');
  const action = useAction();
  if (!text.permissions.amend) return null;
  const ownPartyHasVersion = text.versions.some((version) => version.party === person.party);
  const kind: 'revision' | 'parallel-submission' = ownPartyHasVersion ? 'revision' : 'parallel-submission';
  const label: MessageId =
    text.kind === 'proposal' ? (kind === 'revision' ? 'proposal.revise' : 'proposal.parallel') : 'text.amend';
  if (!open)
    return (
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t(label)}
      </button>
    );
  return (
    <form
      className="committee-form"
      data-testid="version-form"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(async () => {
          const input = {
            version: text.currentVersion,
            text: body.trim(),
            ...(note.trim() ? { note: note.trim() } : {}),
          };
          const updated =
            text.kind === 'proposal'
              ? await addProposalVersion(committee.id, text.id, { ...input, kind })
              : await amendText(committee.id, text.kind, text.id, input);
          setOpen(false);
          onDone(updated);
        });
      }}
    >
      <p className="notice notice--info">{t('text.amendExplain')}</p>
      <TextAreaField
        id="version-text"
        label={t('text.body')}
        value={body}
        onChange={setBody}
        rows={12}
        required
      />
      <TextField id="version-note" label={t('text.note')} value={note} onChange={setNote} maxLength={2000} />
      <div className="committee-form__actions">
        <button type="submit" className="button button--primary" disabled={action.busy || body.trim() === ''}>
          {t(label)}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
          {t('committee.cancel')}
        </button>
      </div>
      <ActionError error={action.error} />
    </form>
  );
}

/** Each party's chiefs and their own response, if given; a chief whose party has not answered may answer. */
function ChiefsResponses({
  bundle,
  onDone,
}: {
  readonly bundle: TextBundle;
  readonly onDone: (text: CommitteeText) => void;
}) {
  const t = useT();
  const format = useFormat();
  const codeLabel = useCodeLabel();
  const person = usePerson();
  const { text, committee } = bundle;
  const [response, setResponse] = useState<ChiefsResponse | ''>('');
  const [comment, setComment] = useState('');
  const action = useAction();
  return (
    <CommitteeSection id="responses-title" title={t('recommendation.responses')} testId="responses">
      <p>{t('recommendation.responsesExplain')}</p>
      <ul className="responses">
        {text.addressedTo.map((entry) => (
          <li key={entry.party} data-testid="response" data-party={entry.party}>
            <strong>{entry.chiefsOffice.name}</strong> ({entry.party}){t('label.separator')}
            {entry.response ? (
              <>
                <span className="tag" data-testid="response-value">
                  {codeLabel('response', entry.response.response)}
                </span>{' '}
                {t('recommendation.respondedBy', {
                  name: entry.response.by.displayName,
                  when: format.dateTime(entry.response.at),
                })}
                <p className="responses__comment" data-testid="response-comment">
                  {entry.response.comment}
                </p>
              </>
            ) : (
              <span data-testid="response-value">{t('recommendation.awaitingResponse')}</span>
            )}
          </li>
        ))}
      </ul>
      {text.permissions.respond ? (
        <form
          className="committee-form"
          data-testid="response-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!response) return;
            void action.run(async () => {
              onDone(await respondToRecommendation(committee.id, text.id, response, comment.trim()));
            });
          }}
        >
          <fieldset className="fieldset">
            <legend>{t('recommendation.yourResponse', { party: person.party })}</legend>
            {responses.map((value) => (
              <Radio
                key={value}
                id={`response-${value}`}
                name="response"
                value={value}
                label={codeLabel('response', value)}
                checked={response === value}
                onSelect={() => setResponse(value)}
              />
            ))}
          </fieldset>
          <TextAreaField
            id="response-comment"
            label={t('recommendation.comment')}
            value={comment}
            onChange={setComment}
            rows={3}
            required
          />
          <button
            type="submit"
            className="button button--primary"
            disabled={action.busy || !response || !comment.trim()}
          >
            {t('recommendation.respond')}
          </button>
          <ActionError error={action.error} />
        </form>
      ) : null}
    </CommitteeSection>
  );
}

function CurrentText({
  bundle,
  onChanged,
}: {
  readonly bundle: TextBundle;
  readonly onChanged: (text: CommitteeText) => void;
}) {
  const t = useT();
  const { text } = bundle;
  const current = text.versions.find((version) => version.version === text.currentVersion);
  const shown = text.issuedDocument ?? current?.document;
  if (!shown) return null;
  return (
    <CommitteeSection
      id="current-title"
      title={t(text.issuedDocument ? 'text.issuedText' : 'text.currentText', {
        version: text.currentVersion,
      })}
      testId="current-text"
    >
      <TextSheet key={shown.id} document={shown} />
      {text.issuedDocument ? <TranslationsPanel document={text.issuedDocument} /> : null}
      <div className="committee-form__actions">
        <ConsentAction bundle={bundle} onDone={onChanged} />
        {current ? (
          <NewVersionBody bundle={bundle} documentId={current.document.id} onDone={onChanged} />
        ) : null}
      </div>
    </CommitteeSection>
  );
}

/** The amend form starts from the current version's text, as the reader's copy gives it. */
function NewVersionBody({
  bundle,
  documentId,
  onDone,
}: {
  readonly bundle: TextBundle;
  readonly documentId: string;
  readonly onDone: (text: CommitteeText) => void;
}) {
  const { resource } = useResource((signal) => getDocument(documentId, signal), [documentId]);
  if (!bundle.text.permissions.amend || resource.status !== 'loaded') return null;
  return <NewVersionForm key={documentId} bundle={bundle} currentBody={resource.data.body} onDone={onDone} />;
}

function TextView({
  bundle,
  onChanged,
  onReplace,
}: {
  readonly bundle: TextBundle;
  readonly onChanged: () => Promise<void>;
  /** Shows the text a write returned, at once. */
  readonly onReplace: (bundle: TextBundle) => void;
}) {
  const t = useT();
  const codeLabel = useCodeLabel();
  const [flash, setFlash] = useState<string | null>(null);
  const { committee, text } = bundle;
  usePageTitle(text.title);
  const embargoed = text.kind === 'proposal' && text.status === 'under-negotiation';
  const parties = [...new Set(text.versions.map((version) => version.party))];
  const changed = (message: string, updated?: CommitteeText) => {
    setFlash(message);
    if (updated) onReplace({ committee, text: updated });
    void onChanged();
  };
  return (
    <section
      className="page page--committee-text"
      aria-labelledby="page-title"
      data-testid="text-page"
      data-kind={text.kind}
    >
      <nav className="breadcrumbs" aria-label={t('committee.breadcrumbs')}>
        <Link to="/committees">{t('committees.title')}</Link> ›{' '}
        <Link to={committeePath(committee.id)}>{committee.name}</Link>
        {text.meetingId && committee.standing !== 'chief' ? (
          <>
            {' '}
            › <Link to={meetingPath(committee.id, text.meetingId)}>{t('text.fromMeeting')}</Link>
          </>
        ) : null}
      </nav>
      <p className="text-kind">{codeLabel('text.kind', text.kind)}</p>
      <div className="page__heading">
        <h1 id="page-title">{text.title}</h1>
        <span className="tag tag--status" data-testid="text-status">
          {codeLabel('text.status', text.status)}
        </span>
      </div>
      {embargoed ? (
        <p className="notice notice--embargo" data-testid="embargo-notice">
          <strong>{t('proposal.embargo')}</strong> {t('proposal.embargoExplain')}
        </p>
      ) : null}
      {text.kind === 'proposal' && parties.length > 1 ? (
        <p className="notice notice--info" data-testid="linked-proposals">
          {t('proposal.linkedExplain', { parties: parties.join(', ') })}
        </p>
      ) : null}
      {text.kind === 'recommendation' ? (
        <p className="notice notice--info" data-testid="advisory-notice">
          {t('recommendation.notBinding')}
        </p>
      ) : null}
      {text.awaiting.length > 0 && text.status !== 'adopted' && text.status !== 'answered' ? (
        <p data-testid="text-awaiting">
          {t('text.awaitingLong', { version: text.currentVersion })}{' '}
          <PartyList parties={text.awaiting} none={t('committee.nobody')} />
        </p>
      ) : null}
      {flash ? <StatusMessage>{flash}</StatusMessage> : null}
      <CurrentText
        bundle={bundle}
        onChanged={(updated) =>
          changed(
            updated.currentVersion !== text.currentVersion
              ? t('text.versionAdded', { version: updated.currentVersion })
              : t('text.consentRecorded'),
            updated,
          )
        }
      />
      {text.kind === 'recommendation' && text.addressedTo.length > 0 && text.status !== 'proposed' ? (
        <ChiefsResponses
          bundle={bundle}
          onDone={(updated) => changed(t('recommendation.responseRecorded'), updated)}
        />
      ) : null}
      {text.versions.length > 0 ? (
        <CommitteeSection id="versions-title" title={t('text.versions')} testId="versions">
          <ol className="versions">
            {text.versions.map((version) => (
              <VersionEntry key={version.version} text={text} version={version} />
            ))}
          </ol>
          <h3>{t('diff.title')}</h3>
          <VersionComparison key={text.currentVersion} text={text} />
        </CommitteeSection>
      ) : null}
    </section>
  );
}

export function CommitteeTextPage({
  id,
  kind,
  textId,
}: {
  readonly id: string;
  readonly kind: CommitteeTextKind;
  readonly textId: string;
}) {
  const { accessVersion, committeeVersion } = useNotifications();
  const { resource, reload, refresh, replace } = useResource(
    async (signal): Promise<TextBundle> => {
      const [committee, text] = await Promise.all([
        getCommittee(id, signal),
        getText(id, kind, textId, signal),
      ]);
      return { committee, text };
    },
    [id, kind, textId],
    { refreshOn: `${accessVersion}:${committeeVersion}` },
  );
  if (resource.status === 'loaded')
    return <TextView bundle={resource.data} onChanged={refresh} onReplace={replace} />;
  return <CommitteeLoading resource={resource} onRetry={reload} />;
}
