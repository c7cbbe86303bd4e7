/**
 * A party's member approves a proposed charter (the first, or a change) for their party. When every
 * party has approved it, it comes into force: the database checks the approvals again, supersedes the
 * old charter and brings each delegation in step with it.
 */
import {
  charterApprovers,
  checkCharterApproval,
  isCharterApproved,
} from '../../core/committee/charter.rules.js';
import { fail, succeed } from '../../core/result.js';
import { bringCharterIntoForce, insertCharterApproval } from '../../db/committee.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { loadCommittee } from './committee-context.js';
import { loadNames, viewCharter, type CharterView } from './committee-view.js';

export function approveCharter(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  version: number,
): Promise<AppResult<CharterView>> {
  return withActor(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId, { forChange: true });
    if (!loaded.ok) return loaded;
    const committee = loaded.value;
    const target = { kind: 'committee', id: committee.record.id };
    const refuse = async <F extends { ok: false; code: string }>(failure: F) => {
      await actor.audit({
        action: 'committee.charter.approve',
        target,
        decision: 'refused',
        rule: failure.code,
        details: { version },
      });
      return failure;
    };
    const pending = committee.pending;
    if (!pending || pending.version !== version)
      return refuse(
        fail(
          'COMMITTEE_STALE_VERSION',
          `version: charter version ${version} is not awaiting approval${pending ? ` (version ${pending.version} is)` : ''}`,
          {
            field: 'version',
          },
        ),
      );
    const inForce = committee.inForce ? committee.governing : undefined;
    const approvers = charterApprovers(inForce?.charter, pending.charter);
    const approvals = new Map([...pending.approvals].map(([party, approval]) => [party, approval.personId]));
    const party = checkCharterApproval(approvers, approvals, actor.person.id);
    if (!party.ok) return refuse(party);
    const now = ctx.now();
    await insertCharterApproval(actor.sql, {
      committeeId: committee.record.id,
      version,
      party: party.value,
      personId: actor.person.id,
      at: now,
    });
    approvals.set(party.value, actor.person.id);
    const complete = isCharterApproved(approvers, approvals);
    if (complete && !(await bringCharterIntoForce(actor.sql, committee.record.id, version, now)))
      throw new Error(
        `charter ${version} of committee ${committee.record.id} approved by every party but not brought into force`,
      );
    await actor.audit({
      action: 'committee.charter.approve',
      target,
      decision: 'done',
      details: { version, party: party.value, inForce: complete },
    });
    const approved = {
      ...pending,
      status: complete ? ('in-force' as const) : pending.status,
      inForceAt: complete ? now : null,
      approvals: new Map([...pending.approvals, [party.value, { personId: actor.person.id, at: now }]]),
    };
    const names = await loadNames(
      actor,
      [
        approved.proposedBy,
        ...approved.charter.participants.map((entry) => entry.personId),
        ...[...approved.approvals.values()].map((approval) => approval.personId),
      ],
      approved.charter.parties.map((entry) => entry.chiefsOfficeId),
    );
    return succeed(viewCharter(ctx, approved, inForce, names));
  });
}
