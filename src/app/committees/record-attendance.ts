/** A member or secretary records who attended a meeting (the committee's own people); it is then held. */
import { checkMayArrangeMeeting } from '../../core/committee/agenda.rules.js';
import { participantOf } from '../../core/committee/committee.js';
import { fail, succeed } from '../../core/result.js';
import { findMeeting, markMeetingHeld, replaceAttendance } from '../../db/committee-meeting.repository.js';
import { findPeopleByUsernames } from '../../db/person.repository.js';
import { listTexts } from '../../db/committee-text.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { loadCommittee, requireInForce, requireParticipant } from './committee-context.js';
import { findReadableMeeting, MEETING_NOT_FOUND } from './get-meeting.js';
import { viewMeeting, type MeetingView } from './meeting-view.js';

export function recordAttendance(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  meetingId: string,
  input: { attendees: readonly string[] },
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
    const refuse = async <F extends { ok: false; code: string; field?: string }>(failure: F) => {
      await actor.audit({
        action: 'committee.meeting.attendance',
        target,
        decision: 'refused',
        rule: failure.code,
        details: { field: failure.field ?? null },
      });
      return failure;
    };
    const inForce = requireInForce(committee);
    if (!inForce.ok) return refuse(inForce);
    const may = checkMayArrangeMeeting(role.value);
    if (!may.ok) return refuse(may);
    // Issued minutes record who attended: the record is closed (the database refuses it too).
    const [minutes] = await listTexts(actor.sql, committee.record.id, { kind: 'minutes', meetingId: meeting.id });
    if (minutes?.state === 'agreed')
      return refuse(
        fail('COMMITTEE_STATE_CONFLICT', "the meeting's minutes are issued: its attendance is on record and stays so"),
      );
    const people = new Map(
      (await findPeopleByUsernames(actor.sql, input.attendees)).map((person) => [person.username, person]),
    );
    const ids: string[] = [];
    for (const [index, username] of input.attendees.entries()) {
      const person = people.get(username);
      if (!person || !participantOf(committee.charter, person.id))
        return refuse(
          fail(
            'COMMITTEE_INVALID',
            `attendees.${index}: '${username}' is not one of the committee's members or staff`,
            {
              field: `attendees.${index}`,
            },
          ),
        );
      if (!ids.includes(person.id)) ids.push(person.id);
    }
    await replaceAttendance(actor.sql, meeting.id, ids, actor.person.id);
    await markMeetingHeld(actor.sql, meeting.id);
    await actor.audit({
      action: 'committee.meeting.attendance',
      target,
      decision: 'done',
      details: { attendees: [...input.attendees] },
    });
    const updated = await findMeeting(actor.sql, committee.record.id, meeting.id, ctx.scheme);
    if (!updated) throw new Error(`meeting ${meeting.id} not readable after attendance`);
    return succeed(await viewMeeting(ctx, actor, committee, updated));
  });
}
