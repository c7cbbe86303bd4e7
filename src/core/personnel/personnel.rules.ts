/**
 * Who may change what a person may know. Security officers act for their own party: they set its
 * people's clearances (never above their own), suspend and reinstate them. A compartment is its owner
 * party's: only its officers read anyone into it (their own people, or another party's, as when
 * BAGRATION is shared); its officers or the person's own may read a person out of it. Nobody raises
 * themselves. Every change carries a reason.
 */
import type { ClassificationScheme } from '../marking/scheme.js';
import type { Person } from '../person/person.js';
import { fail, succeed, type Result } from '../result.js';

export type PersonnelAction =
  | { readonly kind: 'grant-compartment'; readonly compartment: string }
  | { readonly kind: 'revoke-compartment'; readonly compartment: string }
  | { readonly kind: 'set-clearance'; readonly level: number }
  | { readonly kind: 'suspend' }
  | { readonly kind: 'reinstate' };

export type PersonnelErrorCode = 'PERSONNEL_NOT_AUTHORISED' | 'PERSONNEL_INVALID' | 'PERSONNEL_NO_CHANGE';

export const MAX_REASON_LENGTH = 500;

/**
 * The compartments an officer may name about a person: those the officer is read into, those the
 * officer's party owns, and, for the officer's own people, those the person is read into (so that an
 * officer can read their own people out of another party's compartment). Any other compartment does
 * not exist for the officer: it is answered like a word that names nothing, and not shown.
 */
export function compartmentsKnownTo(officer: Person, subject: Person, scheme: ClassificationScheme): Set<string> {
  const known = new Set(officer.compartments);
  for (const [name, compartment] of scheme.compartments) if (compartment.owner === officer.party) known.add(name);
  if (subject.party === officer.party) for (const name of subject.compartments) known.add(name);
  return known;
}

export function checkPersonnelAction(
  officer: Person,
  subject: Person,
  action: PersonnelAction,
  reason: string,
  scheme: ClassificationScheme,
): Result<PersonnelAction, PersonnelErrorCode> {
  const refuse = (message: string) => fail('PERSONNEL_NOT_AUTHORISED', message);
  if (officer.status !== 'active' || !officer.roles.includes('security-officer'))
    return refuse('only an active security officer changes what people may know');
  if (reason.trim() === '')
    return fail('PERSONNEL_INVALID', 'reason: say why (it is recorded)', { field: 'reason' });
  if (reason.length > MAX_REASON_LENGTH)
    return fail('PERSONNEL_INVALID', `reason: at most ${MAX_REASON_LENGTH} characters`, { field: 'reason' });
  const ownParty = subject.party === officer.party;
  const isSelf = subject.id === officer.id;
  const known = compartmentsKnownTo(officer, subject, scheme);
  const compartmentNamed = (name: string) => (known.has(name) ? scheme.compartments.get(name) : undefined);

  switch (action.kind) {
    case 'grant-compartment': {
      const compartment = compartmentNamed(action.compartment);
      if (!compartment)
        return fail('PERSONNEL_INVALID', `compartment: no compartment '${action.compartment}'`, {
          field: 'compartment',
        });
      if (compartment.owner !== officer.party)
        return refuse(
          `${action.compartment} belongs to ${compartment.owner}: only its security officers read people into it`,
        );
      if (isSelf) return refuse('nobody reads themselves into a compartment');
      if (subject.compartments.includes(action.compartment))
        return fail('PERSONNEL_NO_CHANGE', `${subject.username} is already read into ${action.compartment}`);
      return succeed(action);
    }
    case 'revoke-compartment': {
      const compartment = compartmentNamed(action.compartment);
      if (!compartment)
        return fail('PERSONNEL_INVALID', `compartment: no compartment '${action.compartment}'`, {
          field: 'compartment',
        });
      if (!ownParty && compartment.owner !== officer.party)
        return refuse(
          `only ${subject.party}'s or ${compartment.owner}'s security officers read ${subject.username} out of ${action.compartment}`,
        );
      if (!subject.compartments.includes(action.compartment))
        return fail('PERSONNEL_NO_CHANGE', `${subject.username} is not read into ${action.compartment}`);
      return succeed(action);
    }
    case 'set-clearance': {
      if (!ownParty)
        return refuse(`only ${subject.party}'s security officers set ${subject.username}'s clearance`);
      if (!scheme.parties.get(subject.party)?.nameByRank.has(action.level))
        return fail('PERSONNEL_INVALID', `level: ${subject.party} has no level of rank ${action.level}`, {
          field: 'level',
        });
      if (action.level > officer.clearance) return refuse('an officer grants no clearance above their own');
      if (isSelf && action.level > subject.clearance) return refuse('nobody raises their own clearance');
      if (action.level === subject.clearance)
        return fail('PERSONNEL_NO_CHANGE', `${subject.username} already holds that clearance`);
      return succeed(action);
    }
    case 'suspend':
    case 'reinstate': {
      if (!ownParty)
        return refuse(`only ${subject.party}'s security officers ${action.kind} ${subject.username}`);
      if (isSelf) return refuse(`nobody ${action.kind}s themselves`);
      const suspended = subject.status === 'suspended';
      if (suspended === (action.kind === 'suspend'))
        return fail(
          'PERSONNEL_NO_CHANGE',
          `${subject.username} is already ${suspended ? 'suspended' : 'active'}`,
        );
      return succeed(action);
    }
  }
}
