/** Translations of a document: each attributed to its translator, the original authoritative. */
import type { AppContext } from '../../app/context.js';
import { addTranslation } from '../../app/translations/add-translation.js';
import { listDocumentTranslations } from '../../app/translations/list-translations.js';
import type { LiaisonServer } from '../app.js';
import { callerOf } from '../auth.js';
import { presentTranslations } from '../committee.presenters.js';
import { TranslationBodySchema, TranslationsSchema } from '../committee.schemas.js';
import { sendFailure } from '../error.table.js';
import { ErrorSchema, IdParamsSchema } from '../schemas.js';
import { COMMITTEE_ERRORS } from './committee.routes.js';

export function registerTranslationRoutes(app: LiaisonServer, ctx: AppContext): void {
  const tags = ['documents'];

  app.get(
    '/api/documents/:id/translations',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          'A document’s translations, each with its translator; the original is the authoritative text.',
        tags,
        params: IdParamsSchema,
        response: { 200: TranslationsSchema, 401: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const result = await listDocumentTranslations(ctx, callerOf(request), request.params.id);
      if (!result.ok) return sendFailure(reply, result);
      return presentTranslations(result.value);
    },
  );

  app.post(
    '/api/documents/:id/translations',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          'Add a translation of an issued document (an interpreter who may read it), signed as theirs.',
        tags,
        params: IdParamsSchema,
        body: TranslationBodySchema,
        response: { 201: TranslationsSchema, ...COMMITTEE_ERRORS },
      },
    },
    async (request, reply) => {
      const result = await addTranslation(ctx, callerOf(request), request.params.id, request.body);
      if (!result.ok) return sendFailure(reply, result);
      return reply.code(201).send(presentTranslations(result.value));
    },
  );
}
