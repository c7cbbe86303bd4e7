/** Every version of a committee's charter, oldest first, each with what it changed and who approved it. */
import { succeed } from '../../core/result.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { loadCommittee } from './committee-context.js';
import { loadNames, viewCharter, type CharterView } from './committee-view.js';

export function listCharters(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
): Promise<AppResult<CharterView[]>> {
  return withActor(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId);
    if (!loaded.ok) return loaded;
    const versions = loaded.value.record.versions;
    const names = await loadNames(
      actor,
      versions.flatMap((version) => [
        version.proposedBy,
        ...version.charter.participants.map((entry) => entry.personId),
        ...[...version.approvals.values()].map((approval) => approval.personId),
      ]),
      versions.flatMap((version) => version.charter.parties.map((entry) => entry.chiefsOfficeId)),
    );
    await actor.audit({
      action: 'committee.charters',
      target: { kind: 'committee', id: loaded.value.record.id },
      decision: 'granted',
    });
    return succeed(
      versions.map((version, index) =>
        viewCharter(ctx, version, index > 0 ? versions[index - 1] : undefined, names),
      ),
    );
  });
}
