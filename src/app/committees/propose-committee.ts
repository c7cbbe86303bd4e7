/**
 * A prospective member proposes a committee with its first charter. The committee exists at once for
 * those it concerns, but has no business until every party's member has approved the charter; the
 * proposer's own approval is given with the proposal.
 */
import { charterApprovers, isCharterApproved } from '../../core/committee/charter.rules.js';
import { memberPartyOf } from '../../core/committee/committee.js';
import { fail, succeed } from '../../core/result.js';
import {
  bringCharterIntoForce,
  insertCharterApproval,
  insertCharterVersion,
  insertCommittee,
} from '../../db/committee.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { loadCommittee } from './committee-context.js';
import { viewCommittee, type CommitteeView } from './committee-view.js';
import { resolveCharter, type CharterInput } from './resolve-charter.js';

export function proposeCommittee(
  ctx: AppContext,
  caller: Caller,
  input: CharterInput & { note?: string },
): Promise<AppResult<CommitteeView>> {
  return withActor(ctx, caller, async (actor) => {
    const refuse = async <F extends { ok: false; code: string; field?: string }>(failure: F) => {
      await actor.audit({
        action: 'committee.propose',
        target: null,
        decision: 'refused',
        rule: failure.code,
        details: { field: failure.field ?? null },
      });
      return failure;
    };
    const charter = await resolveCharter(ctx, actor, input);
    if (!charter.ok) return refuse(charter);
    const party = memberPartyOf(charter.value, actor.person.id);
    if (party === undefined)
      return refuse(
        fail(
          'COMMITTEE_NOT_PERMITTED',
          'a committee is proposed by one of its members: name yourself as your party’s member',
        ),
      );
    const id = ctx.newId();
    const now = ctx.now();
    await insertCommittee(actor.sql, { id, createdBy: actor.person.id, createdAt: now });
    await insertCharterVersion(actor.sql, id, 1, charter.value, {
      note: input.note ?? '',
      proposedBy: actor.person.id,
      proposedAt: now,
    });
    await insertCharterApproval(actor.sql, {
      committeeId: id,
      version: 1,
      party,
      personId: actor.person.id,
      at: now,
    });
    const approvers = charterApprovers(undefined, charter.value);
    if (isCharterApproved(approvers, new Map([[party, actor.person.id]])))
      await bringCharterIntoForce(actor.sql, id, 1, now);
    await actor.audit({
      action: 'committee.propose',
      target: { kind: 'committee', id },
      decision: 'done',
      details: {
        name: charter.value.name,
        parties: charter.value.parties.map((entry) => entry.party),
        approvedFor: party,
      },
    });
    const loaded = await loadCommittee(ctx, actor, id);
    if (!loaded.ok) throw new Error(`committee ${id} not visible to its proposer`);
    return succeed(await viewCommittee(ctx, actor, loaded.value));
  });
}
