/**
 * The drafter issues a draft to its distribution: it gets its registry number, becomes immutable, and
 * its recipients may read it. Each recipient is checked again, as clearances may have changed.
 */
import type { LiaisonDocument } from '../../core/document/document.js';
import { accessFactsOf, checkIssuable, checkRecipient } from '../../core/document/document.rules.js';
import { toReader } from '../../core/person/person.js';
import { canRead } from '../../core/policy/policy.js';
import { fail, succeed } from '../../core/result.js';
import { findDocument, markIssued, nextRegistryNumber } from '../../db/document.repository.js';
import { findPeopleByIds } from '../../db/person.repository.js';
import type { AppContext } from '../context.js';
import { DOCUMENT_NOT_FOUND, type AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { isUuid } from './prepare-draft.js';

export function issueDocument(
  ctx: AppContext,
  personId: string,
  id: string,
): Promise<AppResult<LiaisonDocument>> {
  return withActor(ctx, personId, async (actor) => {
    const draft = isUuid(id) ? await findDocument(actor.sql, id, ctx.scheme) : undefined;
    if (!draft || !canRead(actor.reader, accessFactsOf(draft))) return fail('NOT_FOUND', DOCUMENT_NOT_FOUND);
    const issuable = checkIssuable(draft, actor.reader);
    if (!issuable.ok) return issuable;

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
      if (!check.ok) return check;
    }

    const issuedAt = ctx.now();
    const registryNumber = await nextRegistryNumber(actor.sql, draft.originator, issuedAt.getUTCFullYear());
    if (!(await markIssued(actor.sql, { id, registryNumber, issuedAt })))
      return fail('DOCUMENT_NOT_DRAFT', 'the document is already issued');
    const issued = await findDocument(actor.sql, id, ctx.scheme);
    if (!issued) throw new Error(`document ${id} not readable by its drafter after issue`);
    ctx.logger.info(
      { event: 'document-issued', documentId: id, registryNumber, personId },
      'document issued',
    );
    return succeed(issued);
  });
}
