/**
 * A committee's action items the caller may see (those of meetings they may read, and their own), each
 * with whether it is overdue now: worked out on every read, so a list is never stale.
 */
import { succeed } from '../../core/result.js';
import { listActionItems } from '../../db/committee-action.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { loadCommittee, requireParticipant } from './committee-context.js';
import { loadNames, viewActionItem, type ActionItemView } from './committee-view.js';

export function listCommitteeActionItems(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  filter: { mine?: boolean; overdue?: boolean } = {},
): Promise<AppResult<ActionItemView[]>> {
  return withActor(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId);
    if (!loaded.ok) return loaded;
    const role = requireParticipant(loaded.value, 'see its action items');
    if (!role.ok) return role;
    const items = (await listActionItems(actor.sql, loaded.value.record.id)).filter(
      (item) => !filter.mine || item.ownerId === actor.person.id,
    );
    const names = await loadNames(
      actor,
      items.flatMap((item) => [
        item.ownerId,
        item.assignedBy,
        ...(item.completedBy ? [item.completedBy] : []),
      ]),
    );
    const now = ctx.now();
    const views = items
      .map((item) => viewActionItem(item, names, now))
      .filter((view) => !filter.overdue || view.overdue);
    await actor.audit({
      action: 'committee.action-item.list',
      target: { kind: 'committee', id: loaded.value.record.id },
      decision: 'granted',
      details: { returned: views.map((view) => view.id) },
    });
    return succeed(views);
  });
}
