/** A holder acknowledges receipt of their copy, or certifies its destruction. Each happens once. */
import type { DocumentCopy } from '../../core/dissemination/copy.js';
import { isHeldBy } from '../../core/dissemination/copy.js';
import { fail, succeed } from '../../core/result.js';
import { findCopy, recordDestruction, recordReceipt } from '../../db/copy.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { findReadableCopy } from './copy-access.js';

export function acknowledgeReceipt(ctx: AppContext, caller: Caller, copyId: string): Promise<AppResult<DocumentCopy>> {
  return holderAction(ctx, caller, copyId, 'copy.receipt', async (actor, copy) => {
    if (copy.receivedAt !== null) return fail('ALREADY_EXISTS', `copy ${copy.number}'s receipt was acknowledged already`);
    await recordReceipt(actor.sql, copy.id, actor.person.id, ctx.now());
    return succeed(true);
  });
}

export function certifyDestruction(ctx: AppContext, caller: Caller, copyId: string, note: string): Promise<AppResult<DocumentCopy>> {
  return holderAction(ctx, caller, copyId, 'copy.destruction', async (actor, copy) => {
    if (note.length > 500) return fail('INVALID_INPUT', 'note: at most 500 characters', { field: 'note' });
    if (copy.destroyedAt !== null) return fail('ALREADY_EXISTS', `copy ${copy.number} was certified destroyed already`);
    await recordDestruction(actor.sql, copy.id, actor.person.id, ctx.now(), note.trim() || 'destroyed');
    return succeed(true);
  });
}

function holderAction(
  ctx: AppContext,
  caller: Caller,
  copyId: string,
  action: string,
  work: (actor: Parameters<Parameters<typeof withActor>[2]>[0], copy: DocumentCopy) => Promise<AppResult<true>>,
): Promise<AppResult<DocumentCopy>> {
  return withActor<DocumentCopy>(ctx, caller, async (actor) => {
    const found = await findReadableCopy(ctx, actor, copyId);
    if (!found.ok) return found;
    const { copy } = found.value;
    const target = { kind: 'copy', id: copy.id };
    if (!isHeldBy(copy, { id: actor.person.id, party: actor.person.party, offices: new Set(actor.person.offices) })) {
      await actor.audit({ action, target, decision: 'refused', rule: 'not-holder' });
      return fail('FORBIDDEN', `copy ${copy.number} is not yours: only its holder acknowledges or destroys it`);
    }
    const done = await work(actor, copy);
    await actor.audit({ action, target, decision: done.ok ? 'done' : 'refused', rule: done.ok ? null : done.code, details: { number: copy.number } });
    if (!done.ok) return done;
    const updated = await findCopy(actor.sql, copy.id);
    if (!updated) throw new Error(`copy ${copy.id} vanished`);
    return succeed(updated);
  });
}
