/**
 * A meeting as a participant sees it: its marking (the high-water mark of its papers and agenda), the
 * agenda items and papers they may read, who attended, its minutes and its action items.
 */
import { businessFacts } from '../../core/committee/committee.access.js';
import { textStatus, type TextStatus } from '../../core/committee/committee-text.js';
import { startNegotiation } from '../../core/committee/negotiated-text.js';
import { partiesOf } from '../../core/committee/committee.js';
import { canRead } from '../../core/policy/policy.js';
import { listActionItems } from '../../db/committee-action.repository.js';
import {
  listAgendaItems,
  listAttendance,
  listPapers,
  type MeetingRecord,
} from '../../db/committee-meeting.repository.js';
import { listTexts } from '../../db/committee-text.repository.js';
import type { AppContext } from '../context.js';
import type { Actor } from '../with-actor.js';
import type { LoadedCommittee } from './committee-context.js';
import {
  loadNames,
  readableDocuments,
  viewActionItem,
  viewMeetingSummary,
  type ActionItemView,
  type AgendaItemView,
  type MeetingSummaryView,
  type PaperView,
  type PersonRef,
} from './committee-view.js';
import { viewItems } from './list-agenda-items.js';

export interface MeetingView extends MeetingSummaryView {
  readonly agenda: readonly AgendaItemView[];
  /** Items brought for this meeting but referred to another body under a reserved matter: not discussed. */
  readonly referred: readonly AgendaItemView[];
  readonly papers: readonly PaperView[];
  readonly attendance: readonly PersonRef[];
  readonly minutes: {
    readonly id: string;
    readonly status: TextStatus;
    readonly currentVersion: number;
  } | null;
  readonly actionItems: readonly ActionItemView[];
}

/** Whether the policy module lets the reader read the meeting (its marking, held by the delegations). */
export function mayReadMeeting(actor: Actor, committee: LoadedCommittee, meeting: MeetingRecord): boolean {
  return canRead(
    actor.reader,
    businessFacts({
      originator: meeting.originator,
      authorId: meeting.convenedBy,
      marking: meeting.marking,
      delegationOffices: committee.delegationOffices,
    }),
  );
}

export async function viewMeeting(
  ctx: AppContext,
  actor: Actor,
  committee: LoadedCommittee,
  meeting: MeetingRecord,
): Promise<MeetingView> {
  const agenda = await viewItems(
    ctx,
    actor,
    committee,
    await listAgendaItems(actor.sql, committee.record.id, ctx.scheme, { meetingId: meeting.id }),
  );
  const referred = await viewItems(
    ctx,
    actor,
    committee,
    await listAgendaItems(actor.sql, committee.record.id, ctx.scheme, { referredFrom: meeting.id }),
  );
  const papers = await listPapers(actor.sql, meeting.id);
  const documents = await readableDocuments(
    ctx,
    actor,
    papers.map((paper) => paper.documentId),
  );
  const attendance = await listAttendance(actor.sql, meeting.id);
  const [minutes] = await listTexts(actor.sql, committee.record.id, {
    kind: 'minutes',
    meetingId: meeting.id,
  });
  const actionItems = (await listActionItems(actor.sql, committee.record.id)).filter(
    (item) => item.meetingId === meeting.id,
  );
  const names = await loadNames(actor, [
    meeting.convenedBy,
    ...papers.map((paper) => paper.addedBy),
    ...attendance,
    ...actionItems.flatMap((item) => [
      item.ownerId,
      item.assignedBy,
      ...(item.completedBy ? [item.completedBy] : []),
    ]),
  ]);
  const now = ctx.now();
  return {
    ...viewMeetingSummary(meeting, names),
    agenda,
    referred,
    papers: papers.flatMap((paper) => {
      const document = documents.get(paper.documentId);
      return document
        ? [
            {
              documentId: document.id,
              title: document.title,
              kind: document.kind,
              banner: document.banner,
              registryNumber: document.registryNumber,
              originator: document.originator,
              addedBy: names.person(paper.addedBy),
              addedAt: paper.addedAt,
            },
          ]
        : [];
    }),
    attendance: attendance.map((id) => names.person(id)),
    minutes: minutes
      ? {
          id: minutes.id,
          status: textStatus(
            'minutes',
            {
              ...startNegotiation(partiesOf(committee.charter)),
              state: minutes.state,
              version: minutes.currentVersion,
            },
            0,
          ),
          currentVersion: minutes.currentVersion,
        }
      : null,
    actionItems: actionItems.map((item) => viewActionItem(item, names, now)),
  };
}
