/** A list of documents as a register: marking, title, form, registry number, date, originator, drafter. */
import type { DocumentSummary } from '../api/types.js';
import { useFormat, useT } from '../messages/locale.context.js';
import { Link } from '../router/router.js';
import { ClassificationBanner } from './classification-banner.js';
import { useKindLabel } from './labels.js';

export function documentPath(id: string): string {
  return '/documents/' + encodeURIComponent(id);
}

function DocumentRow({ document }: { readonly document: DocumentSummary }) {
  const t = useT();
  const format = useFormat();
  const kindLabel = useKindLabel();
  return (
    <tr className="document-row" data-document-id={document.id}>
      <td data-label={t('list.column.marking')}>
        <ClassificationBanner
          banner={document.banner}
          rank={document.marking.level.rank}
          variant="chip"
          readerBanner={document.bannerForReader}
        />
      </td>
      <td data-label={t('list.column.title')} className="document-row__title">
        <Link to={documentPath(document.id)}>{document.title}</Link>
      </td>
      <td data-label={t('list.column.kind')}>{kindLabel(document.kind)}</td>
      <td data-label={t('list.column.registry')} className="document-row__registry">
        {document.registryNumber ?? t('list.unregistered')}
      </td>
      <td data-label={t('list.column.dated')}>
        <time dateTime={document.dated}>{format.date(document.dated)}</time>
      </td>
      <td data-label={t('list.column.originator')}>{document.originator}</td>
      <td data-label={t('list.column.drafter')}>{document.drafter.displayName}</td>
    </tr>
  );
}

export function DocumentTable({
  caption,
  documents,
}: {
  readonly caption: string;
  readonly documents: readonly DocumentSummary[];
}) {
  const t = useT();
  return (
    <table className="document-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.column.marking')}</th>
          <th scope="col">{t('list.column.title')}</th>
          <th scope="col">{t('list.column.kind')}</th>
          <th scope="col">{t('list.column.registry')}</th>
          <th scope="col">{t('list.column.dated')}</th>
          <th scope="col">{t('list.column.originator')}</th>
          <th scope="col">{t('list.column.drafter')}</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => (
          <DocumentRow key={document.id} document={document} />
        ))}
      </tbody>
    </table>
  );
}
