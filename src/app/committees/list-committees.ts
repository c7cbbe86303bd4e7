/** The committees that concern the caller (row-level security, then the core's own standing rule). */
import { succeed } from '../../core/result.js';
import { listCommitteeIds } from '../../db/committee.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { loadCommittee } from './committee-context.js';
import { viewCommittee, type CommitteeView } from './committee-view.js';

export function listCommittees(ctx: AppContext, caller: Caller): Promise<AppResult<CommitteeView[]>> {
  return withActor(ctx, caller, async (actor) => {
    const views: CommitteeView[] = [];
    for (const id of await listCommitteeIds(actor.sql)) {
      const loaded = await loadCommittee(ctx, actor, id);
      if (loaded.ok) views.push(await viewCommittee(ctx, actor, loaded.value));
    }
    await actor.audit({
      action: 'committee.list',
      target: null,
      decision: 'granted',
      details: { returned: views.map((view) => view.id) },
    });
    return succeed(views);
  });
}
