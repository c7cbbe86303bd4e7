/**
 * Personnel security, for a party's security officers: their own party's people (GET /api/people) with
 * clearance, read-ins, roles and status, and the changes an officer makes. A change applies at once, on
 * every open session of the person. Anyone else is told, in the server's words, that this is not for them.
 */
import { getMarkingOptions, listPeople } from '../api/liaison-api.js';
import type { MarkingOptions, Personnel } from '../api/types.js';
import { LoadFailure, Loading, Refusal } from '../components/feedback.js';
import { PersonCard } from '../components/person-card.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useResource } from '../hooks/use-resource.js';
import { useT } from '../messages/locale.context.js';
import { usePerson, useSession } from '../session/session.context.js';

interface PeopleData {
  readonly people: readonly Personnel[];
  readonly options: MarkingOptions;
}

async function loadPeople(signal: AbortSignal): Promise<PeopleData> {
  const [people, options] = await Promise.all([listPeople(signal), getMarkingOptions(signal)]);
  return { people, options };
}

function PeopleList({
  data,
  onChanged,
}: {
  readonly data: PeopleData;
  readonly onChanged: (updated: Personnel | null) => Promise<void>;
}) {
  return (
    <ul className="person-list" data-testid="people-list">
      {data.people.map((person) => (
        <PersonCard key={person.username} person={person} options={data.options} onChanged={onChanged} />
      ))}
    </ul>
  );
}

export function PeoplePage() {
  const t = useT();
  const person = usePerson();
  const { refresh: refreshSession } = useSession();
  const { resource, reload, replace, refresh } = useResource(loadPeople, []);
  usePageTitle(t('people.title'));

  const changed = async (updated: Personnel | null): Promise<void> => {
    // An officer changing their own clearance or read-ins sees it in the header too.
    if (!updated || updated.username === person.username) refreshSession();
    if (updated && resource.status === 'loaded') {
      const { data } = resource;
      replace({ ...data, people: data.people.map((p) => (p.username === updated.username ? updated : p)) });
    } else await refresh();
  };
  return (
    <section
      className="page page--people"
      aria-labelledby="page-title"
      aria-busy={resource.status === 'loading'}
      data-testid="people-page"
    >
      <h1 id="page-title">{t('people.title')}</h1>
      <p className="page__lead">{t('people.lead', { party: person.party })}</p>
      {resource.status === 'loading' ? <Loading /> : null}
      {resource.status === 'failed' && resource.error.status === 403 ? (
        <Refusal error={resource.error} />
      ) : null}
      {resource.status === 'failed' && resource.error.status !== 403 ? (
        <LoadFailure error={resource.error} onRetry={reload} />
      ) : null}
      {resource.status === 'loaded' ? <PeopleList data={resource.data} onChanged={changed} /> : null}
    </section>
  );
}
