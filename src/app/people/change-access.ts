/**
 * An administrator changes what a person may know (the CLI's `user grant` and `user revoke`): a
 * compartment read-in, a clearance, or a role. Takes effect on the person's very next request.
 */
import { ROLES, isRole, type Person } from '../../core/person/person.js';
import { fail, succeed } from '../../core/result.js';
import {
  addReadIn,
  findPersonByUsername,
  removeReadIn,
  setClearance,
  setRoles,
} from '../../db/person.repository.js';
import type { AppContext } from '../context.js';
import type { AppResult } from '../errors.js';
import { resolveLevel } from './resolve-level.js';

export type AccessChange =
  | { readonly grant: 'compartment' | 'role'; readonly value: string }
  | { readonly revoke: 'compartment' | 'role'; readonly value: string }
  | { readonly grant: 'clearance'; readonly value: string };

export function changeAccess(
  ctx: AppContext,
  username: string,
  change: AccessChange,
): Promise<AppResult<Person>> {
  return ctx.db.asSystem(async (sql) => {
    const person = await findPersonByUsername(sql, username);
    if (!person) return fail('NOT_FOUND', `no person '${username}'`);
    const granting = 'grant' in change;
    const what = granting ? change.grant : change.revoke;
    if (what === 'compartment') {
      if (!ctx.scheme.compartments.has(change.value))
        return fail('INVALID_INPUT', `compartment: unknown compartment '${change.value}'`, {
          field: 'compartment',
        });
      if (granting) await addReadIn(sql, person.id, change.value);
      else if (!(await removeReadIn(sql, person.id, change.value)))
        return fail('NOT_FOUND', `${username} is not read into ${change.value}`);
    } else if (what === 'role') {
      if (!isRole(change.value))
        return fail('INVALID_INPUT', `role: unknown role '${change.value}' (known: ${ROLES.join(', ')})`, {
          field: 'role',
        });
      const role = change.value;
      const roles = granting
        ? [...new Set([...person.roles, role])]
        : person.roles.filter((held) => held !== role);
      await setRoles(sql, person.id, roles);
    } else {
      const rank = resolveLevel(ctx.scheme, person.party, change.value);
      if (rank === undefined)
        return fail('INVALID_INPUT', `clearance: '${change.value}' is not a level of ${person.party}`, {
          field: 'clearance',
        });
      await setClearance(sql, person.id, rank);
    }
    ctx.logger.info(
      { event: granting ? 'access-granted' : 'access-revoked', person: username, what, value: change.value },
      'access changed',
    );
    const updated = await findPersonByUsername(sql, username);
    if (!updated) throw new Error(`person ${username} vanished`);
    return succeed(updated);
  });
}
