/**
 * One document, for a person who may read it, in their own copy. Missing and forbidden are one answer.
 * Row-level security has already filtered the row; the policy module decides again, and a disagreement
 * is logged loudly. A former reader of a recalled document is told of the recall instead. Every
 * decision is audited with the rule that made it; a denial is explained from the facts the person
 * could not see, in a separate transaction, taken for a missing document too (same work, same answer).
 */
import { accessFactsOf } from '../../core/document/document.rules.js';
import { decideRead } from '../../core/policy/policy.js';
import { fail, succeed } from '../../core/result.js';
import { findDocument, listRecallNotices } from '../../db/document.repository.js';
import type { RecallNotice } from '../../core/document/document.js';
import { recordDeniedRead } from '../audit/record-denied-read.js';
import type { AppContext, Caller } from '../context.js';
import { DOCUMENT_NOT_FOUND, type AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import type { DocumentView } from './document-view.js';
import { isUuid } from './prepare-draft.js';
import { viewFor } from './view-for.js';

export type DocumentRead = { readonly kind: 'document'; readonly view: DocumentView } | { readonly kind: 'recalled'; readonly notice: RecallNotice };

export async function getDocument(ctx: AppContext, caller: Caller, id: string): Promise<AppResult<DocumentRead>> {
  const valid = isUuid(id);
  const result = await withActor<DocumentRead>(ctx, caller, async (actor) => {
    const document = valid ? await findDocument(actor.sql, id, ctx.scheme) : undefined;
    if (!document) {
      const [notice] = valid ? await listRecallNotices(actor.sql, id) : [];
      if (!notice) return fail('NOT_FOUND', DOCUMENT_NOT_FOUND);
      await actor.audit({ action: 'document.read', target: { kind: 'document', id }, decision: 'denied', rule: 'recalled' });
      return succeed({ kind: 'recalled', notice });
    }
    const decision = decideRead(actor.reader, accessFactsOf(document));
    if (!decision.allowed) {
      ctx.logger.error(
        { event: 'policy-disagreement', documentId: id, personId: caller.personId, rule: decision.rule },
        'row-level security returned a document the policy module denies',
      );
      return fail('NOT_FOUND', DOCUMENT_NOT_FOUND);
    }
    const viewed = await viewFor(ctx, actor, document);
    if (!viewed.ok) {
      await actor.audit({ action: 'document.read', target: { kind: 'document', id }, decision: 'denied', rule: 'copy-destroyed' });
      return viewed;
    }
    const copy = viewed.value.reading.copy;
    await actor.audit({
      action: 'document.read',
      target: { kind: 'document', id },
      decision: 'granted',
      rule: decision.via,
      details: copy ? { copy: copy.id, number: copy.number } : { copy: null },
    });
    return succeed({ kind: 'document', view: viewed.value.view });
  });
  if (!result.ok && result.code === 'NOT_FOUND') await recordDeniedRead(ctx, caller, id, 'document.read');
  return result;
}
