/**
 * A security marking: level on the shared scale, need-to-know compartments, releasability and
 * dissemination controls. One value, one canonical banner line (see marking.render.ts).
 */
import type { PartyCode } from './scheme.js';

export type Releasability =
  /** No REL TO line: releasable to every party of the coalition (dissemination still decides who holds it). */
  | { readonly kind: 'coalition' }
  /** REL TO: only the listed parties (and the originator). */
  | { readonly kind: 'rel-to'; readonly parties: readonly PartyCode[] }
  /** NOFORN: the originating party only. */
  | { readonly kind: 'noforn' };

export interface Marking {
  /** Rank on the shared scale. */
  readonly level: number;
  /** The party whose words name the level in the banner (normally the originator). */
  readonly vocabulary: PartyCode;
  /** Sorted, without repeats. */
  readonly compartments: readonly string[];
  readonly releasability: Releasability;
  /** Originator controlled: only the originator may disseminate further. */
  readonly orcon: boolean;
  /** PERSONAL FOR: banner names of the only people who may read (sorted); empty when absent. */
  readonly personalFor: readonly string[];
  /** Visible only to the negotiating delegations until all parties agree. */
  readonly embargoUntilAgreed: boolean;
}

export const COALITION: Releasability = Object.freeze({ kind: 'coalition' });

/** Builds a marking with canonical ordering of its lists, so that equal markings compare equal. */
export function buildMarking(fields: {
  level: number;
  vocabulary: PartyCode;
  compartments?: readonly string[];
  releasability?: Releasability;
  orcon?: boolean;
  personalFor?: readonly string[];
  embargoUntilAgreed?: boolean;
}): Marking {
  const releasability = fields.releasability ?? COALITION;
  return {
    level: fields.level,
    vocabulary: fields.vocabulary,
    compartments: uniqueSorted(fields.compartments ?? []),
    releasability:
      releasability.kind === 'rel-to'
        ? { kind: 'rel-to', parties: orderParties(releasability.parties, fields.vocabulary) }
        : releasability,
    orcon: fields.orcon ?? false,
    personalFor: uniqueSorted(fields.personalFor ?? []),
    embargoUntilAgreed: fields.embargoUntilAgreed ?? false,
  };
}

/** REL TO order: the vocabulary's party first, then the others alphabetically (as CAPCO puts USA first). */
export function orderParties(parties: readonly PartyCode[], first: PartyCode): PartyCode[] {
  const rest = uniqueSorted(parties.filter((party) => party !== first));
  return parties.includes(first) ? [first, ...rest] : rest;
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

/** The parties whose people may read under rule 3, or 'all' for coalition releasability. */
export function releasableParties(marking: Marking, originator: PartyCode): ReadonlySet<PartyCode> | 'all' {
  switch (marking.releasability.kind) {
    case 'coalition':
      return 'all';
    case 'noforn':
      return new Set([originator]);
    case 'rel-to':
      return new Set([originator, ...marking.releasability.parties]);
  }
}
