/** Documents: the inbox and search, one document, drafting, issuing and disseminating. */
import { Type } from 'typebox';
import type { AppContext } from '../../app/context.js';
import { createDraft } from '../../app/documents/create-draft.js';
import { disseminateDocument } from '../../app/documents/disseminate-document.js';
import { getDocument } from '../../app/documents/get-document.js';
import { issueDocument } from '../../app/documents/issue-document.js';
import { listDocuments } from '../../app/documents/list-documents.js';
import { updateDraft } from '../../app/documents/update-draft.js';
import type { LiaisonServer } from '../app.js';
import { callerOf } from '../auth.js';
import { sendFailure } from '../error.table.js';
import { presentDocument, presentDocumentSummary, presentRecallNotice } from '../presenters.js';
import {
  DocumentSchema,
  DocumentSummarySchema,
  DraftBodySchema,
  ErrorSchema,
  IdParamsSchema,
  RecalledSchema,
  RecipientSchema,
} from '../schemas.js';

export function registerDocumentRoutes(app: LiaisonServer, ctx: AppContext): void {
  const tags = ['documents'];
  const errors = {
    400: ErrorSchema,
    401: ErrorSchema,
    403: ErrorSchema,
    404: ErrorSchema,
    409: ErrorSchema,
    422: ErrorSchema,
  };

  app.get(
    '/api/documents',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'What the caller may read, newest first; with q, a full-text search of it.',
        description:
          'Only documents the caller may read are listed or counted; search hits and snippets come only from them. ' +
          'Without q, pages by `cursor` (from `nextCursor`).',
        tags,
        querystring: Type.Object(
          {
            q: Type.Optional(
              Type.String({
                maxLength: 200,
                description: 'Words to search for (web-search syntax: "quoted phrase", -not, or).',
              }),
            ),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
            cursor: Type.Optional(Type.String({ maxLength: 200 })),
            state: Type.Optional(Type.Enum(['draft', 'issued'])),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(DocumentSummarySchema),
            nextCursor: Type.Optional(Type.String()),
          }),
          400: ErrorSchema,
          401: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await listDocuments(ctx, callerOf(request), request.query);
      if (!result.ok) return sendFailure(reply, result);
      return {
        items: result.value.items.map((item) => presentDocumentSummary(item.view, ctx.scheme, item.snippet)),
        ...(result.value.nextCursor === undefined ? {} : { nextCursor: result.value.nextCursor }),
      };
    },
  );

  app.get(
    '/api/documents/:id',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'One document, in the caller’s own numbered copy. A missing document and one the caller may not read give the same 404.',
        description: 'A document the caller could read before its originator recalled it answers 410 with the recall notice.',
        tags,
        params: IdParamsSchema,
        response: { 200: DocumentSchema, 401: ErrorSchema, 404: ErrorSchema, 410: RecalledSchema },
      },
    },
    async (request, reply) => {
      const result = await getDocument(ctx, callerOf(request), request.params.id);
      if (!result.ok) return sendFailure(reply, result);
      if (result.value.kind === 'recalled') return reply.code(410).send(presentRecallNotice(result.value.notice));
      return presentDocument(result.value.view, ctx.scheme);
    },
  );

  app.post(
    '/api/documents',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'Create a draft, with its marking and planned distribution.',
        description:
          "The marking is a banner line in the author's own party's words, within their clearance and read-ins. " +
          'Then POST /api/documents/{id}/issue issues it to its distribution.',
        tags,
        body: DraftBodySchema,
        response: { 201: DocumentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await createDraft(ctx, callerOf(request), request.body);
      if (!result.ok) return sendFailure(reply, result);
      return reply.code(201).send(presentDocument(result.value, ctx.scheme));
    },
  );

  app.put(
    '/api/documents/:id',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'Save a new version of a draft (its drafter only). `version` is the version being replaced.',
        tags,
        params: IdParamsSchema,
        body: Type.Object(
          {
            ...DraftBodySchema.properties,
            version: Type.Integer({ minimum: 1, description: 'The version being replaced.' }),
          },
          { additionalProperties: false },
        ),
        response: { 200: DocumentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await updateDraft(ctx, callerOf(request), request.params.id, request.body);
      if (!result.ok) return sendFailure(reply, result);
      return presentDocument(result.value, ctx.scheme);
    },
  );

  app.post(
    '/api/documents/:id/issue',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'Issue a draft to its distribution: it gets a registry number and can no longer change.',
        tags,
        params: IdParamsSchema,
        response: { 200: DocumentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await issueDocument(ctx, callerOf(request), request.params.id);
      if (!result.ok) return sendFailure(reply, result);
      return presentDocument(result.value, ctx.scheme);
    },
  );

  app.post(
    '/api/documents/:id/disseminations',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'Add recipients to a document: people, offices or whole parties.',
        description:
          'The originator (drafter or registry) may disseminate anywhere the marking releases it to; another holder ' +
          'may pass it on within their own party, unless it is ORCON. Each person must be able to read it.',
        tags,
        params: IdParamsSchema,
        body: Type.Object(
          { recipients: Type.Array(RecipientSchema, { minItems: 1, maxItems: 100 }) },
          { additionalProperties: false },
        ),
        response: { 200: DocumentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await disseminateDocument(
        ctx,
        callerOf(request),
        request.params.id,
        request.body.recipients,
      );
      if (!result.ok) return sendFailure(reply, result);
      return presentDocument(result.value, ctx.scheme);
    },
  );
}
