/**
 * A party's member consents to the current version of a text: approves minutes, concurs in a
 * recommendation, agrees a proposal. The consent that completes every party's lifts the embargo: the
 * agreed text is issued, without it, to its wider distribution (minutes and recommendations to each
 * party's chiefs and delegation; a proposal to the parties). A recommendation so adopted awaits each
 * party's chiefs' response; it binds nobody.
 */
import { memberPartyOf } from '../../core/committee/committee.js';
import { consentWord, type CommitteeTextKind } from '../../core/committee/committee-text.js';
import { consentTo } from '../../core/committee/negotiated-text.js';
import type { LiaisonDocument } from '../../core/document/document.js';
import { fail, succeed } from '../../core/result.js';
import { findDocument } from '../../db/document.repository.js';
import { findText, insertConsent, markAgreed } from '../../db/committee-text.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import type { RecipientInput } from '../documents/prepare-draft.js';
import { withActor, type Actor } from '../with-actor.js';
import { initialsOf, loadCommittee, requireInForce, type LoadedCommittee } from './committee-context.js';
import { inWordsOf, issueCommitteeDocument } from './committee-documents.js';
import { findReadableMeeting } from './get-meeting.js';
import { loadText } from './load-text.js';
import { REFERENCE_LETTER } from './start-text.js';
import { negotiationOf, viewText, type TextView } from './text-view.js';

export async function consentToText(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  kind: CommitteeTextKind,
  textId: string,
  input: { version: number },
): Promise<AppResult<TextView>> {
  const documentIds: string[] = [];
  let agreed = false;
  const word = consentWord(kind);
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
        action: `committee.${kind}.${word}`,
        target,
        decision: 'refused',
        rule: failure.code,
        details: { version: input.version },
      });
      return failure;
    };
    const inForce = requireInForce(committee);
    if (!inForce.ok) return refuse(inForce);
    const party = memberPartyOf(committee.charter, actor.person.id);
    if (party === undefined)
      return refuse(
        fail(
          'COMMITTEE_NOT_PERMITTED',
          `only a party's member gives the party's ${word} of ${kind === 'minutes' ? 'minutes' : `a ${kind}`}`,
        ),
      );
    const next = consentTo(negotiationOf(committee, record), party, input.version);
    if (!next.ok) return refuse(next);
    const current = record.versions.find((version) => version.version === record.currentVersion);
    const document = current && (await findDocument(actor.sql, current.documentId, ctx.scheme));
    if (!document)
      return refuse(
        fail('COMMITTEE_NOT_SHARED', 'you may not read the current version, so you cannot agree it'),
      );
    const now = ctx.now();
    await insertConsent(actor.sql, {
      textId: record.id,
      version: input.version,
      party,
      personId: actor.person.id,
      at: now,
    });
    let issuedId: string | null = null;
    if (next.value.state === 'agreed') {
      const issued = await issueAgreedText(ctx, actor, committee, kind, record.meetingId, document);
      if (!issued.ok) throw new Error(`agreed ${kind} ${record.id} could not be issued: ${issued.message}`);
      if (!(await markAgreed(actor.sql, record.id, input.version, issued.value, now)))
        throw new Error(`${kind} ${record.id} moved on while being agreed`);
      issuedId = issued.value;
      documentIds.push(issued.value);
      agreed = true;
    }
    await actor.audit({
      action: `committee.${kind}.${word}`,
      target,
      decision: 'done',
      details: { version: input.version, party, agreed: issuedId !== null, issuedDocument: issuedId },
    });
    const saved = await findText(actor.sql, committee.record.id, record.id);
    const view = saved && (await viewText(ctx, actor, committee, saved));
    if (!view) throw new Error(`committee text ${record.id} not readable after ${word}`);
    return succeed(view);
  });
  if (result.ok) {
    for (const documentId of documentIds) ctx.events.publish({ type: 'document-available', documentId });
    if (agreed && kind === 'recommendation')
      ctx.events.publish({
        type: 'committee',
        notice: 'recommendation-awaiting-response',
        committeeId: result.value.committeeId,
        subjectId: result.value.id,
        actorId: caller.personId,
      });
  }
  return result;
}

/** The agreed text, issued without the embargo to its wider distribution; its marking is otherwise the version's. */
async function issueAgreedText(
  ctx: AppContext,
  actor: Actor,
  committee: LoadedCommittee,
  kind: CommitteeTextKind,
  meetingId: string | null,
  version: LiaisonDocument,
): Promise<AppResult<string>> {
  const marking = inWordsOf(ctx, { ...version.marking, embargoUntilAgreed: false }, actor.person.party);
  if (!marking.ok) return marking;
  const chiefs: RecipientInput[] = committee.charter.parties.map((entry) => ({
    office: entry.chiefsOfficeId,
  }));
  const delegations: RecipientInput[] = committee.delegationOffices.map((office) => ({ office }));
  const parties: RecipientInput[] = committee.charter.parties.map((entry) => ({ party: entry.party }));
  const distribution = kind === 'proposal' ? [...delegations, ...parties] : [...chiefs, ...delegations];
  const meeting =
    meetingId === null ? undefined : await findReadableMeeting(ctx, actor, committee, meetingId);
  const title = version.fields.subject ?? version.title;
  const issued = await issueCommitteeDocument(ctx, actor, {
    kind,
    title,
    body: version.body,
    reference: `${initialsOf(committee.charter.name)}/${REFERENCE_LETTER[kind]}${meeting ? `/${meeting.number}` : ''}`,
    subject: title,
    marking: marking.value,
    embargoedFor: null,
    distribution,
  });
  return issued.ok ? succeed(issued.value.id) : issued;
}
