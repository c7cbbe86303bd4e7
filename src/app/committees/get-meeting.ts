/** One meeting, for a participant who may read it (its marking decides, through the policy module). */
import { fail, succeed } from '../../core/result.js';
import { findMeeting, type MeetingRecord } from '../../db/committee-meeting.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { isUuid } from '../documents/prepare-draft.js';
import { withActor, type Actor } from '../with-actor.js';
import { loadCommittee, requireParticipant, type LoadedCommittee } from './committee-context.js';
import { mayReadMeeting, viewMeeting, type MeetingView } from './meeting-view.js';

export const MEETING_NOT_FOUND = 'no such meeting';

export function getMeeting(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  meetingId: string,
): Promise<AppResult<MeetingView>> {
  return withActor(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId);
    if (!loaded.ok) return loaded;
    const role = requireParticipant(loaded.value, 'see its meetings');
    if (!role.ok) return role;
    const meeting = await findReadableMeeting(ctx, actor, loaded.value, meetingId);
    if (!meeting) return fail('NOT_FOUND', MEETING_NOT_FOUND);
    await actor.audit({
      action: 'committee.meeting.read',
      target: { kind: 'meeting', id: meeting.id },
      decision: 'granted',
    });
    return succeed(await viewMeeting(ctx, actor, loaded.value, meeting));
  });
}

/** The meeting if it exists and the reader may read it (row-level security, then the policy module). */
export async function findReadableMeeting(
  ctx: AppContext,
  actor: Actor,
  committee: LoadedCommittee,
  meetingId: string,
): Promise<MeetingRecord | undefined> {
  const meeting = isUuid(meetingId)
    ? await findMeeting(actor.sql, committee.record.id, meetingId, ctx.scheme)
    : undefined;
  if (!meeting) return undefined;
  if (mayReadMeeting(actor, committee, meeting)) return meeting;
  ctx.logger.error(
    { event: 'policy-disagreement', meetingId, personId: actor.person.id },
    'the store returned a meeting the policy module denies',
  );
  return undefined;
}
