import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { succeed, type Result } from '../result.js';
import { COMMITTEE_POWERS, COMMITTEE_ROLES, type CommitteeErrorCode } from './committee.js';
import {
  COMMITTEE_TEXT_KINDS,
  MINUTES_STATES,
  PROPOSAL_STATES,
  RECOMMENDATION_STATES,
  VERSION_KINDS,
} from './committee-text.js';
import { amendText, startNegotiation } from './negotiated-text.js';
import {
  RECOMMENDATION_RESPONSES,
  concurIn,
  recommendationStatus,
  respondTo,
  type Recommendation,
} from './recommendation.js';

const PARTIES = ['SUN', 'USA', 'GBR'] as const;
const DECISION = /decid|decision|binding|resolv|order/i;

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    kind: fc.constant('concur' as const),
    party: fc.constantFrom(...PARTIES),
    version: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({ kind: fc.constant('amend' as const), base: fc.integer({ min: 1, max: 4 }) }),
  fc.record({
    kind: fc.constant('respond' as const),
    party: fc.constantFrom(...PARTIES, 'FRA'),
    response: fc.constantFrom(...RECOMMENDATION_RESPONSES, 'decided', 'binding', 'adopted', ''),
    comment: fc.constantFrom('Approved.', '', 'Noted; to be considered.'),
  }),
);

type Operation =
  | { readonly kind: 'concur'; readonly party: string; readonly version: number }
  | { readonly kind: 'amend'; readonly base: number }
  | { readonly kind: 'respond'; readonly party: string; readonly response: string; readonly comment: string };

function apply(recommendation: Recommendation, op: Operation): Result<Recommendation, CommitteeErrorCode> {
  switch (op.kind) {
    case 'concur':
      return concurIn(recommendation, op.party, op.version);
    case 'amend': {
      const negotiation = amendText(recommendation.negotiation, op.base);
      return negotiation.ok ? succeed({ ...recommendation, negotiation: negotiation.value }) : negotiation;
    }
    case 'respond':
      return respondTo(recommendation, op.party, op.response, op.comment);
  }
}

describe('recommendations, never decisions', () => {
  it('no sequence of operations reaches a decided or binding state (property)', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 50 }), (operations) => {
        let recommendation: Recommendation = { negotiation: startNegotiation(PARTIES), responses: new Map() };
        for (const op of operations) {
          const next = apply(recommendation, op);
          if (next.ok) recommendation = next.value;
          const status = recommendationStatus(recommendation);
          if (!(RECOMMENDATION_STATES as readonly string[]).includes(status) || DECISION.test(status))
            return false;
          for (const response of recommendation.responses.values())
            if (!(RECOMMENDATION_RESPONSES as readonly string[]).includes(response.response)) return false;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it('is adopted only by consensus of every member, and answered only after adoption (property)', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 50 }), (operations) => {
        let recommendation: Recommendation = { negotiation: startNegotiation(PARTIES), responses: new Map() };
        for (const op of operations) {
          const wasAdopted = recommendation.negotiation.state === 'agreed';
          const next = apply(recommendation, op);
          if (next.ok && op.kind === 'respond' && !wasAdopted) return false;
          if (next.ok) recommendation = next.value;
          const adopted = recommendation.negotiation.state === 'agreed';
          const everyone = PARTIES.every(
            (party) => recommendation.negotiation.consents.get(party) === recommendation.negotiation.version,
          );
          if (adopted !== everyone) return false;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it('each party’s chiefs respond once, for their own party, with a comment', () => {
    let recommendation: Recommendation = { negotiation: startNegotiation(PARTIES), responses: new Map() };
    expect(respondTo(recommendation, 'USA', 'approved', 'Yes.')).toMatchObject({
      code: 'COMMITTEE_STATE_CONFLICT',
    });
    for (const party of PARTIES) {
      const next = concurIn(recommendation, party, 1);
      if (next.ok) recommendation = next.value;
    }
    expect(recommendationStatus(recommendation)).toBe('adopted');
    expect(respondTo(recommendation, 'USA', 'decided', 'Yes.')).toMatchObject({
      code: 'COMMITTEE_INVALID',
      field: 'response',
    });
    expect(respondTo(recommendation, 'USA', 'approved', ' ')).toMatchObject({
      code: 'COMMITTEE_INVALID',
      field: 'comment',
    });
    expect(respondTo(recommendation, 'FRA', 'approved', 'Oui.')).toMatchObject({
      code: 'COMMITTEE_NOT_PERMITTED',
    });
    for (const [party, response] of [
      ['USA', 'approved'],
      ['GBR', 'approved-with-changes'],
      ['SUN', 'declined'],
    ] as const) {
      const next = respondTo(recommendation, party, response, 'A comment.');
      expect(next.ok).toBe(true);
      if (next.ok) recommendation = next.value;
    }
    expect(respondTo(recommendation, 'USA', 'noted', 'Again.')).toMatchObject({
      code: 'COMMITTEE_STATE_CONFLICT',
    });
    expect(recommendationStatus(recommendation)).toBe('answered');
  });

  it('no enumeration of the committee has a value for a decision', () => {
    const values = [
      ...COMMITTEE_POWERS,
      ...COMMITTEE_ROLES,
      ...COMMITTEE_TEXT_KINDS,
      ...VERSION_KINDS,
      ...MINUTES_STATES,
      ...RECOMMENDATION_STATES,
      ...PROPOSAL_STATES,
      ...RECOMMENDATION_RESPONSES,
    ];
    expect(values.filter((value) => DECISION.test(value))).toEqual([]);
    expect(COMMITTEE_POWERS).toEqual(['advisory']);
  });
});
