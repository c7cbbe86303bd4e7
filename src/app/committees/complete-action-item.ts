/** The owner (or a member or secretary) marks an action item done. */
import { checkMayComplete } from '../../core/committee/action-item.js';
import { participantOf } from '../../core/committee/committee.js';
import { fail, succeed } from '../../core/result.js';
import { completeActionItem, findActionItem } from '../../db/committee-action.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { isUuid } from '../documents/prepare-draft.js';
import { withActor } from '../with-actor.js';
import { loadCommittee } from './committee-context.js';
import { loadNames, viewActionItem, type ActionItemView } from './committee-view.js';

export const ACTION_ITEM_NOT_FOUND = 'no such action item';

export function completeCommitteeActionItem(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  itemId: string,
): Promise<AppResult<ActionItemView>> {
  return withActor(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId, { forChange: true });
    if (!loaded.ok) return loaded;
    const committee = loaded.value;
    const item = isUuid(itemId) ? await findActionItem(actor.sql, committee.record.id, itemId) : undefined;
    if (!item) return fail('NOT_FOUND', ACTION_ITEM_NOT_FOUND);
    const target = { kind: 'action-item', id: item.id };
    const may = checkMayComplete(
      item,
      actor.person.id,
      participantOf(committee.charter, actor.person.id)?.role,
    );
    if (!may.ok) {
      await actor.audit({
        action: 'committee.action-item.complete',
        target,
        decision: 'refused',
        rule: may.code,
      });
      return may;
    }
    const now = ctx.now();
    if (!(await completeActionItem(actor.sql, item.id, actor.person.id, now)))
      return fail('COMMITTEE_STATE_CONFLICT', 'the action item is already done');
    await actor.audit({ action: 'committee.action-item.complete', target, decision: 'done' });
    const saved = await findActionItem(actor.sql, committee.record.id, item.id);
    if (!saved) throw new Error(`action item ${item.id} not readable after completion`);
    const names = await loadNames(actor, [saved.ownerId, saved.assignedBy, actor.person.id]);
    return succeed(viewActionItem(saved, names, now));
  });
}
