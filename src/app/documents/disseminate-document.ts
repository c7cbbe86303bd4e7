/**
 * Adds recipients to a document's distribution. The originator may send it anywhere the marking allows;
 * another holder may pass it on within their own party, unless it is ORCON.
 */
import type { LiaisonDocument } from '../../core/document/document.js';
import { accessFactsOf, checkMayDisseminate } from '../../core/document/document.rules.js';
import { canRead } from '../../core/policy/policy.js';
import { fail, succeed } from '../../core/result.js';
import { findDocument, insertDisseminations } from '../../db/document.repository.js';
import type { AppContext } from '../context.js';
import { DOCUMENT_NOT_FOUND, type AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { isUuid, resolveRecipients, type RecipientInput } from './prepare-draft.js';

export function disseminateDocument(
  ctx: AppContext,
  personId: string,
  id: string,
  recipients: readonly RecipientInput[],
): Promise<AppResult<LiaisonDocument>> {
  return withActor(ctx, personId, async (actor) => {
    const document = isUuid(id) ? await findDocument(actor.sql, id, ctx.scheme) : undefined;
    if (!document || !canRead(actor.reader, accessFactsOf(document)))
      return fail('NOT_FOUND', DOCUMENT_NOT_FOUND);
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
    if (!resolved.ok) return resolved;
    for (const recipient of resolved.value) {
      const permitted = checkMayDisseminate(actor.reader, document, recipient.party);
      if (!permitted.ok) return permitted;
    }
    await insertDisseminations(
      actor.sql,
      id,
      resolved.value.map((recipient) => ({ ...recipient.entry, id: ctx.newId() })),
      { personId: actor.person.id, at: ctx.now() },
    );
    const updated = await findDocument(actor.sql, id, ctx.scheme);
    if (!updated) throw new Error(`document ${id} not readable after dissemination`);
    ctx.logger.info(
      { event: 'document-disseminated', documentId: id, personId, recipients: resolved.value.length },
      'document disseminated',
    );
    return succeed(updated);
  });
}
