import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amendText,
  awaitingConsent,
  consentTo,
  isAgreed,
  startNegotiation,
  type Negotiation,
} from './negotiated-text.js';

const PARTIES = ['SUN', 'USA', 'GBR'] as const;

type Operation =
  | { readonly kind: 'consent'; readonly party: string; readonly version: number }
  | { readonly kind: 'amend'; readonly base: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    kind: fc.constant('consent' as const),
    party: fc.constantFrom(...PARTIES, 'FRA'),
    version: fc.integer({ min: 0, max: 6 }),
  }),
  fc.record({ kind: fc.constant('amend' as const), base: fc.integer({ min: 0, max: 6 }) }),
);

/** Runs operations, keeping the state of each successful one. */
function run(operations: readonly Operation[]): { states: Negotiation[]; outcomes: boolean[] } {
  let state = startNegotiation(PARTIES);
  const states = [state];
  const outcomes: boolean[] = [];
  for (const op of operations) {
    const result = op.kind === 'consent' ? consentTo(state, op.party, op.version) : amendText(state, op.base);
    outcomes.push(result.ok);
    if (result.ok) state = result.value;
    states.push(state);
  }
  return { states, outcomes };
}

describe('a negotiated text', () => {
  it('is agreed exactly when every party has consented to the current version (property)', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        for (const state of run(operations).states) {
          const everyone = PARTIES.every((party) => state.consents.get(party) === state.version);
          if ((state.state === 'agreed') !== everyone) return false;
          if (isAgreed(state) !== everyone) return false;
          if (state.state === 'open' && awaitingConsent(state).length === 0) return false;
        }
        return true;
      }),
    );
  });

  it('any amendment clears every consent and moves to the next version (property)', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        const { states, outcomes } = run(operations);
        return operations.every((op, index) => {
          if (op.kind !== 'amend' || !outcomes[index]) return true;
          const before = states[index] as Negotiation;
          const after = states[index + 1] as Negotiation;
          return after.version === before.version + 1 && after.consents.size === 0 && after.state === 'open';
        });
      }),
    );
  });

  it('once agreed, nothing changes it (property)', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        const { states, outcomes } = run(operations);
        const agreedAt = states.findIndex((state) => state.state === 'agreed');
        if (agreedAt === -1) return true;
        return outcomes.slice(agreedAt).every((ok) => !ok);
      }),
    );
  });

  it('refuses a stale version, a party not to it, and consenting twice', () => {
    const start = startNegotiation(PARTIES);
    expect(consentTo(start, 'USA', 2)).toMatchObject({ code: 'COMMITTEE_STALE_VERSION', field: 'version' });
    expect(consentTo(start, 'FRA', 1)).toMatchObject({ code: 'COMMITTEE_NOT_PERMITTED' });
    const once = consentTo(start, 'USA', 1);
    expect(once.ok && consentTo(once.value, 'USA', 1)).toMatchObject({ code: 'COMMITTEE_STATE_CONFLICT' });
    expect(amendText(start, 0)).toMatchObject({ code: 'COMMITTEE_STALE_VERSION' });
  });

  it('two parties of three is not agreement', () => {
    let state = startNegotiation(PARTIES);
    for (const party of ['SUN', 'USA']) {
      const next = consentTo(state, party, 1);
      if (next.ok) state = next.value;
    }
    expect(state.state).toBe('open');
    expect(awaitingConsent(state)).toEqual(['GBR']);
  });
});
