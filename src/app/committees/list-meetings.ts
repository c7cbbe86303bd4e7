/** The meetings of a committee a participant may read, in order. */
import { succeed } from '../../core/result.js';
import { listMeetings } from '../../db/committee-meeting.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { loadCommittee, requireParticipant } from './committee-context.js';
import { loadNames, viewMeetingSummary, type MeetingSummaryView } from './committee-view.js';
import { mayReadMeeting } from './meeting-view.js';

export function listCommitteeMeetings(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
): Promise<AppResult<MeetingSummaryView[]>> {
  return withActor(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId);
    if (!loaded.ok) return loaded;
    const role = requireParticipant(loaded.value, 'see its meetings');
    if (!role.ok) return role;
    const meetings = (await listMeetings(actor.sql, loaded.value.record.id, ctx.scheme)).filter((meeting) => {
      if (mayReadMeeting(actor, loaded.value, meeting)) return true;
      ctx.logger.error(
        { event: 'policy-disagreement', meetingId: meeting.id, personId: actor.person.id },
        'the store listed a meeting the policy module denies',
      );
      return false;
    });
    const names = await loadNames(
      actor,
      meetings.map((meeting) => meeting.convenedBy),
    );
    await actor.audit({
      action: 'committee.meeting.list',
      target: { kind: 'committee', id: loaded.value.record.id },
      decision: 'granted',
      details: { returned: meetings.map((meeting) => meeting.id) },
    });
    return succeed(meetings.map((meeting) => viewMeetingSummary(meeting, names)));
  });
}
