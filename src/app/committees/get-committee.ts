/** One committee, for someone it concerns: its charter, any change awaiting approval, its delegations. */
import { succeed } from '../../core/result.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { loadCommittee } from './committee-context.js';
import { viewCommittee, type CommitteeView } from './committee-view.js';

export function getCommittee(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
): Promise<AppResult<CommitteeView>> {
  return withActor(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId);
    if (!loaded.ok) return loaded;
    await actor.audit({
      action: 'committee.read',
      target: { kind: 'committee', id: loaded.value.record.id },
      decision: 'granted',
      rule: loaded.value.standing,
    });
    return succeed(await viewCommittee(ctx, actor, loaded.value));
  });
}
