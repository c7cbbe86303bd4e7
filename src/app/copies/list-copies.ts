/**
 * A document's numbered copies: all of them, with receipts and destruction, for those who answer for
 * them (the originator's drafter, registry and security officers); only their own for anyone else; a
 * document one cannot read, or holds no copy of, has none to show.
 */
import type { LiaisonDocument } from '../../core/document/document.js';
import { accessFactsOf } from '../../core/document/document.rules.js';
import { answersForCopies, type DocumentCopy } from '../../core/dissemination/copy.js';
import { canRead } from '../../core/policy/policy.js';
import { fail, succeed } from '../../core/result.js';
import { countCopies, listCopies as listVisibleCopies } from '../../db/copy.repository.js';
import { findDocument } from '../../db/document.repository.js';
import type { AppContext, Caller } from '../context.js';
import { DOCUMENT_NOT_FOUND, type AppResult } from '../errors.js';
import { loadDirectoryFor, type Directory } from '../documents/document-view.js';
import { isUuid } from '../documents/prepare-draft.js';
import { withActor } from '../with-actor.js';
import { loadPeopleOfCopies } from './copy-people.js';

export interface CopyList {
  readonly document: LiaisonDocument;
  readonly copies: readonly DocumentCopy[];
  readonly of: number;
  readonly complete: boolean;
  readonly directory: Directory;
}

export function listCopies(ctx: AppContext, caller: Caller, documentId: string): Promise<AppResult<CopyList>> {
  return withActor<CopyList>(ctx, caller, async (actor) => {
    const document = isUuid(documentId) ? await findDocument(actor.sql, documentId, ctx.scheme) : undefined;
    if (!document || !canRead(actor.reader, accessFactsOf(document))) return fail('NOT_FOUND', DOCUMENT_NOT_FOUND);
    const copies = await listVisibleCopies(actor.sql, documentId);
    const complete = answersForCopies(actor.person, document);
    if (copies.length === 0 && !complete) return fail('NOT_FOUND', DOCUMENT_NOT_FOUND);
    await actor.audit({
      action: 'copy.list',
      target: { kind: 'document', id: documentId },
      decision: 'granted',
      details: { copies: copies.map((copy) => copy.number), complete },
    });
    const directory = await loadDirectoryFor(actor.sql, [document]);
    return succeed({
      document,
      copies,
      of: await countCopies(actor.sql, documentId),
      complete,
      directory: await loadPeopleOfCopies(actor.sql, directory, copies),
    });
  });
}
