/** The committees that concern the person: as a member or staff, as a party's chiefs, or as proposer. */
import { listCommittees } from '../api/liaison-api.js';
import { committeePath, useCodeLabel } from '../components/committee-parts.js';
import { LoadFailure, Loading } from '../components/feedback.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useResource } from '../hooks/use-resource.js';
import { useT } from '../messages/locale.context.js';
import { Link } from '../router/router.js';

export function CommitteesPage() {
  const t = useT();
  const codeLabel = useCodeLabel();
  const { resource, reload } = useResource((signal) => listCommittees(signal), []);
  usePageTitle(t('committees.title'));

  return (
    <section className="page" aria-labelledby="page-title" aria-busy={resource.status === 'loading'}>
      <div className="page__heading">
        <h1 id="page-title">{t('committees.title')}</h1>
      </div>
      <p className="page__lead">{t('committees.lead')}</p>
      {resource.status === 'loading' ? <Loading /> : null}
      {resource.status === 'failed' ? <LoadFailure error={resource.error} onRetry={reload} /> : null}
      {resource.status === 'loaded' && resource.data.length === 0 ? (
        <p className="empty" data-testid="no-committees">
          {t('committees.none')}
        </p>
      ) : null}
      {resource.status === 'loaded' && resource.data.length > 0 ? (
        <ul className="committee-list" data-testid="committee-list">
          {resource.data.map((committee) => (
            <li key={committee.id} className="committee-list__item">
              <Link to={committeePath(committee.id)} className="committee-list__name">
                {committee.name}
              </Link>
              <p className="committee-list__facts">
                {committee.place}
                {t('label.separator')}
                {codeLabel('committee.status', committee.status)}
                {t('label.separator')}
                {t('committee.yourStanding', {
                  standing: codeLabel('committee.standing', committee.standing),
                })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
