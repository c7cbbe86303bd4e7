/**
 * The rules of a committee's charter: what a valid charter is, who approves a new one for each party,
 * when it comes into force (every party approved it), and what changed between two versions. A charter
 * is changed only with every party's approval; the first one too.
 */
import type { ClassificationScheme, PartyCode } from '../marking/scheme.js';
import type { OfficeId, PersonId } from '../policy/policy.js';
import { fail, succeed, type Result } from '../result.js';
import {
  COMMITTEE_POWERS,
  memberOf,
  partiesOf,
  type Charter,
  type CharterParticipant,
  type CommitteeErrorCode,
  type CommitteePowers,
  type CommitteeRole,
  type ReservedMatter,
} from './committee.js';

/** A charter as proposed, with what the store knows of the people and offices it names. */
export interface CharterProposal {
  readonly name: string;
  readonly remit: string;
  readonly powers: string;
  readonly place: string;
  readonly workingLevel: number;
  readonly parties: readonly {
    readonly party: PartyCode;
    readonly chiefsOffice: { readonly id: OfficeId; readonly party: PartyCode };
    readonly people: readonly {
      readonly role: CommitteeRole;
      readonly personId: PersonId;
      /** The person's own party. */
      readonly party: PartyCode;
      /** How the input named them (a username), for messages. */
      readonly label: string;
    }[];
  }[];
  readonly reservedMatters: readonly ReservedMatter[];
}

export const MAX_TERMS = 100;

/** Checks a proposed charter; every problem is named with its field. */
export function validateCharter(
  proposal: CharterProposal,
  scheme: ClassificationScheme,
): Result<Charter, CommitteeErrorCode> {
  const problem = (field: string, message: string) =>
    fail('COMMITTEE_INVALID', `${field}: ${message}`, { field });
  const name = proposal.name.trim();
  if (name === '' || name.length > 200) return problem('name', 'a name of 1 to 200 characters');
  const remit = proposal.remit.trim();
  if (remit === '' || remit.length > 5000) return problem('remit', 'a remit of 1 to 5,000 characters');
  if (!isPowers(proposal.powers))
    return problem(
      'powers',
      `a committee is consultative and advisory, with no independent powers of decision: powers must be ${COMMITTEE_POWERS.join(', ')}`,
    );
  if (proposal.place.length > 200) return problem('place', 'at most 200 characters');
  if (proposal.parties.length < 2) return problem('parties', 'a committee has at least two parties');

  const seenParties = new Set<PartyCode>();
  const seenPeople = new Set<PersonId>();
  const participants: CharterParticipant[] = [];
  for (const [index, entry] of proposal.parties.entries()) {
    const field = `parties.${index}`;
    if (!scheme.parties.has(entry.party)) return problem(`${field}.party`, `no party '${entry.party}'`);
    if (seenParties.has(entry.party)) return problem(`${field}.party`, `${entry.party} appears twice`);
    seenParties.add(entry.party);
    if (entry.chiefsOffice.party !== entry.party)
      return problem(`${field}.chiefsOffice`, `the chiefs' office must be one of ${entry.party}'s`);
    const members = entry.people.filter((person) => person.role === 'member');
    if (members.length !== 1)
      return problem(
        `${field}.member`,
        `each party has exactly one member (${entry.party} has ${members.length})`,
      );
    for (const person of entry.people) {
      if (person.party !== entry.party)
        return problem(field, `${person.label} is of ${person.party}, not ${entry.party}`);
      if (seenPeople.has(person.personId))
        return problem(field, `${person.label} has more than one place on the committee`);
      seenPeople.add(person.personId);
      participants.push({ personId: person.personId, party: entry.party, role: person.role });
    }
  }

  const vocabularies = [...seenParties].map((party) => scheme.parties.get(party));
  if (vocabularies.some((vocabulary) => !vocabulary?.nameByRank.has(proposal.workingLevel)))
    return problem('workingLevel', 'every party of the committee must have a word for its working level');

  const topics = new Set<string>();
  const reservedMatters: ReservedMatter[] = [];
  for (const [index, matter] of proposal.reservedMatters.entries()) {
    const field = `reservedMatters.${index}`;
    const topic = matter.topic.trim();
    const body = matter.body.trim();
    if (topic === '' || topic.length > 200)
      return problem(`${field}.topic`, 'a topic of 1 to 200 characters');
    if (body === '' || body.length > 200)
      return problem(`${field}.body`, 'name the body the matter belongs to (1 to 200 characters)');
    if (topics.has(topic.toLowerCase())) return problem(`${field}.topic`, `'${topic}' appears twice`);
    topics.add(topic.toLowerCase());
    const terms = [...new Set(matter.terms.map((term) => term.trim().replace(/\s+/g, ' ').toLowerCase()))];
    if (terms.length === 0 || terms.length > MAX_TERMS)
      return problem(`${field}.terms`, `1 to ${MAX_TERMS} terms`);
    for (const [at, term] of terms.entries()) {
      if (term.length < 2 || term.length > 100 || !/[\p{L}\p{N}]/u.test(term))
        return problem(`${field}.terms.${at}`, 'a term is a word or phrase of 2 to 100 characters');
    }
    reservedMatters.push({ topic, body, terms });
  }

  return succeed({
    name,
    remit,
    powers: proposal.powers,
    place: proposal.place.trim(),
    workingLevel: proposal.workingLevel,
    parties: proposal.parties.map((entry) => ({ party: entry.party, chiefsOfficeId: entry.chiefsOffice.id })),
    participants,
    reservedMatters,
  });
}

function isPowers(value: string): value is CommitteePowers {
  return (COMMITTEE_POWERS as readonly string[]).includes(value);
}

/**
 * The lowest classified level every party has a word for (SECRET in 1944: the Soviet scale has no
 * CONFIDENTIAL), used as a new committee's working level unless the charter names one.
 */
export function defaultWorkingLevel(
  scheme: ClassificationScheme,
  parties: readonly PartyCode[],
): number | undefined {
  const ranks = scheme.scale.map((level) => level.rank).filter((rank) => rank > 0);
  return ranks.find((rank) => parties.every((party) => scheme.parties.get(party)?.nameByRank.has(rank)));
}

/**
 * Who approves a proposed charter for each party: the party's member under the charter in force, or,
 * for a party new to the committee (and for a first charter), its member under the proposal.
 */
export function charterApprovers(inForce: Charter | undefined, proposed: Charter): Map<PartyCode, PersonId> {
  const approvers = new Map<PartyCode, PersonId>();
  const parties = [...new Set([...(inForce ? partiesOf(inForce) : []), ...partiesOf(proposed)])];
  for (const party of parties) {
    const approver = (inForce && memberOf(inForce, party)) ?? memberOf(proposed, party);
    if (approver !== undefined) approvers.set(party, approver);
  }
  return approvers;
}

/** The party a person approves a charter for; refused if they approve for none, or have already. */
export function checkCharterApproval(
  approvers: ReadonlyMap<PartyCode, PersonId>,
  approvals: ReadonlyMap<PartyCode, PersonId>,
  personId: PersonId,
): Result<PartyCode, CommitteeErrorCode> {
  const party = [...approvers].find(([, approver]) => approver === personId)?.[0];
  if (party === undefined)
    return fail('COMMITTEE_NOT_PERMITTED', "only a party's member on the committee approves its charter");
  if (approvals.has(party))
    return fail('COMMITTEE_STATE_CONFLICT', `${party} has already approved this charter`);
  return succeed(party);
}

/** A charter comes into force when every party's approver has approved it. */
export function isCharterApproved(
  approvers: ReadonlyMap<PartyCode, PersonId>,
  approvals: ReadonlyMap<PartyCode, PersonId>,
): boolean {
  return [...approvers].every(([party, approver]) => approvals.get(party) === approver);
}

/** What a new charter changes, one line per change, for the parties approving it. */
export function describeCharterChanges(
  before: Charter | undefined,
  after: Charter,
  nameOf: (personId: PersonId) => string,
): string[] {
  if (!before) return ['first charter'];
  const changes: string[] = [];
  if (before.name !== after.name) changes.push(`name: "${before.name}" becomes "${after.name}"`);
  if (before.remit !== after.remit) changes.push('remit changed');
  if (before.place !== after.place) changes.push(`place: "${before.place}" becomes "${after.place}"`);
  if (before.workingLevel !== after.workingLevel) changes.push('working level changed');
  const key = (entry: CharterParticipant) => `${entry.personId}/${entry.role}`;
  const was = new Map(before.participants.map((entry) => [key(entry), entry]));
  const is = new Map(after.participants.map((entry) => [key(entry), entry]));
  for (const [id, entry] of is)
    if (!was.has(id)) changes.push(`adds ${nameOf(entry.personId)} as ${entry.role} for ${entry.party}`);
  for (const [id, entry] of was)
    if (!is.has(id)) changes.push(`removes ${nameOf(entry.personId)} as ${entry.role} for ${entry.party}`);
  const parties = new Set(partiesOf(after));
  for (const party of partiesOf(before)) if (!parties.has(party)) changes.push(`removes party ${party}`);
  for (const party of parties) if (!partiesOf(before).includes(party)) changes.push(`adds party ${party}`);
  for (const entry of after.parties) {
    const old = before.parties.find((other) => other.party === entry.party);
    if (old && old.chiefsOfficeId !== entry.chiefsOfficeId)
      changes.push(`${entry.party}: chiefs' office changed`);
  }
  const matters = new Map(before.reservedMatters.map((matter) => [matter.topic, matter]));
  for (const matter of after.reservedMatters) {
    const old = matters.get(matter.topic);
    if (!old) changes.push(`reserves "${matter.topic}" to ${matter.body}`);
    else {
      if (old.body !== matter.body)
        changes.push(`"${matter.topic}" now belongs to ${matter.body}, not ${old.body}`);
      const added = matter.terms.filter((term) => !old.terms.includes(term));
      const removed = old.terms.filter((term) => !matter.terms.includes(term));
      if (added.length > 0)
        changes.push(`"${matter.topic}": adds terms ${added.map((t) => `"${t}"`).join(', ')}`);
      if (removed.length > 0)
        changes.push(`"${matter.topic}": removes terms ${removed.map((t) => `"${t}"`).join(', ')}`);
    }
    matters.delete(matter.topic);
  }
  for (const matter of matters.values()) changes.push(`no longer reserves "${matter.topic}"`);
  return changes;
}
