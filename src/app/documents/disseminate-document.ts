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
import type { DocumentView } from './document-view.js';
import { viewFor } from './view-for.js';
import { makeCopies } from './fingerprint-document.js';
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
    const rows = resolved.value.map((recipient) => ({ id: ctx.newId(), entry: recipient.entry }));
    await insertDisseminations(
      actor.sql,
      id,
      rows.map((row) => ({ ...row.entry, id: row.id })),
      { personId: actor.person.id, at: ctx.now() },
    );
    // An issued document's new recipients get their numbered copies now (a draft's, when it is issued).
    const copies = document.state === 'issued' ? await makeCopies(ctx, actor.sql, id, rows) : [];
    const updated = await findDocument(actor.sql, id, ctx.scheme);
    if (!updated) throw new Error(`document ${id} not readable after dissemination`);
    await actor.audit({
      action: 'document.disseminate',
      target,
      decision: 'done',
      details: { recipients: resolved.value.map((recipient) => targetKey(recipient.entry.target)), copies },
    });
    const viewed = await viewFor(ctx, actor, updated);
    if (!viewed.ok) return viewed;
    return succeed(viewed.value.view);
  });
  // After commit: notification streams decide, per reader, what they may be told.
  if (result.ok) ctx.events.publish({ type: 'document-available', documentId: result.value.document.id });
  return result;
}
