/**
 * Keeps a meeting's marking at the high-water mark of what it discusses: each paper or agenda item
 * placed on it raises the marking (combineMarkings is associative, so one source at a time gives the
 * same result as all of them at once), never lowers it.
 */
import { combineMarkings, type MarkedSource } from '../../core/marking/marking.combine.js';
import { renderBanner } from '../../core/marking/marking.render.js';
import { fail, succeed } from '../../core/result.js';
import { updateMeetingMarking, type MeetingRecord } from '../../db/committee-meeting.repository.js';
import type { AppContext } from '../context.js';
import type { AppResult } from '../errors.js';
import type { Actor } from '../with-actor.js';

export async function raiseMeetingMarking(
  ctx: AppContext,
  actor: Actor,
  meeting: MeetingRecord,
  source: MarkedSource,
): Promise<AppResult<string>> {
  const combined = combineMarkings(
    [{ marking: meeting.marking, originator: meeting.originator }, source],
    meeting.originator,
    ctx.scheme,
  );
  if (!combined.ok)
    return fail('COMMITTEE_NOT_SHARED', `the meeting could not carry this marking: ${combined.message}`);
  const banner = renderBanner(combined.value, ctx.scheme);
  if (banner !== meeting.banner) await updateMeetingMarking(actor.sql, meeting.id, combined.value, banner);
  return succeed(banner);
}
