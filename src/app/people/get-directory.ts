/**
 * The coalition's directory as a person sees it: parties, offices and people to address documents to.
 * Names, titles and parties only: clearances and read-ins are not shown here.
 */
import { succeed } from '../../core/result.js';
import { listOffices } from '../../db/office.repository.js';
import { listPeople } from '../../db/person.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';

export interface DirectoryView {
  readonly parties: readonly { code: string; name: string }[];
  readonly offices: readonly { id: string; party: string; name: string; kind: string; isMember: boolean }[];
  readonly people: readonly { username: string; displayName: string; title: string; party: string }[];
}

export function getDirectory(ctx: AppContext, caller: Caller): Promise<AppResult<DirectoryView>> {
  return withActor<DirectoryView>(ctx, caller, async (actor) => {
    const offices = await listOffices(actor.sql);
    const people = await listPeople(actor.sql);
    return succeed({
      parties: [...ctx.scheme.parties.values()].map((party) => ({ code: party.code, name: party.name })),
      offices: offices.map((office) => ({
        id: office.id,
        party: office.party,
        name: office.name,
        kind: office.kind,
        isMember: office.members.includes(actor.person.id),
      })),
      people: people
        .filter((person) => person.status === 'active')
        .map((person) => ({
          username: person.username,
          displayName: person.displayName,
          title: person.title,
          party: person.party,
        })),
    });
  });
}
