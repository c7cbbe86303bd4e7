/**
 * A text the parties negotiate: minutes each party approves, a recommendation the members adopt by
 * consensus, a proposal the parties agree. One rule for all three, so that they cannot drift: the text
 * has numbered versions; each party consents to a version; a new version (an amendment) clears every
 * consent; the text is agreed exactly when every party has consented to the current version.
 */
import type { PartyCode } from '../marking/scheme.js';
import { fail, succeed, type Result } from '../result.js';
import type { CommitteeErrorCode } from './committee.js';

export type NegotiationState = 'open' | 'agreed';

export interface Negotiation {
  /** The parties whose consent is needed (the committee's parties). */
  readonly parties: readonly PartyCode[];
  /** The current version, from 1. */
  readonly version: number;
  /** Party -> the version it consented to (only the current version counts). */
  readonly consents: ReadonlyMap<PartyCode, number>;
  readonly state: NegotiationState;
}

export function startNegotiation(parties: readonly PartyCode[]): Negotiation {
  return { parties: [...parties], version: 1, consents: new Map(), state: 'open' };
}

/** Every party has consented to the current version. */
export function isAgreed(negotiation: Pick<Negotiation, 'parties' | 'version' | 'consents'>): boolean {
  return (
    negotiation.parties.length > 0 &&
    negotiation.parties.every((party) => negotiation.consents.get(party) === negotiation.version)
  );
}

/** The parties yet to consent to the current version. */
export function awaitingConsent(negotiation: Negotiation): PartyCode[] {
  if (negotiation.state === 'agreed') return [];
  return negotiation.parties.filter((party) => negotiation.consents.get(party) !== negotiation.version);
}

/** A new version on top of `baseVersion`: refused once agreed or when the base is stale; clears consents. */
export function amendText(
  negotiation: Negotiation,
  baseVersion: number,
): Result<Negotiation, CommitteeErrorCode> {
  if (negotiation.state === 'agreed')
    return fail('COMMITTEE_STATE_CONFLICT', 'the text is agreed: it can no longer be amended');
  if (baseVersion !== negotiation.version)
    return fail(
      'COMMITTEE_STALE_VERSION',
      `version: the text is at version ${negotiation.version}, not ${baseVersion}; read it again before amending`,
      { field: 'version' },
    );
  return succeed({ ...negotiation, version: negotiation.version + 1, consents: new Map() });
}

/** A party consents to a version; the text is agreed when that completes every party's consent. */
export function consentTo(
  negotiation: Negotiation,
  party: PartyCode,
  version: number,
): Result<Negotiation, CommitteeErrorCode> {
  if (negotiation.state === 'agreed')
    return fail('COMMITTEE_STATE_CONFLICT', 'every party has already agreed the text');
  if (!negotiation.parties.includes(party))
    return fail('COMMITTEE_NOT_PERMITTED', `${party} is not a party to this text`);
  if (version !== negotiation.version)
    return fail(
      'COMMITTEE_STALE_VERSION',
      `version: the text is at version ${negotiation.version}, not ${version}; read the current version first`,
      { field: 'version' },
    );
  if (negotiation.consents.get(party) === version)
    return fail('COMMITTEE_STATE_CONFLICT', `${party} has already agreed version ${version}`);
  const consents = new Map(negotiation.consents);
  consents.set(party, version);
  const next = { ...negotiation, consents };
  return succeed({ ...next, state: isAgreed(next) ? 'agreed' : 'open' });
}
