/** A security officer's view of their own party's people: clearances, read-ins, roles and status. */
import type { Person } from '../../core/person/person.js';
import { fail, succeed } from '../../core/result.js';
import { listPeople } from '../../db/person.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';

export function listPersonnel(ctx: AppContext, caller: Caller): Promise<AppResult<Person[]>> {
  return withActor<Person[]>(ctx, caller, async (actor) => {
    if (!actor.person.roles.includes('security-officer') || actor.person.status !== 'active')
      return fail('PERSONNEL_NOT_AUTHORISED', "only a security officer sees the party's personnel records");
    const people = await listPeople(actor.sql);
    return succeed(people.filter((person) => person.party === actor.person.party));
  });
}
