/**
 * Who a committee concerns, and how its marked business is read. A committee exists for its
 * participants (members, advisers, secretaries, interpreters), for each party's chiefs (to whom it
 * recommends), and for whoever proposed it until its first charter is in force; for anyone else it does
 * not exist. Its marked business
 * (agenda items, meetings) is read through the policy module like a document held by the parties'
 * delegations, so every rule of DESIGN.md applies to it unchanged.
 */
import type { Marking } from '../marking/marking.js';
import type { PartyCode } from '../marking/scheme.js';
import type { AccessFacts, OfficeId, PersonId, Reader } from '../policy/policy.js';
import { participantOf, type Charter, type CommitteeRole } from './committee.js';

export type CommitteeStanding = CommitteeRole | 'chief' | 'proposer';

/**
 * The reader's standing with a committee, or undefined when it concerns them not at all. A chief is
 * someone in a party's chiefs' office who sits for that party (their own).
 */
export function standingOf(
  reader: Reader,
  charter: Pick<Charter, 'participants' | 'parties'>,
  proposerId: PersonId | undefined,
): CommitteeStanding | undefined {
  if (!reader.active) return undefined;
  const participant = participantOf(charter, reader.id);
  if (participant) return participant.role;
  const chiefs = charter.parties.find((entry) => entry.party === reader.party)?.chiefsOfficeId;
  if (chiefs !== undefined && reader.offices.has(chiefs)) return 'chief';
  if (reader.id === proposerId) return 'proposer';
  return undefined;
}

export function isParticipant(standing: CommitteeStanding | undefined): standing is CommitteeRole {
  return (
    standing === 'member' || standing === 'adviser' || standing === 'secretary' || standing === 'interpreter'
  );
}

/** Committee business as the policy module sees it: issued by its author, held by the delegations. */
export function businessFacts(business: {
  readonly originator: PartyCode;
  readonly authorId: PersonId;
  readonly marking: Marking;
  readonly delegationOffices: readonly OfficeId[];
}): AccessFacts {
  return {
    originator: business.originator,
    drafterId: business.authorId,
    issued: true,
    recalled: false,
    marking: business.marking,
    personalFor: new Set(),
    negotiatingOffices: new Set(),
    disseminatedTo: { persons: new Set(), offices: new Set(business.delegationOffices), parties: new Set() },
  };
}
