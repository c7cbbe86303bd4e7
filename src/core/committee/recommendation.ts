/**
 * Recommendations, never decisions. The committee adopts a recommendation by consensus of its members
 * (every party's member concurs in the current version); it is then addressed to each party's chiefs,
 * and each party's chiefs record their own response. The response is the chiefs' own act for their own
 * party; nothing here lets the committee, or one party, answer for another, and no state, field or value
 * makes a recommendation binding.
 */
import type { PartyCode } from '../marking/scheme.js';
import { fail, succeed, type Result } from '../result.js';
import type { CommitteeErrorCode } from './committee.js';
import { consentTo, type Negotiation } from './negotiated-text.js';
import { textStatus, type TextStatus } from './committee-text.js';

export const RECOMMENDATION_RESPONSES = ['approved', 'approved-with-changes', 'declined', 'noted'] as const;
export type RecommendationResponse = (typeof RECOMMENDATION_RESPONSES)[number];

export interface ChiefsResponse {
  readonly response: RecommendationResponse;
  readonly comment: string;
}

export interface Recommendation {
  readonly negotiation: Negotiation;
  /** Party -> its chiefs' response. */
  readonly responses: ReadonlyMap<PartyCode, ChiefsResponse>;
}

export function recommendationStatus(recommendation: Recommendation): TextStatus {
  return textStatus('recommendation', recommendation.negotiation, recommendation.responses.size);
}

/** A member concurs for their party; the recommendation is adopted when every member has. */
export function concurIn(
  recommendation: Recommendation,
  party: PartyCode,
  version: number,
): Result<Recommendation, CommitteeErrorCode> {
  const negotiation = consentTo(recommendation.negotiation, party, version);
  return negotiation.ok ? succeed({ ...recommendation, negotiation: negotiation.value }) : negotiation;
}

export const MAX_COMMENT_LENGTH = 5000;

/** A party's chiefs respond, once, to an adopted recommendation, with a comment. */
export function respondTo(
  recommendation: Recommendation,
  party: PartyCode,
  response: string,
  comment: string,
): Result<Recommendation, CommitteeErrorCode> {
  if (!isRecommendationResponse(response))
    return fail(
      'COMMITTEE_INVALID',
      `response: one of ${RECOMMENDATION_RESPONSES.join(', ')} (the chiefs' own response; the committee decides nothing)`,
      { field: 'response' },
    );
  const text = comment.trim();
  if (text === '' || text.length > MAX_COMMENT_LENGTH)
    return fail('COMMITTEE_INVALID', `comment: the chiefs' comment, 1 to ${MAX_COMMENT_LENGTH} characters`, {
      field: 'comment',
    });
  if (recommendation.negotiation.state !== 'agreed')
    return fail('COMMITTEE_STATE_CONFLICT', 'the committee has not yet adopted this recommendation');
  if (!recommendation.negotiation.parties.includes(party))
    return fail('COMMITTEE_NOT_PERMITTED', `the recommendation is not addressed to ${party}'s chiefs`);
  if (recommendation.responses.has(party))
    return fail('COMMITTEE_STATE_CONFLICT', `${party}'s chiefs have already responded`);
  const responses = new Map(recommendation.responses);
  responses.set(party, { response, comment: text });
  return succeed({ ...recommendation, responses });
}

export function isRecommendationResponse(value: string): value is RecommendationResponse {
  return (RECOMMENDATION_RESPONSES as readonly string[]).includes(value);
}
