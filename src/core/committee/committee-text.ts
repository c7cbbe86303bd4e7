/**
 * The committee's three kinds of negotiated text, what each is called at each stage, and who may write
 * and agree them. Minutes are drafted by a secretary and approved by every party's member; a
 * recommendation is proposed by a member and adopted by consensus of the members, then answered by each
 * party's chiefs; a proposal is submitted by one party's member, may be met by parallel submissions of
 * the others, and is agreed by every party. None of them is ever a decision of the committee.
 */
import type { PartyCode } from '../marking/scheme.js';
import { fail, succeed, type Result } from '../result.js';
import type { CommitteeErrorCode, CommitteeRole } from './committee.js';
import type { Negotiation } from './negotiated-text.js';

export const COMMITTEE_TEXT_KINDS = ['minutes', 'recommendation', 'proposal'] as const;
export type CommitteeTextKind = (typeof COMMITTEE_TEXT_KINDS)[number];

/** How a version came about. */
export const VERSION_KINDS = ['draft', 'amendment', 'submission', 'parallel-submission', 'revision'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export const MINUTES_STATES = ['awaiting-approval', 'issued'] as const;
export const RECOMMENDATION_STATES = ['proposed', 'adopted', 'answered'] as const;
export const PROPOSAL_STATES = ['under-negotiation', 'agreed'] as const;
export type TextStatus =
  (typeof MINUTES_STATES)[number] | (typeof RECOMMENDATION_STATES)[number] | (typeof PROPOSAL_STATES)[number];

/** The word for each kind's stage; a recommendation is 'answered' once every party's chiefs responded. */
export function textStatus(kind: CommitteeTextKind, negotiation: Negotiation, responded: number): TextStatus {
  const agreed = negotiation.state === 'agreed';
  switch (kind) {
    case 'minutes':
      return agreed ? 'issued' : 'awaiting-approval';
    case 'recommendation':
      if (!agreed) return 'proposed';
      return responded >= negotiation.parties.length ? 'answered' : 'adopted';
    case 'proposal':
      return agreed ? 'agreed' : 'under-negotiation';
  }
}

/** What consenting is called for each kind, in messages and the audit log. */
export function consentWord(kind: CommitteeTextKind): 'approval' | 'concurrence' | 'agreement' {
  switch (kind) {
    case 'minutes':
      return 'approval';
    case 'recommendation':
      return 'concurrence';
    case 'proposal':
      return 'agreement';
  }
}

export interface VersionFacts {
  readonly party: PartyCode;
  readonly kind: VersionKind;
}

/**
 * Whether a person in this committee role may add a version of this kind: the first version starts
 * the text, later ones amend it (or, for a proposal, are another party's parallel submission).
 */
export function checkMayWrite(
  kind: CommitteeTextKind,
  role: CommitteeRole | undefined,
  party: PartyCode,
  versionKind: VersionKind,
  existing: readonly VersionFacts[],
): Result<true, CommitteeErrorCode> {
  const first = existing.length === 0;
  const refuse = (message: string) => fail('COMMITTEE_NOT_PERMITTED', message);
  switch (kind) {
    case 'minutes':
      if (first) {
        if (versionKind !== 'draft') return invalidKind(versionKind, 'draft');
        return role === 'secretary'
          ? succeed(true)
          : refuse('minutes are drafted by a secretary of the committee');
      }
      if (versionKind !== 'amendment') return invalidKind(versionKind, 'amendment');
      return role === 'member' || role === 'secretary'
        ? succeed(true)
        : refuse("amendments to minutes are proposed by a party's member (or a secretary)");
    case 'recommendation':
      if (versionKind !== (first ? 'draft' : 'amendment'))
        return invalidKind(versionKind, first ? 'draft' : 'amendment');
      return role === 'member'
        ? succeed(true)
        : refuse('recommendations are proposed and amended by the members');
    case 'proposal':
      if (role !== 'member') return refuse("a proposal is submitted and revised by a party's member");
      if (first) return versionKind === 'submission' ? succeed(true) : invalidKind(versionKind, 'submission');
      if (versionKind === 'parallel-submission') {
        if (existing.some((version) => version.party === party))
          return fail(
            'COMMITTEE_STATE_CONFLICT',
            `${party} has already submitted to this matter: revise it instead of submitting again`,
          );
        return succeed(true);
      }
      return versionKind === 'revision'
        ? succeed(true)
        : invalidKind(versionKind, 'revision or parallel-submission');
  }
}

function invalidKind(given: VersionKind, expected: string): Result<never, CommitteeErrorCode> {
  return fail('COMMITTEE_INVALID', `kind: this version must be a ${expected}, not a ${given}`, {
    field: 'kind',
  });
}
