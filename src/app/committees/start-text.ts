/**
 * Starts a negotiated text: minutes drafted by a secretary, a recommendation proposed by a member, a
 * proposal submitted by a party's member. Its first version is issued EMBARGO UNTIL AGREED to the
 * parties' negotiating delegations, and nobody else: not the wider parties, not their registries.
 */
import { partiesOf } from '../../core/committee/committee.js';
import {
  checkMayWrite,
  type CommitteeTextKind,
  type VersionKind,
} from '../../core/committee/committee-text.js';
import { workingMarking } from '../../core/committee/committee-marking.js';
import { combineMarkings, type MarkedSource } from '../../core/marking/marking.combine.js';
import { fail, succeed } from '../../core/result.js';
import { findText, insertText, insertTextVersion, listTexts } from '../../db/committee-text.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { initialsOf, loadCommittee, requireInForce, requireParticipant } from './committee-context.js';
import { issueCommitteeDocument } from './committee-documents.js';
import { findReadableMeeting } from './get-meeting.js';
import { resolveTextMarking } from './text-marking.js';
import { viewText, type TextView } from './text-view.js';

export interface TextInput {
  readonly title?: string;
  readonly text: string;
  /** A banner in the author's words; default follows from the meeting or the working level. */
  readonly marking?: string;
  /** Minutes: the meeting they record (required). A recommendation: the meeting it arose from. */
  readonly meetingId?: string;
  readonly note?: string;
}

const FIRST_VERSION: Record<CommitteeTextKind, VersionKind> = {
  minutes: 'draft',
  recommendation: 'draft',
  proposal: 'submission',
};

export const REFERENCE_LETTER: Record<CommitteeTextKind, string> = {
  minutes: 'M',
  recommendation: 'R',
  proposal: 'P',
};

export async function startText(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  kind: CommitteeTextKind,
  input: TextInput,
): Promise<AppResult<TextView>> {
  const documentIds: string[] = [];
  const result = await withActor<TextView>(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId, { forChange: true });
    if (!loaded.ok) return loaded;
    const committee = loaded.value;
    const target = { kind: 'committee', id: committee.record.id };
    const refuse = async <F extends { ok: false; code: string; field?: string }>(failure: F) => {
      await actor.audit({
        action: `committee.${kind}.start`,
        target,
        decision: 'refused',
        rule: failure.code,
        details: { field: failure.field ?? null },
      });
      return failure;
    };
    const role = requireParticipant(committee, `write its ${kind}`);
    if (!role.ok) return refuse(role);
    const inForce = requireInForce(committee);
    if (!inForce.ok) return refuse(inForce);
    const may = checkMayWrite(kind, role.value, actor.person.party, FIRST_VERSION[kind], []);
    if (!may.ok) return refuse(may);

    let meeting = undefined;
    if (input.meetingId !== undefined) {
      meeting = await findReadableMeeting(ctx, actor, committee, input.meetingId);
      if (!meeting)
        return refuse(
          fail('COMMITTEE_INVALID', `meetingId: no meeting '${input.meetingId}'`, { field: 'meetingId' }),
        );
    }
    if (kind === 'minutes') {
      if (!meeting)
        return refuse(
          fail('COMMITTEE_INVALID', 'meetingId: minutes record a meeting', { field: 'meetingId' }),
        );
      if (meeting.status !== 'held')
        return refuse(
          fail(
            'COMMITTEE_STATE_CONFLICT',
            `meeting ${meeting.number} has not been held: record its attendance first`,
          ),
        );
      if (
        (await listTexts(actor.sql, committee.record.id, { kind: 'minutes', meetingId: meeting.id })).length >
        0
      )
        return refuse(
          fail('COMMITTEE_STATE_CONFLICT', `meeting ${meeting.number} already has minutes: amend them`),
        );
    }
    const title = (
      input.title ??
      (meeting && kind === 'minutes'
        ? `Minutes of meeting ${meeting.number} of the ${committee.charter.name}`
        : '')
    ).trim();
    if (title === '' || title.length > 250)
      return refuse(fail('COMMITTEE_INVALID', 'title: 1 to 250 characters', { field: 'title' }));
    if (input.text.trim() === '' || input.text.length > 1_000_000)
      return refuse(fail('COMMITTEE_INVALID', 'text: 1 to 1,000,000 characters', { field: 'text' }));
    const note = (input.note ?? '').trim();
    if (note.length > 2000)
      return refuse(fail('COMMITTEE_INVALID', 'note: at most 2,000 characters', { field: 'note' }));

    const parties = partiesOf(committee.charter);
    const floor: MarkedSource | undefined = meeting
      ? { marking: meeting.marking, originator: meeting.originator }
      : undefined;
    const working = {
      marking: workingMarking(committee.charter.workingLevel, actor.person.party, parties),
      originator: actor.person.party,
    };
    const fallback = combineMarkings(floor ? [working, floor] : [working], actor.person.party, ctx.scheme);
    if (!fallback.ok)
      return refuse(fail('COMMITTEE_NOT_SHARED', `marking: ${fallback.message}`, { field: 'marking' }));
    const marking = await resolveTextMarking(ctx, actor, committee, {
      given: input.marking,
      fallback: fallback.value,
      floor,
    });
    if (!marking.ok) return refuse(marking);

    const reference = `${initialsOf(committee.charter.name)}/${REFERENCE_LETTER[kind]}${meeting ? `/${meeting.number}` : ''}`;
    const document = await issueCommitteeDocument(ctx, actor, {
      kind,
      title: `${title} (version 1)`,
      body: input.text,
      reference: `${reference} v1`,
      subject: title,
      marking: marking.value,
      embargoedFor: committee.delegationOffices,
      distribution: committee.delegationOffices.map((office) => ({ office })),
    });
    if (!document.ok) return refuse(document);
    documentIds.push(document.value.id);
    const id = ctx.newId();
    const now = ctx.now();
    await insertText(actor.sql, {
      id,
      committeeId: committee.record.id,
      kind,
      meetingId: meeting?.id ?? null,
      createdBy: actor.person.id,
      at: now,
    });
    await insertTextVersion(actor.sql, id, {
      version: 1,
      documentId: document.value.id,
      authorId: actor.person.id,
      party: actor.person.party,
      kind: FIRST_VERSION[kind],
      note,
      createdAt: now,
    });
    await actor.audit({
      action: `committee.${kind}.start`,
      target: { kind: `committee-${kind}`, id },
      decision: 'done',
      details: {
        committee: committee.record.id,
        document: document.value.id,
        banner: document.value.banner,
        meeting: meeting?.id ?? null,
      },
    });
    const saved = await findText(actor.sql, committee.record.id, id);
    const view = saved && (await viewText(ctx, actor, committee, saved));
    if (!view) throw new Error(`committee text ${id} not readable by its author`);
    return succeed(view);
  });
  if (result.ok) {
    for (const documentId of documentIds) ctx.events.publish({ type: 'document-available', documentId });
    if (kind === 'minutes')
      ctx.events.publish({
        type: 'committee',
        notice: 'minutes-awaiting-approval',
        committeeId: result.value.committeeId,
        subjectId: result.value.id,
        actorId: caller.personId,
      });
  }
  return result;
}
