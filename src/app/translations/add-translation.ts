/**
 * An interpreter who may read an issued document adds its translation into another language, signed as
 * theirs. The original stays the authoritative text; the translation carries the document's marking.
 */
import { accessFactsOf } from '../../core/document/document.rules.js';
import { canRead } from '../../core/policy/policy.js';
import { fail, succeed } from '../../core/result.js';
import { checkMayTranslate, validateTranslation } from '../../core/translation/translation.js';
import { findDocument } from '../../db/document.repository.js';
import { insertTranslation, listTranslations } from '../../db/translation.repository.js';
import type { AppContext, Caller } from '../context.js';
import { DOCUMENT_NOT_FOUND, type AppResult } from '../errors.js';
import { loadNames } from '../committees/committee-view.js';
import { isUuid } from '../documents/prepare-draft.js';
import { withActor } from '../with-actor.js';
import { viewTranslations, type TranslationsView } from './translation-view.js';

export function addTranslation(
  ctx: AppContext,
  caller: Caller,
  documentId: string,
  input: { language: string; originalLanguage?: string; title: string; body: string },
): Promise<AppResult<TranslationsView>> {
  return withActor(ctx, caller, async (actor) => {
    const document = isUuid(documentId) ? await findDocument(actor.sql, documentId, ctx.scheme) : undefined;
    if (!document || !canRead(actor.reader, accessFactsOf(document)))
      return fail('NOT_FOUND', DOCUMENT_NOT_FOUND);
    const target = { kind: 'document', id: document.id };
    const refuse = async <F extends { ok: false; code: string; field?: string }>(failure: F) => {
      await actor.audit({
        action: 'document.translate',
        target,
        decision: 'refused',
        rule: failure.code,
        details: { field: failure.field ?? null },
      });
      return failure;
    };
    const may = checkMayTranslate(actor.person.roles);
    if (!may.ok) return refuse(may);
    if (document.state !== 'issued')
      return refuse(fail('TRANSLATION_INVALID', 'an issued document is translated, not a draft'));
    const existing = await listTranslations(actor.sql, [document.id]);
    const valid = validateTranslation(
      { ...input, originalLanguage: input.originalLanguage ?? existing[0]?.originalLanguage ?? 'en' },
      existing,
    );
    if (!valid.ok) return refuse(valid);
    const id = ctx.newId();
    await insertTranslation(actor.sql, {
      id,
      documentId: document.id,
      language: valid.value.language,
      originalLanguage: valid.value.originalLanguage,
      title: valid.value.title,
      body: valid.value.body,
      translatorId: actor.person.id,
      createdAt: ctx.now(),
    });
    await actor.audit({
      action: 'document.translate',
      target,
      decision: 'done',
      details: { language: valid.value.language, translation: id },
    });
    const translations = await listTranslations(actor.sql, [document.id]);
    const names = await loadNames(
      actor,
      translations.map((translation) => translation.translatorId),
    );
    return succeed(viewTranslations(document, translations, (personId) => names.person(personId)));
  });
}
