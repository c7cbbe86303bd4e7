/**
 * A member or secretary puts a proposed item on a meeting's agenda; the meeting's marking rises to the
 * item's. A referred item cannot be placed: it belongs to another body unless every party consents.
 */
import { checkMayArrangeMeeting } from '../../core/committee/agenda.rules.js';
import { fail, succeed } from '../../core/result.js';
import { findAgendaItem, findMeeting, placeOnAgenda } from '../../db/committee-meeting.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { isUuid } from '../documents/prepare-draft.js';
import { withActor } from '../with-actor.js';
import { loadCommittee, requireInForce, requireParticipant } from './committee-context.js';
import { findReadableMeeting, MEETING_NOT_FOUND } from './get-meeting.js';
import { viewItems } from './list-agenda-items.js';
import { raiseMeetingMarking } from './meeting-marking.js';
import { viewMeeting, type MeetingView } from './meeting-view.js';

export function placeItemOnAgenda(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  meetingId: string,
  input: { itemId: string },
): Promise<AppResult<MeetingView>> {
  return withActor(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId, { forChange: true });
    if (!loaded.ok) return loaded;
    const committee = loaded.value;
    const role = requireParticipant(committee, 'arrange its meetings');
    if (!role.ok) return role;
    const meeting = await findReadableMeeting(ctx, actor, committee, meetingId);
    if (!meeting) return fail('NOT_FOUND', MEETING_NOT_FOUND);
    const target = { kind: 'meeting', id: meeting.id };
    const refuse = async <F extends { ok: false; code: string }>(failure: F) => {
      await actor.audit({
        action: 'committee.agenda.place',
        target,
        decision: 'refused',
        rule: failure.code,
        details: { item: input.itemId.slice(0, 100) },
      });
      return failure;
    };
    const inForce = requireInForce(committee);
    if (!inForce.ok) return refuse(inForce);
    const may = checkMayArrangeMeeting(role.value);
    if (!may.ok) return refuse(may);
    const item = isUuid(input.itemId)
      ? await findAgendaItem(actor.sql, committee.record.id, input.itemId, ctx.scheme)
      : undefined;
    const [visible] = item ? await viewItems(ctx, actor, committee, [item]) : [];
    if (!item || !visible)
      return refuse(
        fail('COMMITTEE_INVALID', `itemId: no agenda item '${input.itemId}'`, { field: 'itemId' }),
      );
    if (item.status === 'referred')
      return refuse(
        fail(
          'COMMITTEE_RESERVED_MATTER',
          `the item is referred to the ${item.referredTo ?? 'body named'} and is not discussed by the committee: ${item.referral?.explanation ?? ''}`,
        ),
      );
    if (item.status !== 'proposed')
      return refuse(fail('COMMITTEE_STATE_CONFLICT', `the item is ${item.status}`));
    if (item.meetingId !== null)
      return refuse(fail('COMMITTEE_STATE_CONFLICT', 'the item is already on a meeting’s agenda'));
    if (meeting.status !== 'scheduled')
      return refuse(
        fail('COMMITTEE_STATE_CONFLICT', `meeting ${meeting.number} has been held: its agenda is closed`),
      );
    if (!(await placeOnAgenda(actor.sql, item.id, meeting.id)))
      return refuse(fail('COMMITTEE_STATE_CONFLICT', 'the item was placed meanwhile'));
    const raised = await raiseMeetingMarking(ctx, actor, meeting, {
      marking: item.marking,
      originator: item.originator,
    });
    if (!raised.ok) return refuse(raised);
    await actor.audit({
      action: 'committee.agenda.place',
      target,
      decision: 'done',
      details: { item: item.id, banner: raised.value },
    });
    const updated = await findMeeting(actor.sql, committee.record.id, meeting.id, ctx.scheme);
    if (!updated) throw new Error(`meeting ${meeting.id} not readable after its agenda changed`);
    return succeed(await viewMeeting(ctx, actor, committee, updated));
  });
}
