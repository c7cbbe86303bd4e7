/**
 * The originator (the drafter, or the party's registry) recalls an issued document: from that moment
 * its copies are unreadable (by the policy module and by row-level security alike); those who could
 * read it are told of the recall instead. Final; recorded with its reason.
 */
import { COMMITTEE_TEXT_KINDS } from '../../core/committee/committee-text.js';
import type { RecallNotice } from '../../core/document/document.js';
import { accessFactsOf } from '../../core/document/document.rules.js';
import { canRead } from '../../core/policy/policy.js';
import { fail, succeed } from '../../core/result.js';
import { findDocument, listRecallNotices, markRecalled } from '../../db/document.repository.js';
import type { AppContext, Caller } from '../context.js';
import { DOCUMENT_NOT_FOUND, type AppResult } from '../errors.js';
import { isUuid } from '../documents/prepare-draft.js';
import { withActor } from '../with-actor.js';

export async function recallDocument(ctx: AppContext, caller: Caller, documentId: string, reason: string): Promise<AppResult<RecallNotice>> {
  const result = await withActor<RecallNotice>(ctx, caller, async (actor) => {
    const document = isUuid(documentId) ? await findDocument(actor.sql, documentId, ctx.scheme) : undefined;
    if (!document || !canRead(actor.reader, accessFactsOf(document))) return fail('NOT_FOUND', DOCUMENT_NOT_FOUND);
    const target = { kind: 'document', id: documentId };
    const isOriginator =
      document.drafterId === actor.person.id || (actor.reader.isRegistryClerk && actor.person.party === document.originator);
    const refuse = async <C extends 'FORBIDDEN' | 'DOCUMENT_NOT_DRAFT' | 'DOCUMENT_RECALLED' | 'INVALID_INPUT'>(code: C, message: string, field?: string) => {
      await actor.audit({ action: 'document.recall', target, decision: 'refused', rule: code });
      return fail(code, message, field ? { field } : {});
    };
    if (!isOriginator) return refuse('FORBIDDEN', 'only the originator (its drafter or registry) recalls a document');
    if (document.state !== 'issued') return refuse('DOCUMENT_NOT_DRAFT', 'a draft is not recalled: it was never issued');
    if (document.recall) return refuse('DOCUMENT_RECALLED', 'the document was recalled already');
    // A committee's text is every party's: no one party withdraws it (the database refuses it too).
    if ((COMMITTEE_TEXT_KINDS as readonly string[]).includes(document.kind))
      return refuse('FORBIDDEN', "a committee's text belongs to every party: no one party recalls it");
    const why = reason.trim();
    if (why === '' || why.length > 500) return refuse('INVALID_INPUT', 'reason: say why, in at most 500 characters', 'reason');
    await markRecalled(actor.sql, { id: documentId, by: actor.person.id, reason: why, at: ctx.now() });
    await actor.audit({ action: 'document.recall', target, decision: 'done', details: { reason: why } });
    const recalled = await findDocument(actor.sql, documentId, ctx.scheme);
    if (!recalled?.recall) throw new Error(`document ${documentId} not recalled after recall`);
    return succeed({
      documentId,
      registryNumber: recalled.registryNumber,
      title: recalled.title,
      banner: recalled.banner,
      recalledAt: recalled.recall.at,
      reason: recalled.recall.reason,
    });
  });
  if (result.ok) ctx.events.publish({ type: 'document-recalled', documentId });
  return result;
}

/** The recalls a person is told of. */
export function listRecalls(ctx: AppContext, caller: Caller): Promise<AppResult<RecallNotice[]>> {
  return withActor<RecallNotice[]>(ctx, caller, async (actor) => succeed(await listRecallNotices(actor.sql)));
}
