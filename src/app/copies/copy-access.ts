/**
 * Finding a copy for a person: row-level security shows the originator's drafter, registry and
 * security officers every copy of a document they can read, and anyone else only the copies they hold.
 * A copy of a document the person cannot read does not exist for them.
 */
import type { LiaisonDocument } from '../../core/document/document.js';
import { accessFactsOf } from '../../core/document/document.rules.js';
import type { DocumentCopy } from '../../core/dissemination/copy.js';
import { canRead } from '../../core/policy/policy.js';
import { fail, succeed, type Result } from '../../core/result.js';
import { findCopy } from '../../db/copy.repository.js';
import { findDocument } from '../../db/document.repository.js';
import type { AppContext } from '../context.js';
import { isUuid } from '../documents/prepare-draft.js';
import type { Actor } from '../with-actor.js';

export const COPY_NOT_FOUND = 'no such copy';

export async function findReadableCopy(
  ctx: AppContext,
  actor: Actor,
  copyId: string,
): Promise<Result<{ copy: DocumentCopy; document: LiaisonDocument }, 'NOT_FOUND'>> {
  const copy = isUuid(copyId) ? await findCopy(actor.sql, copyId) : undefined;
  const document = copy ? await findDocument(actor.sql, copy.documentId, ctx.scheme) : undefined;
  if (!copy || !document || !canRead(actor.reader, accessFactsOf(document))) return fail('NOT_FOUND', COPY_NOT_FOUND);
  return succeed({ copy, document });
}
