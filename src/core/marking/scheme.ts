/**
 * The classification scheme: the shared scale of levels, each party's own names for those levels, and
 * the need-to-know compartments. It is data (see data/scheme-1944.json), validated here once, so that
 * the equivalence between "MOST SECRET", "TOP SECRET" and "СОВЕРШЕННО СЕКРЕТНО" is never written in code.
 */
import { fail, succeed, type Result } from '../result.js';

export type PartyCode = string;

export interface SchemeData {
  readonly scale: readonly { readonly rank: number; readonly name: string }[];
  readonly parties: readonly {
    readonly code: string;
    readonly name: string;
    readonly levels: Readonly<Partial<Record<string, number>>>;
  }[];
  readonly compartments: readonly {
    readonly name: string;
    readonly owner: string;
    readonly description?: string;
  }[];
}

export interface PartyVocabulary {
  readonly code: PartyCode;
  readonly name: string;
  /** Level name in this party's words -> rank on the shared scale. */
  readonly rankByName: ReadonlyMap<string, number>;
  /** Rank on the shared scale -> this party's word for it (absent where the party has none). */
  readonly nameByRank: ReadonlyMap<number, string>;
}

export interface Compartment {
  readonly name: string;
  readonly owner: PartyCode;
  readonly description: string;
}

export interface ClassificationScheme {
  readonly scale: readonly { readonly rank: number; readonly name: string }[];
  readonly parties: ReadonlyMap<PartyCode, PartyVocabulary>;
  readonly compartments: ReadonlyMap<string, Compartment>;
  /** Level name -> parties using it, with the rank each gives it. */
  readonly levelNames: ReadonlyMap<string, readonly { party: PartyCode; rank: number }[]>;
}

const PARTY_CODE = /^[A-Z]{3}$/;
const COMPARTMENT_NAME = /^[A-Z][A-Z0-9-]{1,31}$/;
const LEVEL_NAME = /^[\p{Lu}][\p{Lu} ]*[\p{Lu}]$/u;
/** Words the banner grammar reserves; a compartment or party may not be named after one. */
const RESERVED = new Set(['REL', 'TO', 'NOFORN', 'ORCON', 'PERSONAL', 'FOR', 'EMBARGO', 'UNTIL', 'AGREED']);

export type SchemeErrorCode = 'SCHEME_INVALID';

export function buildScheme(data: SchemeData): Result<ClassificationScheme, SchemeErrorCode> {
  const problems: string[] = [];
  const ranks = new Set<number>();
  for (const level of data.scale) {
    if (!Number.isInteger(level.rank) || level.rank < 0)
      problems.push(`scale rank ${level.rank} is not a natural number`);
    if (ranks.has(level.rank)) problems.push(`scale rank ${level.rank} appears twice`);
    ranks.add(level.rank);
  }
  const parties = new Map<PartyCode, PartyVocabulary>();
  const levelNames = new Map<string, { party: PartyCode; rank: number }[]>();
  for (const party of data.parties) {
    if (!PARTY_CODE.test(party.code))
      problems.push(`party code '${party.code}' is not three capital letters`);
    if (RESERVED.has(party.code)) problems.push(`party code '${party.code}' is a reserved word`);
    if (parties.has(party.code)) problems.push(`party '${party.code}' appears twice`);
    const rankByName = new Map<string, number>();
    const nameByRank = new Map<number, string>();
    for (const [name, rank] of Object.entries(party.levels)) {
      if (rank === undefined) continue;
      if (!LEVEL_NAME.test(name)) problems.push(`level name '${name}' of ${party.code} is not in capitals`);
      if (name.includes('/') || name.includes(','))
        problems.push(`level name '${name}' of ${party.code} has a separator`);
      if (!ranks.has(rank))
        problems.push(`level '${name}' of ${party.code} maps to rank ${rank}, not on the scale`);
      if (nameByRank.has(rank)) problems.push(`${party.code} names rank ${rank} twice`);
      rankByName.set(name, rank);
      nameByRank.set(rank, name);
      const users = levelNames.get(name) ?? [];
      users.push({ party: party.code, rank });
      levelNames.set(name, users);
    }
    parties.set(party.code, { code: party.code, name: party.name, rankByName, nameByRank });
  }
  const compartments = new Map<string, Compartment>();
  for (const compartment of data.compartments) {
    if (!COMPARTMENT_NAME.test(compartment.name))
      problems.push(`compartment '${compartment.name}' is not a capitalised word`);
    if (RESERVED.has(compartment.name)) problems.push(`compartment '${compartment.name}' is a reserved word`);
    if (parties.has(compartment.name))
      problems.push(`compartment '${compartment.name}' clashes with a party code`);
    if (!parties.has(compartment.owner))
      problems.push(`compartment '${compartment.name}' is owned by unknown party '${compartment.owner}'`);
    if (compartments.has(compartment.name)) problems.push(`compartment '${compartment.name}' appears twice`);
    compartments.set(compartment.name, {
      name: compartment.name,
      owner: compartment.owner,
      description: compartment.description ?? '',
    });
  }
  for (const [name, users] of levelNames) {
    if (compartments.has(name)) problems.push(`level name '${name}' clashes with a compartment`);
    if (new Set(users.map((user) => user.rank)).size > 1) {
      // The same word at two ranks would make a bare banner ambiguous.
      problems.push(`level name '${name}' means different ranks for ${users.map((u) => u.party).join(', ')}`);
    }
  }
  if (problems.length > 0)
    return fail('SCHEME_INVALID', `classification scheme is invalid: ${problems.join('; ')}`);
  return succeed({
    scale: [...data.scale].sort((a, b) => a.rank - b.rank),
    parties,
    compartments,
    levelNames,
  });
}

/** The shared-scale name of a rank ("TOP SECRET" for 3), for messages and cross-party display. */
export function nameOfRank(scheme: ClassificationScheme, rank: number): string {
  return scheme.scale.find((level) => level.rank === rank)?.name ?? `rank ${rank}`;
}
