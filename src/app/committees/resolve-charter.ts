/**
 * Turns a charter as submitted (usernames, office ids, a level name) into one the core checks: every
 * name resolved, or the field that names nobody reported.
 */
import {
  defaultWorkingLevel,
  validateCharter,
  type CharterProposal,
} from '../../core/committee/charter.rules.js';
import type { Charter, CommitteeRole } from '../../core/committee/committee.js';
import { fail } from '../../core/result.js';
import { findOfficesByIds } from '../../db/office.repository.js';
import { findPeopleByUsernames } from '../../db/person.repository.js';
import type { AppContext } from '../context.js';
import type { AppResult } from '../errors.js';
import { isUuid } from '../documents/prepare-draft.js';
import type { Actor } from '../with-actor.js';

export interface CharterInput {
  readonly name: string;
  readonly remit: string;
  readonly powers?: string;
  readonly place?: string;
  /** A level name on the shared scale ("SECRET"); default: the lowest every party names. */
  readonly workingLevel?: string;
  readonly parties: readonly {
    readonly party: string;
    readonly member: string;
    readonly advisers?: readonly string[];
    readonly secretaries?: readonly string[];
    readonly interpreters?: readonly string[];
    /** The office of the party's chiefs (an office id from /api/directory). */
    readonly chiefsOffice: string;
  }[];
  readonly reservedMatters?: readonly {
    readonly topic: string;
    readonly body: string;
    readonly terms?: readonly string[];
  }[];
}

export async function resolveCharter(
  ctx: AppContext,
  actor: Actor,
  input: CharterInput,
): Promise<AppResult<Charter>> {
  const invalid = (field: string, message: string) =>
    fail('COMMITTEE_INVALID', `${field}: ${message}`, { field });
  const roles: readonly (readonly [CommitteeRole, 'advisers' | 'secretaries' | 'interpreters' | 'member'])[] =
    [
      ['member', 'member'],
      ['adviser', 'advisers'],
      ['secretary', 'secretaries'],
      ['interpreter', 'interpreters'],
    ];
  const usernames = input.parties.flatMap((entry) => [
    entry.member,
    ...(entry.advisers ?? []),
    ...(entry.secretaries ?? []),
    ...(entry.interpreters ?? []),
  ]);
  const people = new Map(
    (await findPeopleByUsernames(actor.sql, usernames)).map((person) => [person.username, person]),
  );
  const officeIds = input.parties.map((entry) => entry.chiefsOffice).filter(isUuid);
  const offices = new Map(
    (await findOfficesByIds(actor.sql, officeIds)).map((office) => [office.id, office]),
  );

  const parties: CharterProposal['parties'][number][] = [];
  for (const [index, entry] of input.parties.entries()) {
    const field = `parties.${index}`;
    const office = offices.get(entry.chiefsOffice);
    if (!office) return invalid(`${field}.chiefsOffice`, `no office '${entry.chiefsOffice}'`);
    const members: CharterProposal['parties'][number]['people'][number][] = [];
    for (const [role, key] of roles) {
      const names = key === 'member' ? [entry.member] : (entry[key] ?? []);
      for (const [at, username] of names.entries()) {
        const person = people.get(username);
        const where = key === 'member' ? `${field}.member` : `${field}.${key}.${at}`;
        if (!person) return invalid(where, `nobody is called '${username}'`);
        if (person.status !== 'active') return invalid(where, `${username} is suspended`);
        members.push({ role, personId: person.id, party: person.party, label: username });
      }
    }
    parties.push({
      party: entry.party,
      chiefsOffice: { id: office.id, party: office.party },
      people: members,
    });
  }

  let workingLevel: number | undefined;
  if (input.workingLevel !== undefined) {
    workingLevel = ctx.scheme.scale.find((level) => level.name === input.workingLevel)?.rank;
    if (workingLevel === undefined)
      return invalid(
        'workingLevel',
        `a level of the shared scale (${ctx.scheme.scale.map((level) => level.name).join(', ')})`,
      );
  } else {
    workingLevel = defaultWorkingLevel(
      ctx.scheme,
      input.parties.map((entry) => entry.party),
    );
    if (workingLevel === undefined) return invalid('workingLevel', 'no level every party names: give one');
  }

  return validateCharter(
    {
      name: input.name,
      remit: input.remit,
      powers: input.powers ?? 'advisory',
      place: input.place ?? '',
      workingLevel,
      parties,
      reservedMatters: (input.reservedMatters ?? []).map((matter) => ({
        topic: matter.topic,
        body: matter.body,
        terms: matter.terms && matter.terms.length > 0 ? matter.terms : [matter.topic],
      })),
    },
    ctx.scheme,
  );
}
