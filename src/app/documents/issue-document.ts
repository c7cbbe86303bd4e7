/**
 * The drafter issues a draft to its distribution: it gets its registry number, becomes immutable, and
 * its recipients may read it. Each recipient is checked again, as clearances may have changed.
 */
import { accessFactsOf, checkIssuable, checkRecipient } from '../../core/document/document.rules.js';
import { toReader } from '../../core/person/person.js';
import { canRead } from '../../core/policy/policy.js';
import { fail, succeed } from '../../core/result.js';
import { findDocument, listDisseminationRows, markIssued, nextRegistryNumber } from '../../db/document.repository.js';
import { makeCopies } from './fingerprint-document.js';
import { findPeopleByIds } from '../../db/person.repository.js';
import type { AppContext, Caller } from '../context.js';
import { DOCUMENT_NOT_FOUND, type AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import type { DocumentView } from './document-view.js';
import { viewFor } from './view-for.js';
import { isUuid } from './prepare-draft.js';

export async function issueDocument(
  ctx: AppContext,
  caller: Caller,
  id: string,
): Promise<AppResult<DocumentView>> {
  const result = await withActor(ctx, caller, async (actor) => {
    const draft = isUuid(id) ? await findDocument(actor.sql, id, ctx.scheme) : undefined;
    if (!draft || !canRead(actor.reader, accessFactsOf(draft))) return fail('NOT_FOUND', DOCUMENT_NOT_FOUND);
    const target = { kind: 'document', id };
    const issuable = checkIssuable(draft, actor.reader);
    if (!issuable.ok) {
      await actor.audit({ action: 'document.issue', target, decision: 'refused', rule: issuable.code });
      return issuable;
    }

    const facts = accessFactsOf(draft);
    const personIds = draft.distribution.flatMap((entry) =>
      entry.target.kind === 'person' ? [entry.target.personId] : [],
    );
    for (const person of await findPeopleByIds(actor.sql, personIds)) {
      const check = checkRecipient(
        facts,
        { label: person.username, party: person.party, reader: toReader(person) },
        ctx.scheme,
      );
      if (!check.ok) {
        await actor.audit({ action: 'document.issue', target, decision: 'refused', rule: check.code });
        return check;
      }
    }

    const issuedAt = ctx.now();
    const registryNumber = await nextRegistryNumber(actor.sql, draft.originator, issuedAt.getUTCFullYear());
    if (!(await markIssued(actor.sql, { id, registryNumber, issuedAt })))
      return fail('DOCUMENT_NOT_DRAFT', 'the document is already issued');
    const copies = await makeCopies(ctx, actor.sql, id, await listDisseminationRows(actor.sql, id));
    const issued = await findDocument(actor.sql, id, ctx.scheme);
    if (!issued) throw new Error(`document ${id} not readable by its drafter after issue`);
    await actor.audit({
      action: 'document.issue',
      target,
      decision: 'done',
      details: { registryNumber, banner: issued.banner, recipients: issued.distribution.length, copies: copies.length },
    });
    const viewed = await viewFor(ctx, actor, issued);
    if (!viewed.ok) return viewed;
    return succeed(viewed.value.view);
  });
  // After commit: notification streams decide, per reader, what they may be told.
  if (result.ok) ctx.events.publish({ type: 'document-available', documentId: result.value.document.id });
  return result;
}
