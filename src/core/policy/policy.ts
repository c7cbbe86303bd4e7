/**
 * The one policy module: who may read a document, and why. Every read path in Liaison asks this module
 * (lists and search through `readScope`, single documents through `decideRead`), and the database
 * enforces the same rules again with row-level security, so that a bug in one layer is caught by the other.
 *
 * A person may read a document only if all hold (DESIGN.md, "Access rules"):
 *   1. clearance level >= document level (on the shared scale);
 *   2. read into every compartment of the document;
 *   3. their party is the originator or is releasable (REL TO; NOFORN: originator only);
 *   4. PERSONAL FOR lists, if any, name them (the originator's drafter and registry excepted);
 *   5. an EMBARGO UNTIL AGREED document is visible only to the negotiating delegations;
 *   6. the document was disseminated to them, to their office, or to their party (its registry).
 * Before those: the person is active (not suspended). A draft is disseminated to nobody: only its drafter
 * reads it. The originator's drafter and registry always hold the record copy (rule 6). A recalled
 * document is read by them alone: every other copy became unreadable when it was recalled.
 */
import type { Marking } from '../marking/marking.js';
import { nameOfRank, type ClassificationScheme, type PartyCode } from '../marking/scheme.js';

export type PersonId = string;
export type OfficeId = string;

/** A person as the policy sees them. */
export interface Reader {
  readonly id: PersonId;
  readonly party: PartyCode;
  /** Rank on the shared scale. */
  readonly clearance: number;
  readonly compartments: ReadonlySet<string>;
  readonly offices: ReadonlySet<OfficeId>;
  /** A registry clerk of their own party's registry. */
  readonly isRegistryClerk: boolean;
  readonly active: boolean;
}

export interface Dissemination {
  readonly persons: ReadonlySet<PersonId>;
  readonly offices: ReadonlySet<OfficeId>;
  readonly parties: ReadonlySet<PartyCode>;
}

/** What the policy needs to know of a document. */
export interface AccessFacts {
  readonly originator: PartyCode;
  readonly drafterId: PersonId;
  readonly issued: boolean;
  /** Recalled by its originator: only the drafter and the originator's registry still read it. */
  readonly recalled: boolean;
  readonly marking: Pick<Marking, 'level' | 'compartments' | 'releasability' | 'embargoUntilAgreed'>;
  /** PERSONAL FOR, resolved to people; empty when the marking has none. */
  readonly personalFor: ReadonlySet<PersonId>;
  /** The negotiating delegations of an embargoed document. */
  readonly negotiatingOffices: ReadonlySet<OfficeId>;
  readonly disseminatedTo: Dissemination;
}

export type ReadRule =
  | 'active'
  | 'clearance'
  | 'compartments'
  | 'releasability'
  | 'personal-for'
  | 'embargo'
  | 'recalled'
  | 'dissemination';

/** How rule 6 was met. */
export type ReadGrant = 'drafter' | 'registry' | 'person' | 'office' | 'party';

export type ReadDecision =
  { readonly allowed: true; readonly via: ReadGrant } | { readonly allowed: false; readonly rule: ReadRule };

/** Rules 1-6 in order; the first that fails decides. */
export function decideRead(reader: Reader, document: AccessFacts): ReadDecision {
  if (!reader.active) return deny('active');
  const marking = document.marking;
  if (reader.clearance < marking.level) return deny('clearance');
  for (const compartment of marking.compartments) {
    if (!reader.compartments.has(compartment)) return deny('compartments');
  }
  if (!isReleasableTo(reader.party, document)) return deny('releasability');
  const isDrafter = reader.id === document.drafterId;
  const isOriginatorRegistry = reader.isRegistryClerk && reader.party === document.originator;
  if (
    document.personalFor.size > 0 &&
    !document.personalFor.has(reader.id) &&
    !isDrafter &&
    !isOriginatorRegistry
  ) {
    return deny('personal-for');
  }
  if (marking.embargoUntilAgreed && !intersects(reader.offices, document.negotiatingOffices))
    return deny('embargo');
  if (document.recalled && !isDrafter && !isOriginatorRegistry) return deny('recalled');
  const via = dissemination(reader, document, isDrafter, isOriginatorRegistry);
  return via === undefined ? deny('dissemination') : { allowed: true, via };
}

export function canRead(reader: Reader, document: AccessFacts): boolean {
  return decideRead(reader, document).allowed;
}

export function isReleasableTo(
  party: PartyCode,
  document: Pick<AccessFacts, 'originator' | 'marking'>,
): boolean {
  if (party === document.originator) return true;
  const releasability = document.marking.releasability;
  switch (releasability.kind) {
    case 'coalition':
      return true;
    case 'noforn':
      return false;
    case 'rel-to':
      return releasability.parties.includes(party);
  }
}

function dissemination(
  reader: Reader,
  document: AccessFacts,
  isDrafter: boolean,
  isOriginatorRegistry: boolean,
): ReadGrant | undefined {
  if (isDrafter) return 'drafter';
  if (!document.issued) return undefined;
  if (isOriginatorRegistry) return 'registry';
  const to = document.disseminatedTo;
  if (to.persons.has(reader.id)) return 'person';
  if (intersects(reader.offices, to.offices)) return 'office';
  if (to.parties.has(reader.party)) return 'party';
  return undefined;
}

function intersects<T>(small: ReadonlySet<T>, large: ReadonlySet<T>): boolean {
  for (const value of small) if (large.has(value)) return true;
  return false;
}

function deny(rule: ReadRule): ReadDecision {
  return { allowed: false, rule };
}

/**
 * "Why can't X read this?" in words, for security officers only (never shown to X: it would reveal
 * that the document exists).
 */
export function explainDenial(
  rule: ReadRule,
  reader: Reader,
  document: AccessFacts,
  scheme: ClassificationScheme,
): string {
  const marking = document.marking;
  switch (rule) {
    case 'active':
      return 'the person is suspended';
    case 'clearance':
      return `clearance ${nameOfRank(scheme, reader.clearance)} is below the document's ${nameOfRank(scheme, marking.level)}`;
    case 'compartments':
      return `not read into ${marking.compartments.filter((c) => !reader.compartments.has(c)).join(', ')}`;
    case 'releasability':
      return marking.releasability.kind === 'noforn'
        ? `the document is NOFORN and ${reader.party} is not its originator (${document.originator})`
        : `${reader.party} is not in the releasability list`;
    case 'personal-for':
      return 'the document is PERSONAL FOR other people';
    case 'embargo':
      return 'the document is under embargo until agreed and the person is not in a negotiating delegation';
    case 'recalled':
      return 'the originator recalled the document';
    case 'dissemination':
      return document.issued
        ? 'the document was not disseminated to the person, their office or their party'
        : 'the document is a draft, seen only by its drafter';
  }
}

/**
 * The reader's side of the audience test, as the tokens the store indexes: a document's audience
 * (see `audienceOf`) and a reader's tokens intersect exactly when rule 6 is met.
 */
export function audienceTokens(reader: Reader): string[] {
  const tokens = [`person:${reader.id}`, `party:${reader.party}`];
  for (const office of reader.offices) tokens.push(`office:${office}`);
  if (reader.isRegistryClerk) tokens.push(`registry:${reader.party}`);
  return tokens;
}

export function audienceOf(
  document: Pick<AccessFacts, 'drafterId' | 'issued' | 'originator' | 'disseminatedTo'>,
): string[] {
  const tokens = [`person:${document.drafterId}`];
  if (!document.issued) return tokens;
  tokens.push(`registry:${document.originator}`);
  for (const person of document.disseminatedTo.persons) tokens.push(`person:${person}`);
  for (const office of document.disseminatedTo.offices) tokens.push(`office:${office}`);
  for (const party of document.disseminatedTo.parties) tokens.push(`party:${party}`);
  return tokens;
}

/** The parameters of the reader's filter for lists and search; the store turns them into SQL. */
export interface ReadScope {
  readonly personId: PersonId;
  readonly party: PartyCode;
  readonly clearance: number;
  readonly compartments: readonly string[];
  readonly offices: readonly OfficeId[];
  readonly isRegistryClerk: boolean;
  readonly audience: readonly string[];
}

/** Undefined for a suspended person: they read nothing. */
export function readScope(reader: Reader): ReadScope | undefined {
  if (!reader.active) return undefined;
  return {
    personId: reader.id,
    party: reader.party,
    clearance: reader.clearance,
    compartments: [...reader.compartments].sort(),
    offices: [...reader.offices].sort(),
    isRegistryClerk: reader.isRegistryClerk,
    audience: audienceTokens(reader),
  };
}
