/**
 * The server's periodic check for action items that have just become overdue: each is claimed once
 * (so it is announced once, whichever server of several finds it), recorded in the node's audit chain,
 * and announced after commit. Who is told is decided per person when the event is delivered.
 */
import type { AppContext } from '../context.js';
import { recordAudit } from '../audit/record-audit.js';
import { claimNewlyOverdue } from '../../db/committee-action.repository.js';

export async function noticeOverdueActionItems(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const claimed = await ctx.db.asSystem(async (sql) => {
    const items = await claimNewlyOverdue(sql, now.toISOString().slice(0, 10), now);
    for (const item of items)
      await recordAudit(ctx, sql, {
        actor: null,
        action: 'committee.action-item.overdue',
        target: { kind: 'action-item', id: item.id },
        decision: 'done',
        rule: null,
        address: null,
        details: { committee: item.committeeId },
      });
    return items;
  });
  for (const item of claimed)
    ctx.events.publish({
      type: 'committee',
      notice: 'action-item-overdue',
      committeeId: item.committeeId,
      subjectId: item.id,
      actorId: null,
    });
  return claimed.length;
}
