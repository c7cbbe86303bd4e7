/** A committee's agenda items: brought by its members and staff, checked against its reserved matters. */
import { Type } from 'typebox';
import type { AppContext } from '../../app/context.js';
import { checkCommitteeReservedMatters } from '../../app/committees/check-reserved-matters.js';
import { consentToOverride } from '../../app/committees/consent-to-override.js';
import { getAgendaItem } from '../../app/committees/get-agenda-item.js';
import { listCommitteeAgendaItems } from '../../app/committees/list-agenda-items.js';
import { proposeAgendaItem } from '../../app/committees/propose-agenda-item.js';
import type { LiaisonServer } from '../app.js';
import { callerOf } from '../auth.js';
import { presentAgendaItem, presentReservedMatterCheck } from '../committee.presenters.js';
import {
  AgendaItemBodySchema,
  AgendaItemSchema,
  CommitteeParamsSchema,
  ItemParamsSchema,
  ReservedMatterCheckSchema,
} from '../committee.schemas.js';
import { sendFailure } from '../error.table.js';
import { ErrorSchema } from '../schemas.js';
import { COMMITTEE_ERRORS } from './committee.routes.js';

export function registerCommitteeAgendaRoutes(app: LiaisonServer, ctx: AppContext): void {
  const tags = ['committees'];

  app.get(
    '/api/committees/:id/agenda-items',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          'The agenda items the caller may read (participants only; 403 for chiefs, 404 for anyone else).',
        tags,
        params: CommitteeParamsSchema,
        querystring: Type.Object(
          { status: Type.Optional(Type.Enum(['proposed', 'referred', 'withdrawn'])) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ items: Type.Array(AgendaItemSchema) }),
          401: ErrorSchema,
          403: ErrorSchema,
          404: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await listCommitteeAgendaItems(ctx, callerOf(request), request.params.id, request.query);
      if (!result.ok) return sendFailure(reply, result);
      return { items: result.value.map((item) => presentAgendaItem(item, ctx.scheme)) };
    },
  );

  app.post(
    '/api/committees/:id/agenda-items',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          'Bring an item for the agenda. Status "proposed", or "referred" with referredTo naming the body when it falls within a reserved matter.',
        description:
          'The title and text are checked against the charter’s reserved matters (whole words and phrases, any case); a referred item ' +
          'carries the explanation (term, field, position) and is not discussed unless every party consents. Marked with `marking` ' +
          '(default: the working level, REL TO the committee’s parties); every member must be able to read it. A person not on the ' +
          'committee gets 404 (403 for a party’s chiefs).',
        tags,
        params: CommitteeParamsSchema,
        body: AgendaItemBodySchema,
        response: { 201: AgendaItemSchema, ...COMMITTEE_ERRORS },
      },
    },
    async (request, reply) => {
      const result = await proposeAgendaItem(ctx, callerOf(request), request.params.id, request.body);
      if (!result.ok) return sendFailure(reply, result);
      return reply.code(201).send(presentAgendaItem(result.value, ctx.scheme));
    },
  );

  app.get(
    '/api/committees/:id/agenda-items/:itemId',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'One agenda item; missing and unreadable give the same 404.',
        tags,
        params: ItemParamsSchema,
        response: { 200: AgendaItemSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const result = await getAgendaItem(ctx, callerOf(request), request.params.id, request.params.itemId);
      if (!result.ok) return sendFailure(reply, result);
      return presentAgendaItem(result.value, ctx.scheme);
    },
  );

  app.post(
    '/api/committees/:id/agenda-items/:itemId/override-consents',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          "Consent, for the caller's party (its member), to discuss a referred item after all; every party must, each recorded.",
        tags,
        params: ItemParamsSchema,
        body: Type.Object(
          { reason: Type.String({ minLength: 1, maxLength: 2000 }) },
          { additionalProperties: false },
        ),
        response: { 200: AgendaItemSchema, ...COMMITTEE_ERRORS },
      },
    },
    async (request, reply) => {
      const result = await consentToOverride(
        ctx,
        callerOf(request),
        request.params.id,
        request.params.itemId,
        request.body,
      );
      if (!result.ok) return sendFailure(reply, result);
      return presentAgendaItem(result.value, ctx.scheme);
    },
  );

  app.post(
    '/api/committees/:id/reserved-matter-checks',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'Would an item fall within a reserved matter, and why? Nothing is stored.',
        tags,
        params: CommitteeParamsSchema,
        body: Type.Object(
          { title: Type.String({ maxLength: 300 }), text: Type.String({ maxLength: 100_000 }) },
          { additionalProperties: false },
        ),
        response: {
          200: ReservedMatterCheckSchema,
          400: ErrorSchema,
          401: ErrorSchema,
          403: ErrorSchema,
          404: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await checkCommitteeReservedMatters(
        ctx,
        callerOf(request),
        request.params.id,
        request.body,
      );
      if (!result.ok) return sendFailure(reply, result);
      return presentReservedMatterCheck(result.value);
    },
  );
}
