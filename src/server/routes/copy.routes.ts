/**
 * Controlled dissemination: a document's numbered copies, receipts, certified destruction, recall,
 * the variation points that make each copy unique, and tracing a leaked text to its copies.
 */
import { Type } from 'typebox';
import type { AppContext } from '../../app/context.js';
import { certifyDestruction, acknowledgeReceipt } from '../../app/copies/record-copy-event.js';
import { getCopy } from '../../app/copies/get-copy.js';
import { listCopies } from '../../app/copies/list-copies.js';
import { listRecalls, recallDocument } from '../../app/copies/recall-document.js';
import { renderCopyPdf } from '../../app/copies/render-copy-pdf.js';
import { traceLeak } from '../../app/copies/trace-leak.js';
import { getVariationPoints, setExcludedPoints } from '../../app/copies/variation-points.js';
import type { LiaisonServer } from '../app.js';
import { callerOf } from '../auth.js';
import { sendFailure } from '../error.table.js';
import { presentCopy, presentNotice, presentVariationPoints } from '../presenters.js';
import { CopySchema, ErrorSchema, IdParamsSchema, RecallNoticeSchema } from '../schemas.js';

export function registerCopyRoutes(app: LiaisonServer, ctx: AppContext): void {
  const tags = ['copies'];
  const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema, 410: ErrorSchema };

  app.get(
    '/api/documents/:id/copies',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'The numbered copies of a document: all of them, with receipts, for its originator’s drafter, registry and security officers; only their own for anyone else.',
        tags,
        params: IdParamsSchema,
        response: { 200: Type.Object({ items: Type.Array(CopySchema), complete: Type.Boolean() }), ...errors },
      },
    },
    async (request, reply) => {
      const result = await listCopies(ctx, callerOf(request), request.params.id);
      if (!result.ok) return sendFailure(reply, result);
      const { copies, of, directory, complete } = result.value;
      return { items: copies.map((copy) => presentCopy(copy, of, directory, ctx.scheme)), complete };
    },
  );

  app.get(
    '/api/copies/:id',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: "One copy's text, as rendered for its recipient (its holder, or those who answer for its copies).",
        tags,
        params: IdParamsSchema,
        response: {
          200: Type.Intersect([
            CopySchema,
            Type.Object({
              text: Type.String(),
              document: Type.Object({ id: Type.String(), title: Type.String(), banner: Type.String(), registryNumber: Type.Union([Type.String(), Type.Null()]) }),
            }),
          ]),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const result = await getCopy(ctx, callerOf(request), request.params.id);
      if (!result.ok) return sendFailure(reply, result);
      const { copy, of, text, document, directory } = result.value;
      return {
        ...presentCopy(copy, of, directory, ctx.scheme),
        text,
        document: { id: document.id, title: document.title, banner: document.banner, registryNumber: document.registryNumber },
      };
    },
  );

  app.get(
    '/api/copies/:id/pdf',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'The copy as a PDF to print: banner lines at top and bottom of every page, the copy number, the distribution.',
        tags,
        params: IdParamsSchema,
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', contentMediaType: 'application/pdf' }), ...errors },
      },
    },
    async (request, reply) => {
      const result = await getCopy(ctx, callerOf(request), request.params.id);
      if (!result.ok) return sendFailure(reply, result);
      const pdf = await renderCopyPdf(result.value, ctx.scheme);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${result.value.document.registryNumber ?? 'document'}-copy-${result.value.copy.number}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  for (const [action, summary] of [
    ['receipt', 'Acknowledge receipt of one’s copy.'],
    ['destruction', 'Certify the destruction of one’s copy (it can no longer be read).'],
  ] as const) {
    app.post(
      `/api/copies/:id/${action}`,
      {
        onRequest: app.requirePerson,
        schema: {
          summary,
          tags,
          params: IdParamsSchema,
          ...(action === 'destruction'
            ? { body: Type.Object({ note: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false }) }
            : {}),
          response: { 200: CopySchema, ...errors },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        const note = (request.body as { note?: string } | undefined)?.note ?? '';
        const result =
          action === 'receipt'
            ? await acknowledgeReceipt(ctx, caller, request.params.id)
            : await certifyDestruction(ctx, caller, request.params.id, note);
        if (!result.ok) return sendFailure(reply, result);
        const listed = await listCopies(ctx, caller, result.value.documentId);
        if (!listed.ok) return sendFailure(reply, listed);
        return presentCopy(result.value, listed.value.of, listed.value.directory, ctx.scheme);
      },
    );
  }

  app.post(
    '/api/documents/:id/recall',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'Recall an issued document (its originator: drafter or registry). Its copies become unreadable at once; those who held them are told.',
        tags,
        params: IdParamsSchema,
        body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) }, { additionalProperties: false }),
        response: { 200: RecallNoticeSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await recallDocument(ctx, callerOf(request), request.params.id, request.body.reason);
      if (!result.ok) return sendFailure(reply, result);
      return presentNotice(result.value);
    },
  );

  app.get(
    '/api/recalls',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'Recall notices: documents the caller could read, recalled by their originators.',
        tags,
        response: { 200: Type.Object({ items: Type.Array(RecallNoticeSchema) }), 401: ErrorSchema },
      },
    },
    async (request, reply) => {
      const result = await listRecalls(ctx, callerOf(request));
      if (!result.ok) return sendFailure(reply, result);
      return { items: result.value.map(presentNotice) };
    },
  );

  const PointsSchema = Type.Object({
    items: Type.Array(
      Type.Object({
        id: Type.String(),
        kind: Type.String(),
        start: Type.Integer(),
        end: Type.Integer(),
        alternatives: Type.Array(Type.String()),
        survivesRetyping: Type.Boolean(),
        excluded: Type.Boolean(),
      }),
    ),
  });

  app.get(
    '/api/documents/:id/variation-points',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: "Where the document's copies differ, with each point's renderings (its originator only).",
        tags,
        params: IdParamsSchema,
        response: { 200: PointsSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await getVariationPoints(ctx, callerOf(request), request.params.id);
      if (!result.ok) return sendFailure(reply, result);
      return presentVariationPoints(result.value);
    },
  );

  app.put(
    '/api/documents/:id/variation-points',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'Exclude variation points (by id): an excluded point reads as the original in every copy.',
        tags,
        params: IdParamsSchema,
        body: Type.Object({ excluded: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 10_000 }) }, { additionalProperties: false }),
        response: { 200: PointsSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await setExcludedPoints(ctx, callerOf(request), request.params.id, request.body.excluded);
      if (!result.ok) return sendFailure(reply, result);
      return presentVariationPoints(result.value);
    },
  );

  app.post(
    '/api/trace',
    {
      onRequest: app.requirePerson,
      bodyLimit: 1024 * 1024,
      schema: {
        summary: 'Trace a leaked text to the copies it came from, among the documents the caller answers for.',
        description:
          'Names the document, ranks the implicated copies with scores, and states the probability that an innocent copy is accused ' +
          '(falseAccusationBound); suspects is empty when the evidence is too weak to accuse anybody.',
        tags,
        body: Type.Object({ text: Type.String({ minLength: 1, maxLength: 200_000 }) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            document: Type.Union([
              Type.Object({ id: Type.String(), title: Type.String(), registryNumber: Type.Union([Type.String(), Type.Null()]), banner: Type.String() }),
              Type.Null(),
            ]),
            similarity: Type.Number(),
            observedPoints: Type.Integer(),
            suspects: Type.Array(
              Type.Object({ copyId: Type.String(), number: Type.Integer(), recipient: CopySchema.properties.recipient, score: Type.Number(), pValue: Type.Number() }),
            ),
            ranking: Type.Array(Type.Object({ copyId: Type.String(), number: Type.Integer(), score: Type.Number() })),
            falseAccusationBound: Type.Number(),
          }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const result = await traceLeak(ctx, callerOf(request), request.body.text);
      if (!result.ok) return sendFailure(reply, result);
      const report = result.value;
      return {
        document: report.document && {
          id: report.document.id,
          title: report.document.title,
          registryNumber: report.document.registryNumber,
          banner: report.document.banner,
        },
        similarity: report.similarity,
        observedPoints: report.observedPoints,
        suspects: report.suspects.map((suspect) => ({
          copyId: suspect.copy.id,
          number: suspect.copy.number,
          recipient: presentCopy(suspect.copy, report.copyCount, report.directory, ctx.scheme).recipient,
          score: suspect.score,
          pValue: suspect.pValue,
        })),
        ranking: report.ranking.map((entry) => ({ copyId: entry.copy.id, number: entry.copy.number, score: entry.score })),
        falseAccusationBound: report.falseAccusationBound,
      };
    },
  );
}
