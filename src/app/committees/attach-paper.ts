/**
 * A member or secretary attaches a paper to a meeting: an issued document, releasable to every party of
 * the committee and already readable by every member (its originator circulates it first). The
 * meeting's marking rises to the paper's.
 */
import { checkMayArrangeMeeting } from '../../core/committee/agenda.rules.js';
import { partiesOf } from '../../core/committee/committee.js';
import { checkPaper } from '../../core/committee/committee-marking.js';
import { accessFactsOf } from '../../core/document/document.rules.js';
import { fail, succeed } from '../../core/result.js';
import { findMeeting, insertPaper, listPapers } from '../../db/committee-meeting.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { loadCommittee, membersAsReaders, requireInForce, requireParticipant } from './committee-context.js';
import { readableDocuments } from './committee-view.js';
import { findReadableMeeting, MEETING_NOT_FOUND } from './get-meeting.js';
import { raiseMeetingMarking } from './meeting-marking.js';
import { viewMeeting, type MeetingView } from './meeting-view.js';

export function attachPaper(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  meetingId: string,
  input: { documentId: string },
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
        action: 'committee.meeting.paper',
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
    if (meeting.status !== 'scheduled')
      return refuse(
        fail('COMMITTEE_STATE_CONFLICT', `meeting ${meeting.number} has been held: its papers are closed`),
      );
    const document = (
      await readableDocuments(
        ctx,
        actor,
        [input.documentId].filter((id) => /^[0-9a-f-]{36}$/i.test(id)),
      )
    ).get(input.documentId);
    if (!document)
      return refuse(fail('COMMITTEE_INVALID', 'documentId: no such document', { field: 'documentId' }));
    if ((await listPapers(actor.sql, meeting.id)).some((paper) => paper.documentId === document.id))
      return refuse(fail('COMMITTEE_STATE_CONFLICT', 'the document is already a paper of this meeting'));
    const members = await membersAsReaders(actor, committee.charter);
    const paper = checkPaper(
      accessFactsOf(document),
      document.marking,
      members,
      partiesOf(committee.charter),
    );
    if (!paper.ok) return refuse(paper);
    await insertPaper(actor.sql, {
      meetingId: meeting.id,
      documentId: document.id,
      addedBy: actor.person.id,
      addedAt: ctx.now(),
    });
    const raised = await raiseMeetingMarking(ctx, actor, meeting, {
      marking: document.marking,
      originator: document.originator,
    });
    if (!raised.ok) return refuse(raised);
    await actor.audit({
      action: 'committee.meeting.paper',
      target,
      decision: 'done',
      details: { document: document.id, paperBanner: document.banner, meetingBanner: raised.value },
    });
    const updated = await findMeeting(actor.sql, committee.record.id, meeting.id, ctx.scheme);
    if (!updated) throw new Error(`meeting ${meeting.id} not readable after a paper was attached`);
    return succeed(await viewMeeting(ctx, actor, committee, updated));
  });
}
