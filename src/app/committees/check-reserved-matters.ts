/**
 * Before bringing an item: would it fall within a reserved matter of the charter, and why? Nothing is
 * stored; the answer names the term, where it matched and the body the matter belongs to.
 */
import { checkReservedMatters, type ReservedMatterCheck } from '../../core/committee/reserved-matter.js';
import { succeed } from '../../core/result.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { loadCommittee, requireParticipant } from './committee-context.js';

export function checkCommitteeReservedMatters(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  item: { title: string; text: string },
): Promise<AppResult<ReservedMatterCheck>> {
  return withActor(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId);
    if (!loaded.ok) return loaded;
    const role = requireParticipant(loaded.value, 'check items against its reserved matters');
    if (!role.ok) return role;
    const check = checkReservedMatters(item, loaded.value.charter.reservedMatters);
    await actor.audit({
      action: 'committee.reserved-matter.check',
      target: { kind: 'committee', id: loaded.value.record.id },
      decision: 'granted',
      details: { reserved: check.reserved, term: check.reserved ? check.match.term : null },
    });
    return succeed(check);
  });
}
