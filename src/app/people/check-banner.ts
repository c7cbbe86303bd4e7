/**
 * Checks a banner line for a person: its canonical form and meaning, or what is wrong and where.
 * Compartments the person is not read into do not exist here either. Given a party, the banner is read
 * in that party's words and as that party's marking (so REL TO gains the originator, as on a draft).
 */
import { withOriginatorReleasable } from '../../core/document/document.rules.js';
import type { Marking } from '../../core/marking/marking.js';
import { parseMarking } from '../../core/marking/marking.parse.js';
import { bannerNameOf } from '../../core/person/person.js';
import { succeed } from '../../core/result.js';
import { listUsernames } from '../../db/person.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';

export function checkBanner(
  ctx: AppContext,
  caller: Caller,
  input: { banner: string; party?: string },
): Promise<AppResult<Marking>> {
  return withActor<Marking>(ctx, caller, async (actor) => {
    const usernames = await listUsernames(actor.sql);
    const parsed = parseMarking(input.banner, ctx.scheme, {
      ...(input.party === undefined ? {} : { party: input.party }),
      knownNames: new Set(usernames.map((username) => bannerNameOf({ username }))),
      visibleCompartments: new Set(actor.person.compartments),
    });
    if (!parsed.ok) return { ...parsed, field: 'banner', message: `banner: ${parsed.message}` };
    return succeed(
      input.party === undefined ? parsed.value : withOriginatorReleasable(parsed.value, input.party),
    );
  });
}
