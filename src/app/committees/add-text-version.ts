/**
 * A new version of a negotiated text: an amendment to minutes or a recommendation, a revision of a
 * proposal, or another party's parallel submission to the same matter. It is issued under the same
 * embargo to the same delegations, and clears every consent given so far: each party agrees afresh to
 * the current version.
 */
import {
  checkMayWrite,
  type CommitteeTextKind,
  type VersionKind,
} from '../../core/committee/committee-text.js';
import { amendText } from '../../core/committee/negotiated-text.js';
import { fail, succeed } from '../../core/result.js';
import { findDocument } from '../../db/document.repository.js';
import { advanceText, findText, insertTextVersion } from '../../db/committee-text.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { initialsOf, loadCommittee, requireInForce, requireParticipant } from './committee-context.js';
import { issueCommitteeDocument } from './committee-documents.js';
import { findReadableMeeting } from './get-meeting.js';
import { loadText } from './load-text.js';
import { REFERENCE_LETTER } from './start-text.js';
import { resolveTextMarking } from './text-marking.js';
import { negotiationOf, viewText, type TextView } from './text-view.js';

export interface VersionInput {
  /** The version this one amends (the current one). */
  readonly version: number;
  readonly text: string;
  readonly title?: string;
  readonly marking?: string;
  /** amendment (minutes, recommendations), revision or parallel-submission (proposals). */
  readonly kind?: VersionKind;
  readonly note?: string;
}

export async function addTextVersion(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  kind: CommitteeTextKind,
  textId: string,
  input: VersionInput,
): Promise<AppResult<TextView>> {
  const documentIds: string[] = [];
  const result = await withActor<TextView>(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId, { forChange: true });
    if (!loaded.ok) return loaded;
    const committee = loaded.value;
    const text = await loadText(ctx, actor, committee, kind, textId);
    if (!text.ok) return text;
    const record = text.value.record;
    const target = { kind: `committee-${kind}`, id: record.id };
    const refuse = async <F extends { ok: false; code: string; field?: string }>(failure: F) => {
      await actor.audit({
        action: `committee.${kind}.version`,
        target,
        decision: 'refused',
        rule: failure.code,
        details: { field: failure.field ?? null },
      });
      return failure;
    };
    const role = requireParticipant(committee, `amend its ${kind}`);
    if (!role.ok) return refuse(role);
    const inForce = requireInForce(committee);
    if (!inForce.ok) return refuse(inForce);
    const versionKind = input.kind ?? (kind === 'proposal' ? 'revision' : 'amendment');
    const may = checkMayWrite(kind, role.value, actor.person.party, versionKind, record.versions);
    if (!may.ok) return refuse(may);
    const negotiation = amendText(negotiationOf(committee, record), input.version);
    if (!negotiation.ok) return refuse(negotiation);
    const current = record.versions.find((version) => version.version === record.currentVersion);
    const previous = current && (await findDocument(actor.sql, current.documentId, ctx.scheme));
    if (!previous)
      return refuse(
        fail('COMMITTEE_NOT_SHARED', 'you may not read the current version, so you cannot amend it'),
      );

    const title = (input.title ?? previous.fields.subject ?? text.value.view.title).trim();
    if (title === '' || title.length > 250)
      return refuse(fail('COMMITTEE_INVALID', 'title: 1 to 250 characters', { field: 'title' }));
    if (input.text.trim() === '' || input.text.length > 1_000_000)
      return refuse(fail('COMMITTEE_INVALID', 'text: 1 to 1,000,000 characters', { field: 'text' }));
    if (input.text === previous.body && title === (previous.fields.subject ?? title))
      return refuse(
        fail('COMMITTEE_INVALID', 'text: the same as the current version; nothing to amend', {
          field: 'text',
        }),
      );
    const note = (input.note ?? '').trim();
    if (note.length > 2000)
      return refuse(fail('COMMITTEE_INVALID', 'note: at most 2,000 characters', { field: 'note' }));

    const meeting =
      record.meetingId === null
        ? undefined
        : await findReadableMeeting(ctx, actor, committee, record.meetingId);
    if (record.meetingId !== null && !meeting)
      return refuse(fail('COMMITTEE_NOT_SHARED', 'you may not read the meeting these minutes record'));
    const marking = await resolveTextMarking(ctx, actor, committee, {
      given: input.marking,
      fallback: previous.marking,
      floor: meeting ? { marking: meeting.marking, originator: meeting.originator } : undefined,
    });
    if (!marking.ok) return refuse(marking);

    const version = negotiation.value.version;
    const reference = `${initialsOf(committee.charter.name)}/${REFERENCE_LETTER[kind]}${meeting ? `/${meeting.number}` : ''}`;
    const now = ctx.now();
    // Moving the text on first locks it: a concurrent amendment waits, then finds its version stale.
    if (!(await advanceText(actor.sql, record.id, record.currentVersion, now)))
      return refuse(
        fail('COMMITTEE_STALE_VERSION', 'version: the text was amended meanwhile; read it again', {
          field: 'version',
        }),
      );
    const document = await issueCommitteeDocument(ctx, actor, {
      kind,
      title: `${title} (version ${version})`,
      body: input.text,
      reference: `${reference} v${version}`,
      subject: title,
      marking: marking.value,
      embargoedFor: committee.delegationOffices,
      distribution: committee.delegationOffices.map((office) => ({ office })),
    });
    // Its marking and delegations were checked above: a refusal here is a bug, and undoes the advance.
    if (!document.ok)
      throw new Error(`version ${version} of text ${record.id} could not be issued: ${document.message}`);
    documentIds.push(document.value.id);
    await insertTextVersion(actor.sql, record.id, {
      version,
      documentId: document.value.id,
      authorId: actor.person.id,
      party: actor.person.party,
      kind: versionKind,
      note,
      createdAt: now,
    });
    await actor.audit({
      action: `committee.${kind}.version`,
      target,
      decision: 'done',
      details: {
        version,
        kind: versionKind,
        document: document.value.id,
        consentsCleared: record.consents
          .filter((c) => c.version === record.currentVersion)
          .map((c) => c.party),
      },
    });
    const saved = await findText(actor.sql, committee.record.id, record.id);
    const view = saved && (await viewText(ctx, actor, committee, saved));
    if (!view) throw new Error(`committee text ${record.id} not readable after amendment`);
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
