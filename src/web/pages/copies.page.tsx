/**
 * The numbered copies of a document, for those who answer for them (its drafter, registry and security
 * officers): who holds each, who took an office copy, who has acknowledged receipt and who has not,
 * destruction; each copy's own text. Anyone else is given only their own copy by the server.
 */
import { getDirectory, getDocument, listCopies } from '../api/liaison-api.js';
import type { CopyList, Directory, DocumentCopy, LiaisonDocument } from '../api/types.js';
import { ClassificationBanner } from '../components/classification-banner.js';
import { copyPath, DocumentTabs } from '../components/document-tabs.js';
import { documentPath } from '../components/document-table.js';
import { LoadFailure, Loading } from '../components/feedback.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useResource } from '../hooks/use-resource.js';
import { useFormat, useT } from '../messages/locale.context.js';
import { useNotifications } from '../notifications/notifications.context.js';
import { Link } from '../router/router.js';
import { goneView } from './recalled.page.js';

interface CopiesData {
  readonly document: LiaisonDocument;
  readonly copies: CopyList;
  readonly directory: Directory;
}

async function loadCopies(id: string, signal: AbortSignal): Promise<CopiesData> {
  const [document, copies, directory] = await Promise.all([
    getDocument(id, signal),
    listCopies(id, signal),
    getDirectory(signal),
  ]);
  return { document, copies, directory };
}

/** A person's name from the directory, for the usernames the copies register gives. */
type NameOf = (username: string | null) => string;

function nameFinder(directory: Directory): NameOf {
  return (username) =>
    username === null
      ? ''
      : (directory.people.find((person) => person.username === username)?.displayName ?? username);
}

/** The heading shared by the copies, one copy and the variation points: title, registry number, marking. */
export function DocumentHeading({
  document,
  heading,
}: {
  readonly document: LiaisonDocument;
  readonly heading: string;
}) {
  const t = useT();
  return (
    <header className="document-heading">
      <ClassificationBanner
        banner={document.banner}
        rank={document.marking.level.rank}
        variant="chip"
        readerBanner={document.bannerForReader}
      />
      <h1 id="page-title">{heading}</h1>
      <p className="page__lead">
        <Link to={documentPath(document.id)}>{document.title}</Link>
        {document.registryNumber ? (
          <>
            {t('label.separator')}
            <span className="document-heading__registry">
              {t('document.registry', { number: document.registryNumber })}
            </span>
          </>
        ) : null}
      </p>
    </header>
  );
}

function RecipientCell({ copy }: { readonly copy: DocumentCopy }) {
  const t = useT();
  return (
    <>
      <span className="copy-table__kind">{t(`recipients.kind.${copy.recipient.kind}`)}</span>{' '}
      <span data-testid="copy-recipient">{copy.recipient.label}</span>
    </>
  );
}

function CopyRow({
  documentId,
  copy,
  nameOf,
}: {
  readonly documentId: string;
  readonly copy: DocumentCopy;
  readonly nameOf: NameOf;
}) {
  const t = useT();
  const format = useFormat();
  const taken = copy.recipient.kind !== 'person';
  return (
    <tr data-copy-number={copy.number} data-copy-id={copy.id}>
      <th scope="row" className="copy-table__number">
        {t('copy.numberOfShort', { number: copy.number, of: copy.of })}
      </th>
      <td data-label={t('copies.column.recipient')}>
        <RecipientCell copy={copy} />
      </td>
      <td data-label={t('copies.column.taken')}>
        {taken
          ? copy.recipient.username
            ? nameOf(copy.recipient.username)
            : t('copies.notTaken')
          : t('copies.notApplicable')}
      </td>
      <td data-label={t('copies.column.receipt')} data-testid="copy-receipt">
        {copy.receivedAt ? (
          t('copies.receivedBy', { who: nameOf(copy.receivedBy), when: format.dateTime(copy.receivedAt) })
        ) : (
          <span className="copy-table__pending">{t('copies.notReceived')}</span>
        )}
      </td>
      <td data-label={t('copies.column.destruction')} data-testid="copy-destruction">
        {copy.destroyedAt ? (
          <>
            {t('copies.destroyedBy', {
              who: copy.destroyedBy ?? '',
              when: format.dateTime(copy.destroyedAt),
            })}
            {copy.destructionNote ? (
              <span className="copy-table__note"> — {copy.destructionNote}</span>
            ) : null}
          </>
        ) : (
          t('copies.notDestroyed')
        )}
      </td>
      <td data-label={t('copies.column.text')}>
        <Link to={copyPath(documentId, copy.id)}>{t('copies.read', { number: copy.number })}</Link>
      </td>
    </tr>
  );
}

function ReceiptSummary({ copies }: { readonly copies: readonly DocumentCopy[] }) {
  const t = useT();
  const received = copies.filter((copy) => copy.receivedAt !== null);
  const waiting = copies.filter((copy) => copy.receivedAt === null && copy.destroyedAt === null);
  return (
    <div className="receipt-summary" data-testid="receipt-summary">
      <p>
        <strong>{t('copies.acknowledgedCount', { count: received.length, of: copies.length })}</strong>
      </p>
      {waiting.length > 0 ? (
        <p>
          {t('copies.waiting', {
            list: waiting
              .map((copy) => t('copies.waitingItem', { number: copy.number, label: copy.recipient.label }))
              .join(t('label.separator')),
          })}
        </p>
      ) : (
        <p>{t('copies.allAcknowledged')}</p>
      )}
    </div>
  );
}

function CopiesView({ document, copies, directory }: CopiesData) {
  const t = useT();
  const nameOf = nameFinder(directory);
  usePageTitle(t('copies.pageTitle', { number: document.registryNumber ?? document.title }));
  return (
    <section
      className="page page--document page--copies"
      aria-labelledby="page-title"
      data-testid="copies-page"
    >
      <DocumentTabs documentId={document.id} permissions={document.permissions} current="copies" />
      <DocumentHeading document={document} heading={t('copies.title')} />
      {copies.complete ? (
        <ReceiptSummary copies={copies.items} />
      ) : (
        <p className="notice notice--info" data-testid="copies-own-only">
          {t('copies.ownOnly')}
        </p>
      )}
      {copies.items.length === 0 ? (
        <p className="empty">{t('copies.none')}</p>
      ) : (
        <table className="data-table copy-table" data-testid="copy-table">
          <caption className="visually-hidden">{t('copies.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('copies.column.number')}</th>
              <th scope="col">{t('copies.column.recipient')}</th>
              <th scope="col">{t('copies.column.taken')}</th>
              <th scope="col">{t('copies.column.receipt')}</th>
              <th scope="col">{t('copies.column.destruction')}</th>
              <th scope="col">{t('copies.column.text')}</th>
            </tr>
          </thead>
          <tbody>
            {copies.items.map((copy) => (
              <CopyRow key={copy.id} documentId={document.id} copy={copy} nameOf={nameOf} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function CopiesPage({ id }: { readonly id: string }) {
  const t = useT();
  const { accessVersion, documentsVersion } = useNotifications();
  const { resource, reload } = useResource((signal) => loadCopies(id, signal), [id], {
    refreshOn: `${accessVersion}:${documentsVersion}`,
  });
  if (resource.status === 'failed') {
    const gone = goneView(resource.error);
    if (gone) return gone;
  }
  if (resource.status === 'loaded') return <CopiesView {...resource.data} />;
  return (
    <section className="page" aria-busy={resource.status === 'loading'} aria-label={t('copies.title')}>
      {resource.status === 'loading' ? <Loading /> : <LoadFailure error={resource.error} onRetry={reload} />}
    </section>
  );
}
