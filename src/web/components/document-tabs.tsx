/**
 * The views of one document for those who answer for it: the document itself, its numbered copies, and
 * (for its originator) the variation points that make each copy unique.
 */
import type { DocumentPermissions } from '../api/types.js';
import { useT } from '../messages/locale.context.js';
import { Link } from '../router/router.js';
import { documentPath } from './document-table.js';

export type DocumentTab = 'document' | 'copies' | 'variation-points';

export function copiesPath(documentId: string): string {
  return documentPath(documentId) + '/copies';
}

export function copyPath(documentId: string, copyId: string): string {
  return copiesPath(documentId) + '/' + encodeURIComponent(copyId);
}

export function variationPointsPath(documentId: string): string {
  return documentPath(documentId) + '/variation-points';
}

interface DocumentTabsProps {
  readonly documentId: string;
  readonly permissions: DocumentPermissions;
  readonly current: DocumentTab;
}

/** Nothing for a plain reader: they see the document, and only their own copy. */
export function DocumentTabs({ documentId, permissions, current }: DocumentTabsProps) {
  const t = useT();
  if (!permissions.answerForCopies && !permissions.recall) return null;
  const tabs: { tab: DocumentTab; to: string; label: string }[] = [
    { tab: 'document', to: documentPath(documentId), label: t('tabs.document') },
  ];
  if (permissions.answerForCopies)
    tabs.push({ tab: 'copies', to: copiesPath(documentId), label: t('tabs.copies') });
  // The variation points are the originator's (drafter or registry), as is a recall.
  if (permissions.recall)
    tabs.push({
      tab: 'variation-points',
      to: variationPointsPath(documentId),
      label: t('tabs.variationPoints'),
    });
  return (
    <nav className="document-tabs" aria-label={t('tabs.label')} data-testid="document-tabs">
      <ul className="document-tabs__list">
        {tabs.map(({ tab, to, label }) => (
          <li key={tab}>
            <Link to={to} className="document-tabs__link" aria-current={tab === current ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
