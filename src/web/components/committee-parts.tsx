/**
 * Pieces shared by the committee's pages: addresses, people and parties, status words, an action with its
 * busy state and error, the "referred to <body>" flag, a version's text, the difference between two
 * versions, and a document's translations beside its authoritative original.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { diffText, getDocument, getTranslations } from '../api/liaison-api.js';
import type {
  AgendaItem,
  Committee,
  CommitteeDocumentRef,
  CommitteeText,
  CommitteeTextKind,
  PersonRef,
  StaffMember,
  TextDiff,
  Referral,
  ReservedMatterMatch,
} from '../api/types.js';
import { useExpireOnUnauthenticated, useResource, type Resource } from '../hooks/use-resource.js';
import { useFormat, useT } from '../messages/locale.context.js';
import { messageIdFor, type Translate } from '../messages/messages.js';
import { Link } from '../router/router.js';
import { ClassificationBanner } from './classification-banner.js';
import { paragraphsOf } from './document-sheet.js';
import { documentPath } from './document-table.js';
import { ErrorSummary, LoadFailure, Loading, useErrorText } from './feedback.js';
import { SelectField } from './form-fields.js';

export function committeePath(id: string): string {
  return '/committees/' + encodeURIComponent(id);
}

export function meetingPath(committeeId: string, meetingId: string): string {
  return committeePath(committeeId) + '/meetings/' + encodeURIComponent(meetingId);
}

const textSegments: Readonly<Record<CommitteeTextKind, string>> = {
  minutes: 'minutes',
  recommendation: 'recommendations',
  proposal: 'proposals',
};

export function textKindOfSegment(segment: string): CommitteeTextKind | undefined {
  return (Object.keys(textSegments) as CommitteeTextKind[]).find((kind) => textSegments[kind] === segment);
}

export function committeeTextPath(committeeId: string, kind: CommitteeTextKind, textId: string): string {
  return committeePath(committeeId) + '/' + textSegments[kind] + '/' + encodeURIComponent(textId);
}

/** Words for a code from the server (a status, a role, a response) under a prefix, or the code itself. */
export function useCodeLabel(): (prefix: string, code: string) => string {
  const t = useT();
  return (prefix, code) => {
    const id = messageIdFor(prefix, code);
    return id ? t(id) : code;
  };
}

/** Everyone on the committee: the members, then their advisers, secretaries and interpreters. */
export function committeePeople(committee: Committee): readonly StaffMember[] {
  return [
    ...committee.members.map((member) => ({ ...member, role: 'member' as const })),
    ...committee.staff.filter((person) => person.role !== 'member'),
  ];
}

export function PersonName({ person }: { readonly person: PersonRef }) {
  const t = useT();
  return (
    <span className="person-ref" data-username={person.username}>
      {t('label.nameAndCode', { name: person.displayName, code: person.party })}
    </span>
  );
}

/** A list of parties (codes), or a word for none. */
export function PartyList({ parties, none }: { readonly parties: readonly string[]; readonly none: string }) {
  return <>{parties.length > 0 ? parties.join(', ') : none}</>;
}

/** Runs one write at a time, keeping its error to show next to the form (null once the session is over). */
export function useAction(): {
  readonly busy: boolean;
  readonly error: string | null;
  readonly run: (work: () => Promise<void>) => Promise<boolean>;
  readonly clear: () => void;
} {
  const errorText = useErrorText();
  const handleError = useExpireOnUnauthenticated();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      setError(null);
      try {
        await work();
        return true;
      } catch (caught) {
        const problem = handleError(caught);
        if (problem) setError(errorText(problem));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [errorText, handleError],
  );
  return { busy, error, run, clear: () => setError(null) };
}

export function ActionError({ error }: { readonly error: string | null }) {
  const t = useT();
  return error ? <ErrorSummary title={t('committee.actionFailed')}>{error}</ErrorSummary> : null;
}

/** A section of a committee page with a heading (for navigation by heading) and an optional action. */
export function CommitteeSection({
  id,
  title,
  children,
  testId,
}: {
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
  readonly testId?: string;
}) {
  return (
    <section className="committee-section" aria-labelledby={id} data-testid={testId}>
      <h2 id={id} className="committee-section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Why an item was referred, in the reader's language, from the matches the server found. */
function referralExplanation(referral: Referral, t: Translate): string {
  const [first, ...others] = referral.matches;
  if (!first) return referral.explanation;
  const where = (match: ReservedMatterMatch) =>
    `“${match.matched}” (${t(match.field === 'title' ? 'agenda.referralField.title' : 'agenda.referralField.text')}, ${match.at + 1})`;
  const why = t('agenda.referralWhy', {
    matched: first.matched,
    field: t(first.field === 'title' ? 'agenda.referralField.title' : 'agenda.referralField.text'),
    at: first.at + 1,
    term: first.term,
    topic: first.topic,
    body: first.body,
  });
  return others.length === 0
    ? why
    : `${why} ${t('agenda.referralAlso', { list: others.slice(0, 3).map(where).join(', ') })}`;
}

/** An agenda item within a reserved matter: which body it belongs to, and why. */
export function ReferralFlag({ item }: { readonly item: AgendaItem }) {
  const t = useT();
  const format = useFormat();
  if (item.status !== 'referred' || !item.referredTo) return null;
  return (
    <div className="referral" data-testid="referral">
      <p className="referral__flag">
        <strong>{t('agenda.referredTo', { body: item.referredTo })}</strong>
      </p>
      {item.reservedMatter ? (
        <p className="referral__why" data-testid="referral-explanation">
          {referralExplanation(item.reservedMatter, t)}
        </p>
      ) : null}
      {item.override ? (
        <div className="referral__override" data-testid="override-consents">
          <p>{t('agenda.overrideRule')}</p>
          {item.override.consents.length > 0 ? (
            <ul>
              {item.override.consents.map((consent) => (
                <li key={consent.party} data-party={consent.party}>
                  {t('agenda.consentBy', {
                    party: consent.party,
                    name: consent.by.displayName,
                    when: format.dateTime(consent.at),
                  })}
                  {t('label.separator')}
                  <q>{consent.reason}</q>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('agenda.noConsents')}</p>
          )}
          <p data-testid="override-awaiting">
            {t('agenda.overrideAwaiting')}{' '}
            <PartyList parties={item.override.awaiting} none={t('committee.nobody')} />
          </p>
        </div>
      ) : null}
    </div>
  );
}

/** A version's (or an issued text's) document, read in the reader's own copy. */
export function TextSheet({ document: ref }: { readonly document: CommitteeDocumentRef }) {
  const t = useT();
  const { resource, reload } = useResource((signal) => getDocument(ref.id, signal), [ref.id]);
  if (resource.status === 'loading') return <Loading />;
  if (resource.status === 'failed') return <LoadFailure error={resource.error} onRetry={reload} />;
  const document = resource.data;
  return (
    <article className="sheet sheet--committee" aria-label={document.title} data-testid="text-sheet">
      <ClassificationBanner
        banner={document.banner}
        rank={document.marking.level.rank}
        variant="chip"
        readerBanner={document.bannerForReader}
      />
      <div className="sheet__page">
        <h3 className="sheet__title">{document.title}</h3>
        <div className="sheet__body" data-testid="text-body">
          {paragraphsOf(document.body).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
        <p>
          <Link to={documentPath(document.id)}>{t('committee.openDocument')}</Link>
          {document.registryNumber ? (
            <span className="document-row__registry"> {document.registryNumber}</span>
          ) : null}
        </p>
      </div>
    </article>
  );
}

/** What changed from one version to another, word by word. */
export function DiffView({ diff }: { readonly diff: TextDiff }) {
  const t = useT();
  return (
    <div className="diff" data-testid="diff">
      <p className="diff__legend">
        <del>{t('diff.deleted')}</del> <ins>{t('diff.inserted')}</ins>
        {diff.titleChanged ? <span> {t('diff.titleChanged')}</span> : null}
      </p>
      <p className="diff__banners">{t('diff.banners', { from: diff.from.banner, to: diff.to.banner })}</p>
      <div className="diff__text">
        {diff.parts.map((part, index) =>
          part.op === 'insert' ? (
            <ins key={index}>{part.text}</ins>
          ) : part.op === 'delete' ? (
            <del key={index}>{part.text}</del>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </div>
    </div>
  );
}

/** Choose two versions and see the difference between them. */
export function VersionComparison({ text }: { readonly text: CommitteeText }) {
  const t = useT();
  const numbers = text.versions.map((version) => version.version);
  const last = numbers[numbers.length - 1] ?? 1;
  const [from, setFrom] = useState(numbers[numbers.length - 2] ?? last);
  const [to, setTo] = useState(last);
  const { resource, reload } = useResource(
    (signal) => diffText(text.committeeId, text.kind, text.id, from, to, signal),
    [text.committeeId, text.kind, text.id, from, to, text.currentVersion],
  );
  if (numbers.length < 2) return <p className="empty">{t('diff.oneVersion')}</p>;
  const options = numbers.map((n) => ({ value: String(n), label: t('text.versionNumber', { version: n }) }));
  return (
    <div className="comparison" data-testid="comparison">
      <div className="comparison__choice">
        <SelectField
          id="diff-from"
          label={t('diff.from')}
          value={String(from)}
          onChange={(value) => setFrom(Number(value))}
          options={options}
        />
        <SelectField
          id="diff-to"
          label={t('diff.to')}
          value={String(to)}
          onChange={(value) => setTo(Number(value))}
          options={options}
        />
      </div>
      {resource.status === 'loading' ? <Loading /> : null}
      {resource.status === 'failed' ? <LoadFailure error={resource.error} onRetry={reload} /> : null}
      {resource.status === 'loaded' ? <DiffView diff={resource.data} /> : null}
    </div>
  );
}

function useLanguageName(): (code: string) => string {
  const t = useT();
  return (code) => {
    const id = messageIdFor('language', code);
    return id ? t(id) : code;
  };
}

/** A document's translations, each signed by its translator; the original alone is authoritative. */
export function TranslationsPanel({ document }: { readonly document: CommitteeDocumentRef }) {
  const t = useT();
  const format = useFormat();
  const languageName = useLanguageName();
  const { resource, reload } = useResource((signal) => getTranslations(document.id, signal), [document.id]);
  if (document.translations.length === 0) return null;
  return (
    <div className="translations" data-testid="translations">
      <h3>{t('translation.title')}</h3>
      {resource.status === 'loading' ? <Loading /> : null}
      {resource.status === 'failed' ? <LoadFailure error={resource.error} onRetry={reload} /> : null}
      {resource.status === 'loaded' ? (
        <>
          <p className="translations__original" data-testid="authoritative-original">
            <span className="tag tag--authoritative">{t('translation.authoritative')}</span>{' '}
            {t('translation.original', {
              language: languageName(resource.data.original.language),
              title: resource.data.original.title,
            })}
          </p>
          <ul className="translations__list">
            {resource.data.translations.map((translation) => (
              <li key={translation.id} data-testid="translation" lang={translation.language}>
                <details>
                  <summary>
                    <span lang={translation.language}>{translation.title}</span>
                    {t('label.separator')}
                    {languageName(translation.language)}
                    {t('label.separator')}
                    <span data-testid="translator">
                      {t('translation.by', {
                        name: translation.translator.displayName,
                        when: format.dateTime(translation.createdAt),
                      })}
                    </span>
                    {t('label.separator')}
                    <span className="tag">{t('translation.notAuthoritative')}</span>
                  </summary>
                  <div className="sheet__body">
                    {paragraphsOf(translation.body).map((paragraph, index) => (
                      <p key={index}>{paragraph}</p>
                    ))}
                  </div>
                </details>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** A committee page not (yet) loaded: loading, not found (nothing that names it), or failed with a retry. */
export function CommitteeLoading({
  resource,
  onRetry,
}: {
  readonly resource: Resource<unknown>;
  readonly onRetry: () => void;
}) {
  const t = useT();
  return (
    <section className="page" aria-busy={resource.status === 'loading'} aria-label={t('app.loading')}>
      {resource.status === 'loading' ? <Loading /> : null}
      {resource.status === 'failed' ? (
        resource.error.isNotFound ? (
          <p className="empty" data-testid="not-found">
            {t('committee.notFound')}
          </p>
        ) : (
          <LoadFailure error={resource.error} onRetry={onRetry} />
        )
      ) : null}
    </section>
  );
}
