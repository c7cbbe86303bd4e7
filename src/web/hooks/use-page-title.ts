/** The browser tab's title for the current page. */
import { useEffect } from 'react';
import { useT } from '../messages/locale.context.js';

export function usePageTitle(page: string): void {
  const t = useT();
  useEffect(() => {
    document.title = t('app.pageTitle', { page });
  }, [page, t]);
}
