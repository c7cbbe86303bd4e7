/** One agenda item, for a participant who may read it; missing and unreadable are one answer. */
import { fail, succeed } from '../../core/result.js';
import { findAgendaItem } from '../../db/committee-meeting.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { isUuid } from '../documents/prepare-draft.js';
import { withActor } from '../with-actor.js';
import { loadCommittee, requireParticipant } from './committee-context.js';
import type { AgendaItemView } from './committee-view.js';
import { viewItems } from './list-agenda-items.js';

export const AGENDA_ITEM_NOT_FOUND = 'no such agenda item';

export function getAgendaItem(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  itemId: string,
): Promise<AppResult<AgendaItemView>> {
  return withActor(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId);
    if (!loaded.ok) return loaded;
    const role = requireParticipant(loaded.value, 'see its agenda');
    if (!role.ok) return role;
    const item = isUuid(itemId)
      ? await findAgendaItem(actor.sql, loaded.value.record.id, itemId, ctx.scheme)
      : undefined;
    const [view] = item ? await viewItems(ctx, actor, loaded.value, [item]) : [];
    if (!view) return fail('NOT_FOUND', AGENDA_ITEM_NOT_FOUND);
    await actor.audit({
      action: 'committee.agenda-item.read',
      target: { kind: 'agenda-item', id: view.id },
      decision: 'granted',
    });
    return succeed(view);
  });
}
