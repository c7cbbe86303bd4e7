/**
 * The agenda items of a committee the caller may read: its participants only, each item read through
 * the policy module (an item marked above them, or in a compartment they are not read into, does not
 * exist for them).
 */
import { businessFacts } from '../../core/committee/committee.access.js';
import { partiesOf } from '../../core/committee/committee.js';
import { canRead } from '../../core/policy/policy.js';
import { succeed } from '../../core/result.js';
import {
  listAgendaItems,
  listMeetings,
  type AgendaItemRecord,
} from '../../db/committee-meeting.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor, type Actor } from '../with-actor.js';
import { loadCommittee, requireParticipant, type LoadedCommittee } from './committee-context.js';
import { loadNames, viewAgendaItem, type AgendaItemView } from './committee-view.js';

export function listCommitteeAgendaItems(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  filter: { status?: AgendaItemRecord['status'] } = {},
): Promise<AppResult<AgendaItemView[]>> {
  return withActor(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId);
    if (!loaded.ok) return loaded;
    const role = requireParticipant(loaded.value, 'see its agenda');
    if (!role.ok) return role;
    const items = (await listAgendaItems(actor.sql, loaded.value.record.id, ctx.scheme)).filter(
      (item) => filter.status === undefined || item.status === filter.status,
    );
    const views = await viewItems(ctx, actor, loaded.value, items);
    await actor.audit({
      action: 'committee.agenda.list',
      target: { kind: 'committee', id: loaded.value.record.id },
      decision: 'granted',
      details: { returned: views.map((view) => view.id) },
    });
    return succeed(views);
  });
}

/** Items as the reader may see them: the policy module decides again, and disagreement is logged. */
export async function viewItems(
  ctx: AppContext,
  actor: Actor,
  committee: LoadedCommittee,
  items: readonly AgendaItemRecord[],
): Promise<AgendaItemView[]> {
  const readable = items.filter((item) => {
    const facts = businessFacts({
      originator: item.originator,
      authorId: item.proposedBy,
      marking: item.marking,
      delegationOffices: committee.delegationOffices,
    });
    if (canRead(actor.reader, facts)) return true;
    ctx.logger.error(
      { event: 'policy-disagreement', agendaItemId: item.id, personId: actor.person.id },
      'the store returned an agenda item the policy module denies',
    );
    return false;
  });
  const names = await loadNames(
    actor,
    readable.flatMap((item) => [item.proposedBy, ...item.consents.map((c) => c.personId)]),
  );
  const meetings = new Map(
    (await listMeetings(actor.sql, committee.record.id, ctx.scheme)).map((meeting) => [
      meeting.id,
      meeting.number,
    ]),
  );
  return readable.map((item) => viewAgendaItem(item, partiesOf(committee.charter), names, meetings));
}
