/**
 * The document as this person reads it. The drafter reads the original; anyone else reads their own
 * numbered copy (taking a free one of their office's or party's), rendered from the document's
 * fingerprint, so that every text that leaves the server for a recipient is that recipient's; the
 * originator's registry reads the original when it holds no copy. Every path that shows a document's
 * text goes through here.
 */
import type { LiaisonDocument } from '../../core/document/document.js';
import { chooseCopy, isFingerprinted, type DocumentCopy } from '../../core/dissemination/copy.js';
import { renderCopy } from '../../core/fingerprint/index.js';
import { fail, succeed, type Result } from '../../core/result.js';
import type { Sql } from '../../db/database.js';
import { countCopies, findFingerprint, listCopies, takeCopy } from '../../db/copy.repository.js';
import type { AppContext } from '../context.js';
import type { Actor } from '../with-actor.js';
import { loadDirectoryFor, viewDocument, type DocumentView } from './document-view.js';

export interface Reading {
  readonly copy: DocumentCopy | null;
  readonly of: number;
  readonly text: string;
}

export async function readingFor(
  ctx: AppContext,
  actor: Actor,
  document: LiaisonDocument,
): Promise<Result<Reading, 'COPY_DESTROYED'>> {
  const of = await countCopies(actor.sql, document.id);
  if (document.drafterId === actor.person.id || document.state === 'draft') return succeed({ copy: null, of, text: document.body });
  const choice = chooseCopy(
    { id: actor.person.id, party: actor.person.party, offices: new Set(actor.person.offices) },
    await listCopies(actor.sql, document.id),
  );
  if (choice.kind === 'destroyed')
    return fail('COPY_DESTROYED', `your copy (copy ${choice.copy.number} of ${of}) was certified destroyed`);
  if (choice.kind === 'none') return succeed({ copy: null, of, text: document.body });
  let copy = choice.copy;
  if (choice.take && (await takeCopy(actor.sql, copy.id, actor.person.id))) copy = { ...copy, assignedTo: actor.person.id };
  return succeed({ copy, of, text: await renderCopyText(actor.sql, document, copy.number, of) });
}

export async function renderCopyText(sql: Sql, document: LiaisonDocument, number: number, of: number): Promise<string> {
  if (!isFingerprinted(document)) return document.body;
  const fingerprint = await findFingerprint(sql, document.id);
  if (!fingerprint) throw new Error(`document ${document.id} has no fingerprint`);
  return renderCopy({
    text: document.body,
    points: fingerprint.points,
    excluded: new Set(fingerprint.excluded),
    key: fingerprint.key,
    copyNumber: number,
    copyCount: Math.max(of, number),
  });
}

/** The view of a document for this person, with the text as they read it. */
export async function viewFor(
  ctx: AppContext,
  actor: Actor,
  document: LiaisonDocument,
): Promise<Result<{ view: DocumentView; reading: Reading }, 'COPY_DESTROYED'>> {
  const reading = await readingFor(ctx, actor, document);
  if (!reading.ok) return reading;
  const directory = await loadDirectoryFor(actor.sql, [document]);
  return succeed({ view: viewDocument(document, actor.person, directory, ctx.scheme, reading.value), reading: reading.value });
}
