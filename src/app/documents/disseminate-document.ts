/**
 * Adds recipients to a document's distribution. The originator may send it anywhere the marking allows;
 * another holder may pass it on within their own party, unless it is ORCON.
 */
import { accessFactsOf, checkMayDisseminate } from '../../core/document/document.rules.js';
import { canRead } from '../../core/policy/policy.js';
import { fail, succeed } from '../../core/result.js';
import { findDocument, insertDisseminations } from '../../db/document.repository.js';
import type { AppContext, Caller } from '../context.js';
import { DOCUMENT_NOT_FOUND, type AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { loadDirectoryFor, viewDocument, type DocumentView } from './document-view.js';
import { isUuid, resolveRecipients, targetKey, type RecipientInput } from './prepare-draft.js';

export async function disseminateDocument(
  ctx: AppContext,
  caller: Caller,
  id: string,
  recipients: readonly RecipientInput[],
): Promise<AppResult<DocumentView>> {
  const result = await withActor(ctx, caller, async (actor) => {
    const document = isUuid(id) ? await findDocument(actor.sql, id, ctx.scheme) : undefined;
    if (!document || !canRead(actor.reader, accessFactsOf(document)))
      return fail('NOT_FOUND', DOCUMENT_NOT_FOUND);
    const target = { kind: 'document', id };
    if (recipients.length === 0)
      return fail('INVALID_INPUT', 'recipients: name at least one recipient', { field: 'recipients' });
    const resolved = await resolveRecipients(
      ctx,
      actor,
      accessFactsOf(document),
      recipients,
      document.distribution,
      'recipients',
    );
    if (!resolved.ok) {
      await actor.audit({ action: 'document.disseminate', target, decision: 'refused', rule: resolved.code });
      return resolved;
    }
    for (const recipient of resolved.value) {
      const permitted = checkMayDisseminate(actor.reader, document, recipient.party);
      if (!permitted.ok) {
        await actor.audit({
          action: 'document.disseminate',
          target,
          decision: 'refused',
          rule: permitted.code,
        });
        return permitted;
      }
    }
    await insertDisseminations(
      actor.sql,
      id,
      resolved.value.map((recipient) => ({ ...recipient.entry, id: ctx.newId() })),
      { personId: actor.person.id, at: ctx.now() },
    );
    const updated = await findDocument(actor.sql, id, ctx.scheme);
    if (!updated) throw new Error(`document ${id} not readable after dissemination`);
    await actor.audit({
      action: 'document.disseminate',
      target,
      decision: 'done',
      details: { recipients: resolved.value.map((recipient) => targetKey(recipient.entry.target)) },
    });
    return succeed(
      viewDocument(updated, actor.person, await loadDirectoryFor(actor.sql, [updated]), ctx.scheme),
    );
  });
  // After commit: notification streams decide, per reader, what they may be told.
  if (result.ok) ctx.events.publish({ type: 'document-available', documentId: result.value.document.id });
  return result;
}
