import type { ClassificationScheme } from '../../core/marking/scheme.js';

/** A level name in a party's own words, or on the shared scale, to its rank; undefined if neither. */
export function resolveLevel(scheme: ClassificationScheme, party: string, name: string): number | undefined {
  const wanted = name.trim().toUpperCase();
  const own = scheme.parties.get(party)?.rankByName.get(wanted);
  if (own !== undefined) return own;
  const shared = scheme.scale.find((level) => level.name === wanted)?.rank;
  return shared !== undefined && scheme.parties.get(party)?.nameByRank.has(shared) ? shared : undefined;
}
