/**
 * A member (or adviser, or secretary) brings an item for the committee's agenda. Its title and text are
 * checked against the charter's reserved matters: an item within one is referred to the body named,
 * with the reason, and not discussed. An item is committee business: releasable to every party, and
 * marked so that every member may read it.
 */
import { checkMayProposeItem, validateAgendaItem } from '../../core/committee/agenda.rules.js';
import { businessFacts } from '../../core/committee/committee.access.js';
import { partiesOf } from '../../core/committee/committee.js';
import {
  checkSharedWithParties,
  isReadableByAll,
  workingMarking,
} from '../../core/committee/committee-marking.js';
import { checkReservedMatters } from '../../core/committee/reserved-matter.js';
import { checkMarkingApplicable } from '../../core/document/document.rules.js';
import { renderBanner } from '../../core/marking/marking.render.js';
import { fail, succeed } from '../../core/result.js';
import {
  findAgendaItem,
  findMeeting,
  insertAgendaItem,
  placeOnAgenda,
} from '../../db/committee-meeting.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { isUuid } from '../documents/prepare-draft.js';
import { withActor } from '../with-actor.js';
import { loadCommittee, membersAsReaders, requireInForce, requireParticipant } from './committee-context.js';
import { parseAuthorMarking } from './committee-documents.js';
import { loadNames, viewAgendaItem, type AgendaItemView } from './committee-view.js';
import { raiseMeetingMarking } from './meeting-marking.js';

export interface AgendaItemInput {
  readonly title: string;
  readonly text: string;
  /** A banner line in the proposer's words; default: the committee's working level, REL TO its parties. */
  readonly marking?: string;
  /** Put it straight on this meeting's agenda (unless it is referred). */
  readonly meetingId?: string;
}

export async function proposeAgendaItem(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  input: AgendaItemInput,
): Promise<AppResult<AgendaItemView>> {
  const result = await withActor<AgendaItemView>(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId, { forChange: true });
    if (!loaded.ok) return loaded;
    const committee = loaded.value;
    const target = { kind: 'committee', id: committee.record.id };
    const refuse = async <F extends { ok: false; code: string; field?: string }>(failure: F) => {
      await actor.audit({
        action: 'committee.agenda-item.propose',
        target,
        decision: 'refused',
        rule: failure.code,
        details: { field: failure.field ?? null },
      });
      return failure;
    };
    const role = requireParticipant(committee, 'bring agenda items');
    if (!role.ok) return refuse(role);
    const inForce = requireInForce(committee);
    if (!inForce.ok) return refuse(inForce);
    const may = checkMayProposeItem(role.value);
    if (!may.ok) return refuse(may);
    const content = validateAgendaItem(input);
    if (!content.ok) return refuse(content);

    const parties = partiesOf(committee.charter);
    const party = actor.person.party;
    let marking = workingMarking(committee.charter.workingLevel, party, parties);
    if (input.marking !== undefined) {
      const parsed = await parseAuthorMarking(ctx, actor, input.marking);
      if (!parsed.ok) return refuse(parsed);
      marking = parsed.value;
    }
    const applicable = checkMarkingApplicable(actor.reader, marking, ctx.scheme);
    if (!applicable.ok) return refuse(applicable);
    marking = applicable.value;
    const shared = checkSharedWithParties(marking, party, parties);
    if (!shared.ok) return refuse(shared);
    const facts = businessFacts({
      originator: party,
      authorId: actor.person.id,
      marking,
      delegationOffices: committee.delegationOffices,
    });
    if (!isReadableByAll(await membersAsReaders(actor, committee.charter), facts))
      return refuse(
        fail(
          'COMMITTEE_NOT_SHARED',
          'marking: not every member of the committee may read an item so marked',
          { field: 'marking' },
        ),
      );

    let meeting = undefined;
    if (input.meetingId !== undefined) {
      meeting = isUuid(input.meetingId)
        ? await findMeeting(actor.sql, committee.record.id, input.meetingId, ctx.scheme)
        : undefined;
      if (!meeting)
        return refuse(
          fail('COMMITTEE_INVALID', `meetingId: no meeting '${input.meetingId}'`, { field: 'meetingId' }),
        );
      if (meeting.status !== 'scheduled')
        return refuse(
          fail('COMMITTEE_STATE_CONFLICT', `meeting ${meeting.number} has been held: its agenda is closed`),
        );
    }

    const check = checkReservedMatters(content.value, committee.charter.reservedMatters);
    const id = ctx.newId();
    const now = ctx.now();
    await insertAgendaItem(actor.sql, {
      id,
      committeeId: committee.record.id,
      proposedBy: actor.person.id,
      originator: party,
      title: content.value.title,
      text: content.value.text,
      banner: renderBanner(marking, ctx.scheme),
      marking,
      status: check.reserved ? 'referred' : 'proposed',
      referredTo: check.reserved ? check.match.body : null,
      referral: check.reserved
        ? {
            topic: check.match.topic,
            body: check.match.body,
            explanation: check.explanation,
            matches: check.matches,
          }
        : null,
      meetingId: null,
      position: null,
      requestedMeetingId: meeting?.id ?? null,
      proposedAt: now,
    });
    if (meeting && !check.reserved) {
      await placeOnAgenda(actor.sql, id, meeting.id);
      const raised = await raiseMeetingMarking(ctx, actor, meeting, { marking, originator: party });
      if (!raised.ok) throw new Error(`agenda item ${id}: ${raised.message}`);
    }
    await actor.audit({
      action: 'committee.agenda-item.propose',
      target: { kind: 'agenda-item', id },
      decision: 'done',
      details: {
        committee: committee.record.id,
        status: check.reserved ? 'referred' : 'proposed',
        referredTo: check.reserved ? check.match.body : null,
        term: check.reserved ? check.match.term : null,
        meeting: meeting && !check.reserved ? meeting.id : null,
      },
    });
    const saved = await findAgendaItem(actor.sql, committee.record.id, id, ctx.scheme);
    if (!saved) throw new Error(`agenda item ${id} not readable by its proposer`);
    const names = await loadNames(actor, [actor.person.id]);
    return succeed(
      viewAgendaItem(saved, parties, names, new Map(meeting ? [[meeting.id, meeting.number]] : [])),
    );
  });
  if (result.ok)
    ctx.events.publish({
      type: 'committee',
      notice: 'agenda-item',
      committeeId: result.value.committeeId,
      subjectId: result.value.id,
      actorId: caller.personId,
    });
  return result;
}
