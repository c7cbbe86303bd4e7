/**
 * A member or secretary schedules a meeting. It is numbered in turn and marked at the committee's
 * working level until its papers and agenda raise it.
 */
import { checkMayArrangeMeeting } from '../../core/committee/agenda.rules.js';
import { partiesOf } from '../../core/committee/committee.js';
import { workingMarking } from '../../core/committee/committee-marking.js';
import { renderBanner } from '../../core/marking/marking.render.js';
import { fail, succeed } from '../../core/result.js';
import { findMeeting, insertMeeting, nextMeetingNumber } from '../../db/committee-meeting.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { loadCommittee, requireInForce, requireParticipant } from './committee-context.js';
import { viewMeeting, type MeetingView } from './meeting-view.js';

export function scheduleMeeting(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  input: { scheduledFor: string; place?: string },
): Promise<AppResult<MeetingView>> {
  return withActor(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId, { forChange: true });
    if (!loaded.ok) return loaded;
    const committee = loaded.value;
    const target = { kind: 'committee', id: committee.record.id };
    const refuse = async <F extends { ok: false; code: string; field?: string }>(failure: F) => {
      await actor.audit({
        action: 'committee.meeting.schedule',
        target,
        decision: 'refused',
        rule: failure.code,
        details: { field: failure.field ?? null },
      });
      return failure;
    };
    const role = requireParticipant(committee, 'schedule its meetings');
    if (!role.ok) return refuse(role);
    const inForce = requireInForce(committee);
    if (!inForce.ok) return refuse(inForce);
    const may = checkMayArrangeMeeting(role.value);
    if (!may.ok) return refuse(may);
    const scheduledFor = new Date(input.scheduledFor);
    if (Number.isNaN(scheduledFor.getTime()))
      return refuse(
        fail('COMMITTEE_INVALID', 'scheduledFor: a date and time (ISO 8601)', { field: 'scheduledFor' }),
      );
    const place = (input.place ?? committee.charter.place).trim();
    if (place.length > 200)
      return refuse(fail('COMMITTEE_INVALID', 'place: at most 200 characters', { field: 'place' }));
    const marking = workingMarking(
      committee.charter.workingLevel,
      actor.person.party,
      partiesOf(committee.charter),
    );
    const id = ctx.newId();
    const number = await nextMeetingNumber(actor.sql, committee.record.id);
    await insertMeeting(actor.sql, {
      id,
      committeeId: committee.record.id,
      number,
      scheduledFor,
      place,
      convenedBy: actor.person.id,
      createdAt: ctx.now(),
      originator: actor.person.party,
      banner: renderBanner(marking, ctx.scheme),
      marking,
    });
    await actor.audit({
      action: 'committee.meeting.schedule',
      target: { kind: 'meeting', id },
      decision: 'done',
      details: { committee: committee.record.id, number, scheduledFor: scheduledFor.toISOString() },
    });
    const meeting = await findMeeting(actor.sql, committee.record.id, id, ctx.scheme);
    if (!meeting) throw new Error(`meeting ${id} not readable by its convener`);
    return succeed(await viewMeeting(ctx, actor, committee, meeting));
  });
}
