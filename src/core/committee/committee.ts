/**
 * The tripartite committee as the core sees it: a charter (members one per party, with advisers,
 * secretaries and interpreters; a remit; advisory powers only; reserved matters that belong to another
 * body), and the words every committee rule uses.
 *
 * Seed 002: "the committee should of course have no independent powers of decision but should discuss
 * in detail all strategical and operational matters of mutual concern and submit recommendations to
 * their respective Chiefs of Staff". So the only power a charter can name is 'advisory', and nothing in
 * this folder has a state, field or value for a decision of the committee.
 */
import type { PartyCode } from '../marking/scheme.js';
import type { OfficeId, PersonId } from '../policy/policy.js';

/** A person's place on the committee. One 'member' per party speaks for it; the others assist. */
export const COMMITTEE_ROLES = ['member', 'adviser', 'secretary', 'interpreter'] as const;
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];

/** The only powers a committee may hold: it advises the parties' chiefs and decides nothing. */
export const COMMITTEE_POWERS = ['advisory'] as const;
export type CommitteePowers = (typeof COMMITTEE_POWERS)[number];

export interface CharterParticipant {
  readonly personId: PersonId;
  readonly party: PartyCode;
  readonly role: CommitteeRole;
}

export interface CharterParty {
  readonly party: PartyCode;
  /** The office of the party's chiefs, to whom the committee's recommendations are addressed. */
  readonly chiefsOfficeId: OfficeId;
}

/** A matter that belongs to another body: items on it are referred there, not discussed. */
export interface ReservedMatter {
  readonly topic: string;
  /** The body it belongs to, e.g. "European Advisory Commission". */
  readonly body: string;
  /** Words and phrases that put an item within the matter (matched as whole words, any case). */
  readonly terms: readonly string[];
}

export interface Charter {
  readonly name: string;
  readonly remit: string;
  readonly powers: CommitteePowers;
  readonly place: string;
  /** The level (shared scale) of committee business that carries no marking of its own. */
  readonly workingLevel: number;
  readonly parties: readonly CharterParty[];
  readonly participants: readonly CharterParticipant[];
  readonly reservedMatters: readonly ReservedMatter[];
}

export const CHARTER_STATUSES = ['awaiting-approval', 'in-force', 'superseded'] as const;
export type CharterStatus = (typeof CHARTER_STATUSES)[number];

export type CommitteeErrorCode =
  /** A charter, item, text or response that breaks a rule of form (the field is named). */
  | 'COMMITTEE_INVALID'
  /** The person may see the committee but does not hold the place this needs (member, secretary, chief). */
  | 'COMMITTEE_NOT_PERMITTED'
  /** The committee's charter is not yet approved by every party. */
  | 'COMMITTEE_NOT_IN_FORCE'
  /** An item within a reserved matter is referred to its body, not discussed. */
  | 'COMMITTEE_RESERVED_MATTER'
  /** The action does not fit the present state (already approved, already answered, already agreed). */
  | 'COMMITTEE_STATE_CONFLICT'
  /** An approval or amendment names a version that is no longer the current one. */
  | 'COMMITTEE_STALE_VERSION'
  /** A paper or item that not every member may read, or that is not releasable to every party. */
  | 'COMMITTEE_NOT_SHARED'
  /** A derived marking below what its sources carry (minutes below the papers discussed). */
  | 'COMMITTEE_MARKING_BELOW_SOURCES';

/** The parties of a charter, in its order. */
export function partiesOf(charter: Pick<Charter, 'parties'>): PartyCode[] {
  return charter.parties.map((entry) => entry.party);
}

/** The person who speaks for a party on the committee. */
export function memberOf(charter: Pick<Charter, 'participants'>, party: PartyCode): PersonId | undefined {
  return charter.participants.find((entry) => entry.party === party && entry.role === 'member')?.personId;
}

/** The members, one per party. */
export function membersOf(charter: Pick<Charter, 'participants'>): CharterParticipant[] {
  return charter.participants.filter((entry) => entry.role === 'member');
}

export function participantOf(
  charter: Pick<Charter, 'participants'>,
  personId: PersonId,
): CharterParticipant | undefined {
  return charter.participants.find((entry) => entry.personId === personId);
}

/** The party a person speaks for as its member, if they are one. */
export function memberPartyOf(
  charter: Pick<Charter, 'participants'>,
  personId: PersonId,
): PartyCode | undefined {
  const entry = participantOf(charter, personId);
  return entry?.role === 'member' ? entry.party : undefined;
}
