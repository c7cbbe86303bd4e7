/**
 * One document, for a person who may read it. Missing and forbidden are one answer. Row-level security
 * has already filtered the row; the policy module decides again, and a disagreement is logged loudly.
 * Every decision is audited with the rule that made it; a denial is explained from the facts the
 * person could not see, in a separate transaction, taken for a missing document too (same work, same
 * time, same answer).
 */
import { accessFactsOf } from '../../core/document/document.rules.js';
import { decideRead } from '../../core/policy/policy.js';
import { fail, succeed } from '../../core/result.js';
import { findDocument } from '../../db/document.repository.js';
import { recordDeniedRead } from '../audit/record-denied-read.js';
import type { AppContext, Caller } from '../context.js';
import { DOCUMENT_NOT_FOUND, type AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { loadDirectoryFor, viewDocument, type DocumentView } from './document-view.js';
import { isUuid } from './prepare-draft.js';

export async function getDocument(
  ctx: AppContext,
  caller: Caller,
  id: string,
): Promise<AppResult<DocumentView>> {
  const result = await withActor(ctx, caller, async (actor) => {
    const document = isUuid(id) ? await findDocument(actor.sql, id, ctx.scheme) : undefined;
    if (!document) return fail('NOT_FOUND', DOCUMENT_NOT_FOUND);
    const decision = decideRead(actor.reader, accessFactsOf(document));
    if (!decision.allowed) {
      ctx.logger.error(
        { event: 'policy-disagreement', documentId: id, personId: caller.personId, rule: decision.rule },
        'row-level security returned a document the policy module denies',
      );
      return fail('NOT_FOUND', DOCUMENT_NOT_FOUND);
    }
    await actor.audit({
      action: 'document.read',
      target: { kind: 'document', id },
      decision: 'granted',
      rule: decision.via,
    });
    const directory = await loadDirectoryFor(actor.sql, [document]);
    return succeed(viewDocument(document, actor.person, directory, ctx.scheme));
  });
  if (!result.ok && result.code === 'NOT_FOUND') await recordDeniedRead(ctx, caller, id, 'document.read');
  return result;
}
