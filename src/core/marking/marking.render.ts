/**
 * Renders a Marking as its canonical banner line. Canonical form: level in the vocabulary's words;
 * compartments sorted, joined by `/`; releasability (`REL TO` with the vocabulary's party first, then
 * alphabetical, or `NOFORN`); then controls in the order ORCON, PERSONAL FOR, EMBARGO UNTIL AGREED.
 * `parseMarking(renderBanner(m))` gives back a marking with the same banner.
 */
import { orderParties, type Marking } from './marking.js';
import { nameOfRank, type ClassificationScheme, type PartyCode } from './scheme.js';

export function renderBanner(marking: Marking, scheme: ClassificationScheme): string {
  return (
    renderBannerIn(marking, scheme, marking.vocabulary) ??
    renderWith(marking, nameOfRank(scheme, marking.level), marking.vocabulary)
  );
}

/** The same marking in another party's words, or undefined when that party has no name for the level. */
export function renderBannerIn(
  marking: Marking,
  scheme: ClassificationScheme,
  party: PartyCode,
): string | undefined {
  const levelName = scheme.parties.get(party)?.nameByRank.get(marking.level);
  return levelName === undefined ? undefined : renderWith(marking, levelName, party);
}

function renderWith(marking: Marking, levelName: string, vocabulary: PartyCode): string {
  const segments = [levelName];
  if (marking.compartments.length > 0) segments.push(marking.compartments.join('/'));
  const releasability = marking.releasability;
  if (releasability.kind === 'rel-to')
    segments.push(`REL TO ${orderParties(releasability.parties, vocabulary).join(', ')}`);
  if (releasability.kind === 'noforn') segments.push('NOFORN');
  const controls: string[] = [];
  if (marking.orcon) controls.push('ORCON');
  if (marking.personalFor.length > 0) controls.push(`PERSONAL FOR ${marking.personalFor.join(', ')}`);
  if (marking.embargoUntilAgreed) controls.push('EMBARGO UNTIL AGREED');
  if (controls.length > 0) segments.push(controls.join('/'));
  return segments.join('//');
}
