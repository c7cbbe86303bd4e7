/**
 * Markings of committee business. What the committee discusses must be shared by every party: an
 * agenda item or a paper is releasable to every party of the committee and readable by every member.
 * A meeting is marked with the high-water mark of its papers and agenda (through combineMarkings, never
 * below the committee's working level), and the minutes are marked at least as high as the meeting.
 */
import { combineMarkings, type MarkedSource } from '../marking/marking.combine.js';
import { buildMarking, releasableParties, type Marking } from '../marking/marking.js';
import { nameOfRank, type ClassificationScheme, type PartyCode } from '../marking/scheme.js';
import { canRead, isReleasableTo, type AccessFacts, type Reader } from '../policy/policy.js';
import { fail, succeed, type Result } from '../result.js';
import type { CommitteeErrorCode } from './committee.js';

/** The marking of committee business that carries none of its own: the working level, REL TO the parties. */
export function workingMarking(level: number, vocabulary: PartyCode, parties: readonly PartyCode[]): Marking {
  return buildMarking({
    level,
    vocabulary,
    releasability: { kind: 'rel-to', parties: [vocabulary, ...parties] },
  });
}

/** An agenda item's or paper's marking must let every party of the committee hold it. */
export function checkSharedWithParties(
  marking: Marking,
  originator: PartyCode,
  parties: readonly PartyCode[],
): Result<true, CommitteeErrorCode> {
  const left = parties.filter((party) => !isReleasableTo(party, { originator, marking }));
  if (left.length > 0)
    return fail(
      'COMMITTEE_NOT_SHARED',
      `marking: committee business is releasable to every party of the committee, and this is not releasable to ${left.join(', ')}`,
      { field: 'marking' },
    );
  if (marking.personalFor.length > 0)
    return fail('COMMITTEE_NOT_SHARED', 'marking: committee business cannot be PERSONAL FOR anyone', {
      field: 'marking',
    });
  if (marking.embargoUntilAgreed)
    return fail(
      'COMMITTEE_NOT_SHARED',
      'marking: embargoed texts are negotiated as proposals, not put on the agenda or attached as papers',
      { field: 'marking' },
    );
  return succeed(true);
}

/**
 * A paper for a meeting: issued, shareable with every party, and already readable by every member (the
 * originator circulates it to them first). Which member could not read it is not said: that would tell
 * the caller about another person's access.
 */
export function checkPaper(
  paper: AccessFacts,
  marking: Marking,
  members: readonly Reader[],
  parties: readonly PartyCode[],
): Result<true, CommitteeErrorCode> {
  if (!paper.issued)
    return fail('COMMITTEE_NOT_SHARED', 'documentId: only an issued document can be a paper', {
      field: 'documentId',
    });
  const shared = checkSharedWithParties(marking, paper.originator, parties);
  if (!shared.ok)
    return { ...shared, field: 'documentId', message: shared.message.replace(/^marking/, 'documentId') };
  if (!members.every((member) => canRead(member, paper)))
    return fail(
      'COMMITTEE_NOT_SHARED',
      'documentId: not every member of the committee may read this document; its originator must circulate it to them first',
      { field: 'documentId' },
    );
  return succeed(true);
}

/** Every member may read a marking (agenda items are seen by all the members who discuss them). */
export function isReadableByAll(members: readonly Reader[], facts: AccessFacts): boolean {
  return members.every((member) => canRead(member, facts));
}

/** The meeting's marking: the high-water mark of its papers and agenda, at least the working marking. */
export function meetingMarking(
  working: MarkedSource,
  sources: readonly MarkedSource[],
  derivedBy: PartyCode,
  scheme: ClassificationScheme,
): ReturnType<typeof combineMarkings> {
  return combineMarkings([working, ...sources], derivedBy, scheme);
}

/**
 * What a derived marking lacks against its floor: a lower level, a missing compartment, a wider
 * releasability, a missing ORCON. Empty when it is at least as high.
 */
export function shortfallsAgainst(
  candidate: MarkedSource,
  floor: MarkedSource,
  scheme: ClassificationScheme,
): string[] {
  const lacks: string[] = [];
  if (candidate.marking.level < floor.marking.level)
    lacks.push(
      `level ${nameOfRank(scheme, candidate.marking.level)} is below ${nameOfRank(scheme, floor.marking.level)}`,
    );
  const missing = floor.marking.compartments.filter((name) => !candidate.marking.compartments.includes(name));
  if (missing.length > 0) lacks.push(`compartments ${missing.join(', ')} are missing`);
  const allowed = releasableParties(floor.marking, floor.originator);
  const given = releasableParties(candidate.marking, candidate.originator);
  if (allowed !== 'all') {
    const wider = given === 'all' ? ['every party'] : [...given].filter((party) => !allowed.has(party));
    if (wider.length > 0) lacks.push(`it would be releasable to ${wider.join(', ')}`);
  }
  if (floor.marking.orcon && !candidate.marking.orcon) lacks.push('ORCON is missing');
  return lacks;
}

/** The minutes' marking is at least the high-water mark of what the meeting discussed. */
export function checkDerivedMarking(
  candidate: MarkedSource,
  floor: MarkedSource,
  scheme: ClassificationScheme,
): Result<true, CommitteeErrorCode> {
  const lacks = shortfallsAgainst(candidate, floor, scheme);
  if (lacks.length === 0) return succeed(true);
  return fail(
    'COMMITTEE_MARKING_BELOW_SOURCES',
    `marking: minutes are marked at least as high as the papers and agenda discussed: ${lacks.join('; ')}`,
    { field: 'marking' },
  );
}
