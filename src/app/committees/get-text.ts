/** One negotiated text (minutes, a recommendation or a proposal) for someone who may read one of its documents. */
import type { CommitteeTextKind } from '../../core/committee/committee-text.js';
import { succeed } from '../../core/result.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { loadCommittee } from './committee-context.js';
import { loadText } from './load-text.js';
import type { TextView } from './text-view.js';

export function getText(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  kind: CommitteeTextKind,
  textId: string,
): Promise<AppResult<TextView>> {
  return withActor(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId);
    if (!loaded.ok) return loaded;
    const text = await loadText(ctx, actor, loaded.value, kind, textId);
    if (!text.ok) return text;
    await actor.audit({
      action: `committee.${kind}.read`,
      target: { kind: `committee-${kind}`, id: text.value.view.id },
      decision: 'granted',
    });
    return succeed(text.value.view);
  });
}
