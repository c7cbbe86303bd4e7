/**
 * The marking of a derived document (minutes quoting a memorandum, an answer drawing on a report): at
 * least the markings of everything it draws on. Highest level; union of compartments and controls;
 * intersection of releasability (an "any of" list can only narrow). PERSONAL FOR lists narrow too: a
 * reader must be named by every source that names readers. Lowering the result is a separate, logged
 * downgrade by the originator, never done here.
 */
import { fail, succeed, type Result } from '../result.js';
import { buildMarking, releasableParties, type Marking, type Releasability } from './marking.js';
import type { ClassificationScheme, PartyCode } from './scheme.js';

export type CombineErrorCode =
  | 'MARKING_COMBINE_NO_SOURCES'
  | 'MARKING_COMBINE_NOT_RELEASABLE_TO_ORIGINATOR'
  | 'MARKING_COMBINE_NO_PERSONAL_READER'
  | 'MARKING_LEVEL_NOT_IN_VOCABULARY';

export interface MarkedSource {
  readonly marking: Marking;
  /** The party that originated the source (it may always read its own material). */
  readonly originator: PartyCode;
}

export function combineMarkings(
  sources: readonly MarkedSource[],
  derivedBy: PartyCode,
  scheme: ClassificationScheme,
): Result<Marking, CombineErrorCode> {
  if (sources.length === 0)
    return fail('MARKING_COMBINE_NO_SOURCES', 'a derived marking needs at least one source');

  const level = Math.max(...sources.map((source) => source.marking.level));
  const compartments = sources.flatMap((source) => source.marking.compartments);

  let parties: ReadonlySet<PartyCode> | 'all' = 'all';
  for (const source of sources) {
    const allowed = releasableParties(source.marking, source.originator);
    if (allowed === 'all') continue;
    parties = parties === 'all' ? allowed : intersection(parties, allowed);
  }
  if (parties !== 'all' && !parties.has(derivedBy)) {
    return fail(
      'MARKING_COMBINE_NOT_RELEASABLE_TO_ORIGINATOR',
      `the sources together are releasable only to ${[...parties].join(', ') || 'nobody'}, not to ${derivedBy}, the derived document's originator`,
    );
  }
  let releasability: Releasability;
  if (parties === 'all') releasability = { kind: 'coalition' };
  else if (parties.size === 1) releasability = { kind: 'noforn' };
  else releasability = { kind: 'rel-to', parties: [...parties] };

  let personalFor: string[] | undefined;
  for (const source of sources) {
    if (source.marking.personalFor.length === 0) continue;
    const named = source.marking.personalFor;
    personalFor = personalFor === undefined ? [...named] : personalFor.filter((name) => named.includes(name));
  }
  if (personalFor !== undefined && personalFor.length === 0) {
    return fail(
      'MARKING_COMBINE_NO_PERSONAL_READER',
      'the sources are PERSONAL FOR different people: nobody is named by all of them',
    );
  }

  if (!scheme.parties.get(derivedBy)?.nameByRank.has(level)) {
    return fail(
      'MARKING_LEVEL_NOT_IN_VOCABULARY',
      `${derivedBy} has no level name for rank ${level}, the highest level among the sources`,
    );
  }

  return succeed(
    buildMarking({
      level,
      vocabulary: derivedBy,
      compartments,
      releasability,
      orcon: sources.some((source) => source.marking.orcon),
      personalFor: personalFor ?? [],
      embargoUntilAgreed: sources.some((source) => source.marking.embargoUntilAgreed),
    }),
  );
}

function intersection<T>(left: ReadonlySet<T>, right: ReadonlySet<T>): ReadonlySet<T> {
  const both = new Set<T>();
  for (const value of left) if (right.has(value)) both.add(value);
  return both;
}
