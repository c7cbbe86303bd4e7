/** A document's translations, for someone who may read the document (the same 404 otherwise). */
import { accessFactsOf } from '../../core/document/document.rules.js';
import { canRead } from '../../core/policy/policy.js';
import { fail, succeed } from '../../core/result.js';
import { findDocument } from '../../db/document.repository.js';
import { listTranslations } from '../../db/translation.repository.js';
import type { AppContext, Caller } from '../context.js';
import { DOCUMENT_NOT_FOUND, type AppResult } from '../errors.js';
import { loadNames } from '../committees/committee-view.js';
import { isUuid } from '../documents/prepare-draft.js';
import { withActor } from '../with-actor.js';
import { viewTranslations, type TranslationsView } from './translation-view.js';

export function listDocumentTranslations(
  ctx: AppContext,
  caller: Caller,
  documentId: string,
): Promise<AppResult<TranslationsView>> {
  return withActor(ctx, caller, async (actor) => {
    const document = isUuid(documentId) ? await findDocument(actor.sql, documentId, ctx.scheme) : undefined;
    if (!document || !canRead(actor.reader, accessFactsOf(document)))
      return fail('NOT_FOUND', DOCUMENT_NOT_FOUND);
    const translations = await listTranslations(actor.sql, [document.id]);
    const names = await loadNames(
      actor,
      translations.map((translation) => translation.translatorId),
    );
    await actor.audit({
      action: 'document.translations.read',
      target: { kind: 'document', id: document.id },
      decision: 'granted',
      details: { languages: translations.map((translation) => translation.language) },
    });
    return succeed(viewTranslations(document, translations, (id) => names.person(id)));
  });
}
