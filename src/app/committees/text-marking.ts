/**
 * The marking of a version of a negotiated text: the author's own banner, or else the one it follows
 * from (the meeting's, the previous version's, the working level), in the author's words. It must be
 * one the author may apply, releasable to every party, readable by every member (so each party can
 * consent), and, for minutes, at least the high-water mark of what the meeting discussed.
 */
import { partiesOf } from '../../core/committee/committee.js';
import {
  checkDerivedMarking,
  checkSharedWithParties,
  isReadableByAll,
} from '../../core/committee/committee-marking.js';
import { checkMarkingApplicable } from '../../core/document/document.rules.js';
import type { MarkedSource } from '../../core/marking/marking.combine.js';
import type { Marking } from '../../core/marking/marking.js';
import { fail, succeed } from '../../core/result.js';
import type { AppContext } from '../context.js';
import type { AppResult } from '../errors.js';
import type { Actor } from '../with-actor.js';
import { membersAsReaders, type LoadedCommittee } from './committee-context.js';
import { inWordsOf, parseAuthorMarking } from './committee-documents.js';

export async function resolveTextMarking(
  ctx: AppContext,
  actor: Actor,
  committee: LoadedCommittee,
  options: {
    readonly given: string | undefined;
    readonly fallback: Marking;
    readonly floor: MarkedSource | undefined;
  },
): Promise<AppResult<Marking>> {
  let marking: Marking;
  if (options.given !== undefined) {
    const parsed = await parseAuthorMarking(ctx, actor, options.given);
    if (!parsed.ok) return parsed;
    marking = parsed.value;
  } else {
    const translated = inWordsOf(ctx, options.fallback, actor.person.party);
    if (!translated.ok) return translated;
    marking = translated.value;
  }
  marking = { ...marking, embargoUntilAgreed: false };
  const applicable = checkMarkingApplicable(actor.reader, marking, ctx.scheme);
  if (!applicable.ok) return applicable;
  marking = applicable.value;
  const shared = checkSharedWithParties(marking, actor.person.party, partiesOf(committee.charter));
  if (!shared.ok) return shared;
  // Whichever party's member agrees last issues the agreed text, in their own words: every party
  // must have a word for its level (the Soviet scale of 1944 has none for CONFIDENTIAL).
  for (const party of partiesOf(committee.charter))
    if (!ctx.scheme.parties.get(party)?.nameByRank.has(marking.level))
      return fail(
        'MARKING_LEVEL_NOT_IN_VOCABULARY',
        `marking: ${party} has no word for this level, and every party must be able to issue the agreed text`,
        { field: 'marking' },
      );
  if (options.floor) {
    const high = checkDerivedMarking({ marking, originator: actor.person.party }, options.floor, ctx.scheme);
    if (!high.ok) return high;
  }
  const members = await membersAsReaders(actor, committee.charter);
  const facts = {
    originator: actor.person.party,
    drafterId: actor.person.id,
    issued: true,
    recalled: false,
    marking: { ...marking, embargoUntilAgreed: true },
    personalFor: new Set<string>(),
    negotiatingOffices: new Set(committee.delegationOffices),
    disseminatedTo: {
      persons: new Set<string>(),
      offices: new Set(committee.delegationOffices),
      parties: new Set<string>(),
    },
  };
  if (!isReadableByAll(members, facts))
    return fail(
      'COMMITTEE_NOT_SHARED',
      'marking: not every member of the committee may read a text so marked',
      {
        field: 'marking',
      },
    );
  return succeed(marking);
}
