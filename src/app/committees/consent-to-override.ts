/**
 * A referred item comes back to the committee only if every party consents: each party's member records
 * the consent, with a reason; the last consent overrides the referral, which stays on record.
 */
import { checkOverrideConsent, isOverrideComplete } from '../../core/committee/agenda.rules.js';
import { memberPartyOf, partiesOf } from '../../core/committee/committee.js';
import { fail, succeed } from '../../core/result.js';
import {
  findAgendaItem,
  insertOverrideConsent,
  markOverridden,
} from '../../db/committee-meeting.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { isUuid } from '../documents/prepare-draft.js';
import { withActor } from '../with-actor.js';
import { loadCommittee, requireInForce, requireParticipant } from './committee-context.js';
import type { AgendaItemView } from './committee-view.js';
import { AGENDA_ITEM_NOT_FOUND } from './get-agenda-item.js';
import { viewItems } from './list-agenda-items.js';

export function consentToOverride(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  itemId: string,
  input: { reason: string },
): Promise<AppResult<AgendaItemView>> {
  return withActor(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId, { forChange: true });
    if (!loaded.ok) return loaded;
    const committee = loaded.value;
    const role = requireParticipant(committee, 'consider its agenda');
    if (!role.ok) return role;
    const item = isUuid(itemId)
      ? await findAgendaItem(actor.sql, committee.record.id, itemId, ctx.scheme)
      : undefined;
    const [visible] = item ? await viewItems(ctx, actor, committee, [item]) : [];
    if (!item || !visible) return fail('NOT_FOUND', AGENDA_ITEM_NOT_FOUND);
    const target = { kind: 'agenda-item', id: item.id };
    const refuse = async <F extends { ok: false; code: string }>(failure: F) => {
      await actor.audit({
        action: 'committee.agenda-item.override-consent',
        target,
        decision: 'refused',
        rule: failure.code,
      });
      return failure;
    };
    const inForce = requireInForce(committee);
    if (!inForce.ok) return refuse(inForce);
    const party = checkOverrideConsent(
      { state: item.status, consents: item.consents },
      memberPartyOf(committee.charter, actor.person.id),
      input.reason,
    );
    if (!party.ok) return refuse(party);
    const now = ctx.now();
    await insertOverrideConsent(actor.sql, {
      itemId: item.id,
      party: party.value,
      personId: actor.person.id,
      reason: input.reason.trim(),
      at: now,
    });
    const complete = isOverrideComplete(partiesOf(committee.charter), [
      ...item.consents,
      { party: party.value },
    ]);
    if (complete && !(await markOverridden(actor.sql, item.id, now)))
      throw new Error(`agenda item ${item.id} could not be put back on the agenda`);
    await actor.audit({
      action: 'committee.agenda-item.override-consent',
      target,
      decision: 'done',
      details: {
        party: party.value,
        reason: input.reason.trim(),
        overridden: complete,
        referredTo: item.referredTo,
      },
    });
    const saved = await findAgendaItem(actor.sql, committee.record.id, item.id, ctx.scheme);
    const [view] = saved ? await viewItems(ctx, actor, committee, [saved]) : [];
    if (!view) throw new Error(`agenda item ${item.id} no longer readable after consent`);
    return succeed(view);
  });
}
