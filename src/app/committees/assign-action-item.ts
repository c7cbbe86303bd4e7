/** A member or secretary records an action item of a meeting: what is to be done, by whom, by when. */
import { checkMayArrangeMeeting } from '../../core/committee/agenda.rules.js';
import { validateActionItem } from '../../core/committee/action-item.js';
import { businessFacts } from '../../core/committee/committee.access.js';
import { participantOf } from '../../core/committee/committee.js';
import { toReader } from '../../core/person/person.js';
import { canRead } from '../../core/policy/policy.js';
import { fail, succeed } from '../../core/result.js';
import { findActionItem, insertActionItem } from '../../db/committee-action.repository.js';
import { findPersonByUsername } from '../../db/person.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { loadCommittee, requireInForce, requireParticipant } from './committee-context.js';
import { loadNames, viewActionItem, type ActionItemView } from './committee-view.js';
import { findReadableMeeting } from './get-meeting.js';

export function assignActionItem(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  input: { meetingId: string; title: string; owner: string; dueDate: string },
): Promise<AppResult<ActionItemView>> {
  return withActor(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId, { forChange: true });
    if (!loaded.ok) return loaded;
    const committee = loaded.value;
    const target = { kind: 'committee', id: committee.record.id };
    const refuse = async <F extends { ok: false; code: string; field?: string }>(failure: F) => {
      await actor.audit({
        action: 'committee.action-item.assign',
        target,
        decision: 'refused',
        rule: failure.code,
        details: { field: failure.field ?? null },
      });
      return failure;
    };
    const role = requireParticipant(committee, 'record action items');
    if (!role.ok) return refuse(role);
    const inForce = requireInForce(committee);
    if (!inForce.ok) return refuse(inForce);
    const may = checkMayArrangeMeeting(role.value);
    if (!may.ok) return refuse(may);
    const meeting = await findReadableMeeting(ctx, actor, committee, input.meetingId);
    if (!meeting)
      return refuse(
        fail('COMMITTEE_INVALID', `meetingId: no meeting '${input.meetingId}'`, { field: 'meetingId' }),
      );
    const valid = validateActionItem(input);
    if (!valid.ok) return refuse(valid);
    const owner = await findPersonByUsername(actor.sql, input.owner);
    const ownerMayRead =
      owner !== undefined &&
      participantOf(committee.charter, owner.id) !== undefined &&
      canRead(
        toReader(owner),
        businessFacts({
          originator: meeting.originator,
          authorId: meeting.convenedBy,
          marking: meeting.marking,
          delegationOffices: committee.delegationOffices,
        }),
      );
    if (!owner || !ownerMayRead)
      return refuse(
        fail(
          'COMMITTEE_INVALID',
          `owner: '${input.owner}' is not one of the committee's people able to read this meeting`,
          { field: 'owner' },
        ),
      );
    const id = ctx.newId();
    await insertActionItem(actor.sql, {
      id,
      committeeId: committee.record.id,
      meetingId: meeting.id,
      title: valid.value.title,
      ownerId: owner.id,
      dueDate: valid.value.dueDate,
      assignedBy: actor.person.id,
      assignedAt: ctx.now(),
    });
    await actor.audit({
      action: 'committee.action-item.assign',
      target: { kind: 'action-item', id },
      decision: 'done',
      details: { meeting: meeting.id, owner: owner.username, dueDate: valid.value.dueDate },
    });
    const saved = await findActionItem(actor.sql, committee.record.id, id);
    if (!saved) throw new Error(`action item ${id} not readable after it was recorded`);
    return succeed(
      viewActionItem(saved, await loadNames(actor, [saved.ownerId, saved.assignedBy]), ctx.now()),
    );
  });
}
