/** The drafter saves a new version of their draft; a stale version is refused rather than overwritten. */
import { accessFactsOf } from '../../core/document/document.rules.js';
import { canRead } from '../../core/policy/policy.js';
import { fail, succeed } from '../../core/result.js';
import {
  deleteDraftDisseminations,
  findDocument,
  updateDraft as saveDraft,
} from '../../db/document.repository.js';
import type { AppContext, Caller } from '../context.js';
import { DOCUMENT_NOT_FOUND, type AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import type { DocumentView } from './document-view.js';
import { viewFor } from './view-for.js';
import { refingerprintDraft } from './fingerprint-document.js';
import { isUuid, planDistribution, prepareDraft, type DraftInput } from './prepare-draft.js';

export function updateDraft(
  ctx: AppContext,
  caller: Caller,
  id: string,
  input: DraftInput & { version: number },
): Promise<AppResult<DocumentView>> {
  return withActor(ctx, caller, async (actor) => {
    const existing = isUuid(id) ? await findDocument(actor.sql, id, ctx.scheme) : undefined;
    if (!existing || !canRead(actor.reader, accessFactsOf(existing)))
      return fail('NOT_FOUND', DOCUMENT_NOT_FOUND);
    const target = { kind: 'document', id };
    const refuse = async <C extends string>(failure: {
      ok: false;
      code: C;
      message: string;
      field?: string;
    }) => {
      await actor.audit({ action: 'document.update', target, decision: 'refused', rule: failure.code });
      return failure;
    };
    if (existing.state !== 'draft' || existing.drafterId !== actor.person.id)
      return refuse(
        fail('DOCUMENT_NOT_DRAFT', 'only the drafter changes a document, and only while it is a draft'),
      );
    const prepared = await prepareDraft(ctx, actor, input);
    if (!prepared.ok) return refuse(prepared);
    const draft = prepared.value;
    const now = ctx.now();
    const saved = await saveDraft(actor.sql, {
      id,
      kind: draft.kind,
      title: draft.title,
      body: draft.body,
      fields: draft.fields,
      dated: draft.dated,
      reference: draft.reference,
      marking: draft.marking,
      banner: draft.banner,
      personalFor: draft.personalFor,
      negotiatingOffices: draft.negotiatingOffices,
      expectedVersion: input.version,
      updatedAt: now,
    });
    if (!saved)
      return refuse(
        fail('VERSION_CONFLICT', `version: the draft has changed since version ${input.version}; reload it`, {
          field: 'version',
        }),
      );
    await refingerprintDraft(ctx, actor.sql, id, draft.body);
    await deleteDraftDisseminations(actor.sql, id);
    await planDistribution(ctx, actor, id, draft.distribution, now);
    const updated = await findDocument(actor.sql, id, ctx.scheme);
    if (!updated) throw new Error(`draft ${id} not readable by its drafter after update`);
    await actor.audit({
      action: 'document.update',
      target,
      decision: 'done',
      details: { banner: updated.banner, version: updated.version },
    });
    const viewed = await viewFor(ctx, actor, updated);
    if (!viewed.ok) return viewed;
    return succeed(viewed.value.view);
  });
}
