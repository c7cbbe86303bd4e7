/** An administrator adds a person (the CLI's `user add`). */
import { ROLES, isRole, type Person, type Role } from '../../core/person/person.js';
import { fail, succeed } from '../../core/result.js';
import { addOfficeMember } from '../../db/office.repository.js';
import { addReadIn, findPersonByUsername, insertPerson } from '../../db/person.repository.js';
import type { AppContext } from '../context.js';
import type { AppResult } from '../errors.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password.js';
import { resolveLevel } from './resolve-level.js';

export interface NewPersonInput {
  readonly username: string;
  readonly displayName: string;
  readonly title?: string;
  readonly party: string;
  /** A level name in the party's own words ("MOST SECRET") or the shared scale's ("TOP SECRET"). */
  readonly clearance: string;
  readonly roles?: readonly string[];
  readonly compartments?: readonly string[];
  readonly offices?: readonly string[];
  readonly password: string;
}

const USERNAME = /^[a-z][a-z0-9_.-]{1,31}$/;

export async function addPerson(ctx: AppContext, input: NewPersonInput): Promise<AppResult<Person>> {
  if (!USERNAME.test(input.username))
    return fail(
      'INVALID_INPUT',
      'username: 2 to 32 lower-case letters, digits, ".", "_" or "-", starting with a letter',
      {
        field: 'username',
      },
    );
  if (input.displayName.trim() === '')
    return fail('INVALID_INPUT', 'displayName: give the person a name', { field: 'displayName' });
  if (!ctx.scheme.parties.has(input.party))
    return fail(
      'INVALID_INPUT',
      `party: no party '${input.party}' (known: ${[...ctx.scheme.parties.keys()].join(', ')})`,
      {
        field: 'party',
      },
    );
  const clearance = resolveLevel(ctx.scheme, input.party, input.clearance);
  if (clearance === undefined)
    return fail('INVALID_INPUT', `clearance: '${input.clearance}' is not a level of ${input.party}`, {
      field: 'clearance',
    });
  const roles: Role[] = [];
  for (const role of input.roles ?? []) {
    if (!isRole(role))
      return fail('INVALID_INPUT', `roles: unknown role '${role}' (known: ${ROLES.join(', ')})`, {
        field: 'roles',
      });
    roles.push(role);
  }
  for (const compartment of input.compartments ?? []) {
    if (!ctx.scheme.compartments.has(compartment))
      return fail('INVALID_INPUT', `compartments: unknown compartment '${compartment}'`, {
        field: 'compartments',
      });
  }
  if (input.password.length < MIN_PASSWORD_LENGTH)
    return fail('INVALID_INPUT', `password: at least ${MIN_PASSWORD_LENGTH} characters`, {
      field: 'password',
    });
  const passwordHash = await hashPassword(input.password);
  return ctx.db.asSystem(async (sql) => {
    if (await findPersonByUsername(sql, input.username))
      return fail('ALREADY_EXISTS', `username: '${input.username}' is taken`, { field: 'username' });
    const id = ctx.newId();
    await insertPerson(sql, {
      id,
      username: input.username,
      displayName: input.displayName.trim(),
      title: input.title?.trim() ?? '',
      party: input.party,
      clearance,
      roles,
      passwordHash,
    });
    for (const compartment of input.compartments ?? []) await addReadIn(sql, id, compartment);
    for (const office of input.offices ?? []) await addOfficeMember(sql, office, id);
    const person = await findPersonByUsername(sql, input.username);
    if (!person) throw new Error(`person ${input.username} missing after insert`);
    ctx.logger.info({ event: 'person-added', person: person.username, party: person.party }, 'person added');
    return succeed(person);
  });
}
