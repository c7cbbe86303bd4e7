/**
 * What a notification stream may tell a person about committee business, decided for them when it
 * happens: a new agenda item (to the participants who may read it), minutes awaiting their party's
 * approval (to the members yet to approve), a recommendation awaiting their party's response (to each
 * party's chiefs), an overdue action item (to its owner). Anyone else is told nothing at all, and nobody
 * is told of their own act.
 */
import { memberPartyOf } from '../../core/committee/committee.js';
import { isParticipant } from '../../core/committee/committee.access.js';
import { fail, succeed } from '../../core/result.js';
import { findActionItem } from '../../db/committee-action.repository.js';
import { findAgendaItem } from '../../db/committee-meeting.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import type { LiaisonEvent } from '../events.js';
import { withActor } from '../with-actor.js';
import { loadCommittee } from '../committees/committee-context.js';
import { findReadableMeeting } from '../committees/get-meeting.js';
import { viewItems } from '../committees/list-agenda-items.js';
import { loadText } from '../committees/load-text.js';

export interface CommitteeNoticeMessage {
  readonly event: `committee-${Extract<LiaisonEvent, { type: 'committee' }>['notice']}`;
  readonly data: Record<string, string | number | null>;
}

const NOTHING = 'nothing to tell';

export function committeeNoticeFor(
  ctx: AppContext,
  caller: Caller,
  event: Extract<LiaisonEvent, { type: 'committee' }>,
): Promise<AppResult<CommitteeNoticeMessage>> {
  return withActor<CommitteeNoticeMessage>(ctx, caller, async (actor) => {
    if (event.actorId === actor.person.id) return fail('NOT_FOUND', NOTHING);
    const loaded = await loadCommittee(ctx, actor, event.committeeId);
    if (!loaded.ok) return fail('NOT_FOUND', NOTHING);
    const committee = loaded.value;
    const base = { committeeId: committee.record.id, committeeName: committee.charter.name };
    let message: CommitteeNoticeMessage | undefined;
    switch (event.notice) {
      case 'agenda-item': {
        if (!isParticipant(committee.standing)) break;
        const item = await findAgendaItem(actor.sql, committee.record.id, event.subjectId, ctx.scheme);
        const [view] = item ? await viewItems(ctx, actor, committee, [item]) : [];
        if (view)
          message = {
            event: 'committee-agenda-item',
            data: {
              ...base,
              itemId: view.id,
              title: view.title,
              banner: view.banner,
              status: view.status,
              referredTo: view.referredTo,
            },
          };
        break;
      }
      case 'minutes-awaiting-approval': {
        const party = memberPartyOf(committee.charter, actor.person.id);
        if (party === undefined) break;
        const text = await loadText(ctx, actor, committee, 'minutes', event.subjectId);
        if (!text.ok || !text.value.view.awaiting.includes(party)) break;
        const current = text.value.view.versions.find(
          (version) => version.version === text.value.view.currentVersion,
        );
        if (current)
          message = {
            event: 'committee-minutes-awaiting-approval',
            data: {
              ...base,
              minutesId: text.value.view.id,
              version: current.version,
              title: text.value.view.title,
              banner: current.document.banner,
            },
          };
        break;
      }
      case 'recommendation-awaiting-response': {
        if (committee.standing !== 'chief') break;
        const text = await loadText(ctx, actor, committee, 'recommendation', event.subjectId);
        if (!text.ok || !text.value.view.permissions.respond || !text.value.view.issuedDocument) break;
        message = {
          event: 'committee-recommendation-awaiting-response',
          data: {
            ...base,
            recommendationId: text.value.view.id,
            title: text.value.view.title,
            banner: text.value.view.issuedDocument.banner,
            documentId: text.value.view.issuedDocument.id,
          },
        };
        break;
      }
      case 'action-item-overdue': {
        const item = await findActionItem(actor.sql, committee.record.id, event.subjectId);
        if (!item || item.ownerId !== actor.person.id || item.state !== 'open') break;
        if (!(await findReadableMeeting(ctx, actor, committee, item.meetingId))) break;
        message = {
          event: 'committee-action-item-overdue',
          data: {
            ...base,
            actionItemId: item.id,
            title: item.title,
            dueDate: item.dueDate,
            meetingId: item.meetingId,
          },
        };
        break;
      }
    }
    if (!message) return fail('NOT_FOUND', NOTHING);
    await actor.audit({
      action: 'committee.notify',
      target: { kind: event.notice, id: event.subjectId },
      decision: 'granted',
      details: { committee: committee.record.id },
    });
    return succeed(message);
  });
}
