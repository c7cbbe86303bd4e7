/**
 * A member proposes a change to the charter in force: a whole new charter, which comes into force only
 * when every party (each party of the old charter and of the new) has approved it. One change at a time.
 */
import { charterApprovers, isCharterApproved } from '../../core/committee/charter.rules.js';
import { fail, succeed } from '../../core/result.js';
import {
  bringCharterIntoForce,
  insertCharterApproval,
  insertCharterVersion,
} from '../../db/committee.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { loadCommittee, requireInForce } from './committee-context.js';
import { loadNames, viewCharter, type CharterView } from './committee-view.js';
import { resolveCharter, type CharterInput } from './resolve-charter.js';

export function proposeCharterChange(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  input: CharterInput & { note?: string },
): Promise<AppResult<CharterView>> {
  return withActor(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId, { forChange: true });
    if (!loaded.ok) return loaded;
    const committee = loaded.value;
    const target = { kind: 'committee', id: committee.record.id };
    const refuse = async <F extends { ok: false; code: string; field?: string }>(failure: F) => {
      await actor.audit({
        action: 'committee.charter.propose',
        target,
        decision: 'refused',
        rule: failure.code,
        details: { field: failure.field ?? null },
      });
      return failure;
    };
    const inForce = requireInForce(committee);
    if (!inForce.ok) return refuse(inForce);
    if (committee.standing !== 'member')
      return refuse(
        fail('COMMITTEE_NOT_PERMITTED', 'a change to the charter is proposed by a member of the committee'),
      );
    if (committee.pending)
      return refuse(
        fail(
          'COMMITTEE_STATE_CONFLICT',
          `charter version ${committee.pending.version} already awaits approval`,
        ),
      );
    const charter = await resolveCharter(ctx, actor, input);
    if (!charter.ok) return refuse(charter);
    const version = Math.max(...committee.record.versions.map((entry) => entry.version)) + 1;
    const now = ctx.now();
    await insertCharterVersion(actor.sql, committee.record.id, version, charter.value, {
      note: input.note ?? '',
      proposedBy: actor.person.id,
      proposedAt: now,
    });
    const approvers = charterApprovers(committee.charter, charter.value);
    const party = [...approvers].find(([, personId]) => personId === actor.person.id)?.[0];
    const approvals = new Map<string, string>();
    if (party !== undefined) {
      await insertCharterApproval(actor.sql, {
        committeeId: committee.record.id,
        version,
        party,
        personId: actor.person.id,
        at: now,
      });
      approvals.set(party, actor.person.id);
    }
    const complete = isCharterApproved(approvers, approvals);
    if (complete) await bringCharterIntoForce(actor.sql, committee.record.id, version, now);
    await actor.audit({
      action: 'committee.charter.propose',
      target,
      decision: 'done',
      details: { version, approvedFor: party ?? null, inForce: complete },
    });
    const proposed = {
      version,
      status: complete ? ('in-force' as const) : ('awaiting-approval' as const),
      charter: charter.value,
      note: input.note ?? '',
      proposedBy: actor.person.id,
      proposedAt: now,
      inForceAt: complete ? now : null,
      approvals: new Map([...approvals].map(([entry, personId]) => [entry, { personId, at: now }])),
    };
    const names = await loadNames(
      actor,
      [
        actor.person.id,
        ...charter.value.participants.map((entry) => entry.personId),
        ...committee.charter.participants.map((entry) => entry.personId),
      ],
      charter.value.parties.map((entry) => entry.chiefsOfficeId),
    );
    return succeed(viewCharter(ctx, proposed, committee.governing, names));
  });
}
