/** Action items of a committee's meetings: owners, due dates, completion; overdue worked out on read. */
import { Type } from 'typebox';
import type { AppContext } from '../../app/context.js';
import { assignActionItem } from '../../app/committees/assign-action-item.js';
import { completeCommitteeActionItem } from '../../app/committees/complete-action-item.js';
import { listCommitteeActionItems } from '../../app/committees/list-action-items.js';
import type { LiaisonServer } from '../app.js';
import { callerOf } from '../auth.js';
import { presentActionItem } from '../committee.presenters.js';
import {
  ActionItemBodySchema,
  ActionItemSchema,
  CommitteeParamsSchema,
  ItemParamsSchema,
} from '../committee.schemas.js';
import { sendFailure } from '../error.table.js';
import { ErrorSchema } from '../schemas.js';
import { COMMITTEE_ERRORS } from './committee.routes.js';

export function registerCommitteeActionRoutes(app: LiaisonServer, ctx: AppContext): void {
  const tags = ['committees'];

  app.get(
    '/api/committees/:id/action-items',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'Action items of the meetings the caller may read; `mine` and `overdue` narrow the list.',
        tags,
        params: CommitteeParamsSchema,
        querystring: Type.Object(
          { mine: Type.Optional(Type.Boolean()), overdue: Type.Optional(Type.Boolean()) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ items: Type.Array(ActionItemSchema) }),
          401: ErrorSchema,
          403: ErrorSchema,
          404: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await listCommitteeActionItems(ctx, callerOf(request), request.params.id, request.query);
      if (!result.ok) return sendFailure(reply, result);
      return { items: result.value.map(presentActionItem) };
    },
  );

  app.post(
    '/api/committees/:id/action-items',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: "Record a meeting's action item with its owner and due date (a member or secretary).",
        tags,
        params: CommitteeParamsSchema,
        body: ActionItemBodySchema,
        response: { 201: ActionItemSchema, ...COMMITTEE_ERRORS },
      },
    },
    async (request, reply) => {
      const result = await assignActionItem(ctx, callerOf(request), request.params.id, request.body);
      if (!result.ok) return sendFailure(reply, result);
      return reply.code(201).send(presentActionItem(result.value));
    },
  );

  app.post(
    '/api/committees/:id/action-items/:itemId/completion',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'Mark an action item done (its owner, a member or a secretary).',
        tags,
        params: ItemParamsSchema,
        response: { 200: ActionItemSchema, ...COMMITTEE_ERRORS },
      },
    },
    async (request, reply) => {
      const result = await completeCommitteeActionItem(
        ctx,
        callerOf(request),
        request.params.id,
        request.params.itemId,
      );
      if (!result.ok) return sendFailure(reply, result);
      return presentActionItem(result.value);
    },
  );
}
