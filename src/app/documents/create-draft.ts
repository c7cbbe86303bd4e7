/** A person drafts a document: validated, marked within their own clearance, with its planned distribution. */
import { succeed } from '../../core/result.js';
import { findDocument, insertDocument } from '../../db/document.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import type { DocumentView } from './document-view.js';
import { viewFor } from './view-for.js';
import { fingerprintNewDraft } from './fingerprint-document.js';
import { planDistribution, prepareDraft, type DraftInput } from './prepare-draft.js';

export function createDraft(
  ctx: AppContext,
  caller: Caller,
  input: DraftInput,
): Promise<AppResult<DocumentView>> {
  return withActor(ctx, caller, async (actor) => {
    const prepared = await prepareDraft(ctx, actor, input);
    if (!prepared.ok) {
      await actor.audit({
        action: 'document.draft',
        target: null,
        decision: 'refused',
        rule: prepared.code,
        details: { field: prepared.field ?? null },
      });
      return prepared;
    }
    const draft = prepared.value;
    const id = ctx.newId();
    const now = ctx.now();
    await insertDocument(actor.sql, {
      id,
      kind: draft.kind,
      title: draft.title,
      body: draft.body,
      fields: draft.fields,
      dated: draft.dated,
      reference: draft.reference,
      originator: actor.person.party,
      drafterId: actor.person.id,
      marking: draft.marking,
      banner: draft.banner,
      personalFor: draft.personalFor,
      negotiatingOffices: draft.negotiatingOffices,
      createdAt: now,
    });
    await fingerprintNewDraft(ctx, actor.sql, id, draft.body);
    await planDistribution(ctx, actor, id, draft.distribution, now);
    const saved = await findDocument(actor.sql, id, ctx.scheme);
    if (!saved) throw new Error(`draft ${id} not readable by its drafter after insert`);
    await actor.audit({
      action: 'document.draft',
      target: { kind: 'document', id },
      decision: 'done',
      details: { banner: saved.banner, version: saved.version },
    });
    const viewed = await viewFor(ctx, actor, saved);
    if (!viewed.ok) return viewed;
    return succeed(viewed.value.view);
  });
}
