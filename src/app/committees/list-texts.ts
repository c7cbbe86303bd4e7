/**
 * A committee's minutes, recommendations or proposals that the caller may read: a text whose every
 * document the caller may not read (an embargoed proposal, for someone outside the delegations) is not
 * listed, counted or hinted at.
 */
import type { CommitteeTextKind } from '../../core/committee/committee-text.js';
import { succeed } from '../../core/result.js';
import { listTexts } from '../../db/committee-text.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { loadCommittee } from './committee-context.js';
import { viewText, type TextView } from './text-view.js';

export function listCommitteeTexts(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  kind: CommitteeTextKind,
): Promise<AppResult<TextView[]>> {
  return withActor(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId);
    if (!loaded.ok) return loaded;
    const views: TextView[] = [];
    for (const record of await listTexts(actor.sql, loaded.value.record.id, { kind })) {
      const view = await viewText(ctx, actor, loaded.value, record);
      if (view) views.push(view);
    }
    await actor.audit({
      action: `committee.${kind}.list`,
      target: { kind: 'committee', id: loaded.value.record.id },
      decision: 'granted',
      details: { returned: views.map((view) => view.id) },
    });
    return succeed(views);
  });
}
