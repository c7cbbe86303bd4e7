/**
 * Loads a committee for the person acting, with their standing in it. Row-level security has already
 * hidden a committee that does not concern them; the core decides again (standingOf), and a committee
 * that does not concern them is one answer whether it exists or not: 404. A use case that changes the
 * committee's business loads it `forChange`, taking its lock first.
 */
import { memberOf, partiesOf, type Charter, type CommitteeRole } from '../../core/committee/committee.js';
import { isParticipant, standingOf, type CommitteeStanding } from '../../core/committee/committee.access.js';
import { toReader } from '../../core/person/person.js';
import type { Reader } from '../../core/policy/policy.js';
import { fail, succeed } from '../../core/result.js';
import {
  findCommittee,
  lockCommittee,
  type CharterVersion,
  type CommitteeRecord,
} from '../../db/committee.repository.js';
import { findPeopleByIds } from '../../db/person.repository.js';
import type { AppContext } from '../context.js';
import type { AppResult } from '../errors.js';
import { isUuid } from '../documents/prepare-draft.js';
import type { Actor } from '../with-actor.js';

export const COMMITTEE_NOT_FOUND = 'no such committee';

export interface LoadedCommittee {
  readonly record: CommitteeRecord;
  /** The charter in force, or the first one while it awaits approval. */
  readonly governing: CharterVersion;
  readonly charter: Charter;
  readonly inForce: boolean;
  /** A version awaiting approval (the first one, or a proposed change). */
  readonly pending: CharterVersion | undefined;
  readonly standing: CommitteeStanding;
  /** Each party's delegation office (empty until the first charter is in force). */
  readonly delegationOffices: readonly string[];
}

export async function loadCommittee(
  ctx: AppContext,
  actor: Actor,
  committeeId: string,
  options: { readonly forChange?: boolean } = {},
): Promise<AppResult<LoadedCommittee>> {
  // A change takes the committee's lock before reading its state, so it reads what the last change left.
  if (options.forChange && isUuid(committeeId)) await lockCommittee(actor.sql, committeeId);
  const record = isUuid(committeeId) ? await findCommittee(actor.sql, committeeId) : undefined;
  if (!record) return fail('NOT_FOUND', COMMITTEE_NOT_FOUND);
  const governing = record.versions.find((version) => version.version === (record.charterVersion || 1));
  if (!governing)
    throw new Error(`committee ${committeeId} has no charter version ${record.charterVersion || 1}`);
  // Its proposer is concerned by a committee while its first charter awaits approval; after that, only by
  // a place in it.
  const standing = standingOf(
    actor.reader,
    governing.charter,
    record.charterVersion === 0 ? record.createdBy : undefined,
  );
  if (standing === undefined) {
    ctx.logger.error(
      { event: 'policy-disagreement', committeeId, personId: actor.person.id },
      'row-level security returned a committee that does not concern the person',
    );
    return fail('NOT_FOUND', COMMITTEE_NOT_FOUND);
  }
  return succeed({
    record,
    governing,
    charter: governing.charter,
    inForce: record.charterVersion > 0,
    pending: record.versions.find((version) => version.status === 'awaiting-approval'),
    standing,
    delegationOffices: [...record.delegations.values()],
  });
}

/** The committee's business is its participants': anyone else it concerns gets 403. */
export function requireParticipant(committee: LoadedCommittee, what: string): AppResult<CommitteeRole> {
  if (!isParticipant(committee.standing))
    return fail('COMMITTEE_NOT_PERMITTED', `only the committee's members and staff ${what}`);
  return succeed(committee.standing);
}

export function requireInForce(committee: LoadedCommittee): AppResult<true> {
  return committee.inForce
    ? succeed(true)
    : fail(
        'COMMITTEE_NOT_IN_FORCE',
        'the committee has no business until every party has approved its charter',
      );
}

/** The members, one per party, as the policy module sees them (loaded afresh). */
export async function membersAsReaders(actor: Actor, charter: Charter): Promise<Reader[]> {
  const ids = partiesOf(charter).flatMap((party) => memberOf(charter, party) ?? []);
  return (await findPeopleByIds(actor.sql, ids)).map(toReader);
}

/** Short form of a committee's name for references: "Tripartite Military Committee" -> "TMC". */
export function initialsOf(name: string): string {
  const initials = name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  return initials.length >= 2 ? initials.slice(0, 10) : name.slice(0, 10).toUpperCase();
}
