/** A person drafts a document: validated, marked within their own clearance, with its planned distribution. */
import type { LiaisonDocument } from '../../core/document/document.js';
import { succeed } from '../../core/result.js';
import { findDocument, insertDisseminations, insertDocument } from '../../db/document.repository.js';
import type { AppContext } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { prepareDraft, type DraftInput } from './prepare-draft.js';

export function createDraft(
  ctx: AppContext,
  personId: string,
  input: DraftInput,
): Promise<AppResult<LiaisonDocument>> {
  return withActor(ctx, personId, async (actor) => {
    const prepared = await prepareDraft(ctx, actor, input);
    if (!prepared.ok) return prepared;
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
    await insertDisseminations(
      actor.sql,
      id,
      draft.distribution.map((entry) => ({ ...entry, id: ctx.newId() })),
      { personId: actor.person.id, at: now },
    );
    const saved = await findDocument(actor.sql, id, ctx.scheme);
    if (!saved) throw new Error(`draft ${id} not readable by its drafter after insert`);
    ctx.logger.info({ event: 'draft-created', documentId: id, personId }, 'draft created');
    return succeed(saved);
  });
}
