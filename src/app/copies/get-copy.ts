/** One numbered copy's text, as rendered for its recipient: for its holder, and for those who answer for it. */
import type { LiaisonDocument } from '../../core/document/document.js';
import type { DocumentCopy } from '../../core/dissemination/copy.js';
import { fail, succeed } from '../../core/result.js';
import { countCopies } from '../../db/copy.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { loadDirectoryFor, type Directory } from '../documents/document-view.js';
import { renderCopyText } from '../documents/view-for.js';
import { withActor } from '../with-actor.js';
import { loadPeopleOfCopies } from './copy-people.js';
import { findReadableCopy } from './copy-access.js';

export interface CopyText {
  readonly copy: DocumentCopy;
  readonly document: LiaisonDocument;
  readonly of: number;
  readonly text: string;
  readonly directory: Directory;
}

export function getCopy(ctx: AppContext, caller: Caller, copyId: string): Promise<AppResult<CopyText>> {
  return withActor<CopyText>(ctx, caller, async (actor) => {
    const found = await findReadableCopy(ctx, actor, copyId);
    if (!found.ok) return found;
    const { copy, document } = found.value;
    if (copy.destroyedAt !== null)
      return fail('COPY_DESTROYED', `copy ${copy.number} was certified destroyed on ${copy.destroyedAt.toISOString().slice(0, 10)}`);
    const of = await countCopies(actor.sql, document.id);
    await actor.audit({ action: 'copy.read', target: { kind: 'copy', id: copy.id }, decision: 'granted', details: { document: document.id, number: copy.number } });
    return succeed({
      copy,
      document,
      of,
      text: await renderCopyText(actor.sql, document, copy.number, of),
      directory: await loadPeopleOfCopies(actor.sql, await loadDirectoryFor(actor.sql, [document]), [copy]),
    });
  });
}
