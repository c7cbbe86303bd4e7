/**
 * The committee: its charter (proposed, approved by every party, changed only the same way), then its
 * agenda, meetings, negotiated texts and action items (registered from their own files). A committee
 * exists only for those it concerns: anyone else gets 404 for it and everything under it. Also starts
 * the periodic check for overdue action items (see notice-overdue-action-items.ts).
 */
import type { AppContext } from '../../app/context.js';
import { approveCharter } from '../../app/committees/approve-charter.js';
import { getCommittee } from '../../app/committees/get-committee.js';
import { listCharters } from '../../app/committees/list-charters.js';
import { listCommittees } from '../../app/committees/list-committees.js';
import { noticeOverdueActionItems } from '../../app/committees/notice-overdue-action-items.js';
import { proposeCharterChange } from '../../app/committees/propose-charter-change.js';
import { proposeCommittee } from '../../app/committees/propose-committee.js';
import type { LiaisonServer } from '../app.js';
import { callerOf } from '../auth.js';
import { presentCharter, presentCommittee } from '../committee.presenters.js';
import {
  CharterBodySchema,
  CharterParamsSchema,
  CharterSchema,
  CommitteeParamsSchema,
  CommitteeSchema,
} from '../committee.schemas.js';
import { sendFailure } from '../error.table.js';
import { ErrorSchema } from '../schemas.js';
import { Type } from 'typebox';
import { registerCommitteeActionRoutes } from './committee-action.routes.js';
import { registerCommitteeAgendaRoutes } from './committee-agenda.routes.js';
import { registerCommitteeMeetingRoutes } from './committee-meeting.routes.js';
import { registerCommitteeTextRoutes } from './committee-text.routes.js';
import { registerTranslationRoutes } from './translation.routes.js';

/** How often the server looks for action items that have just become overdue. */
export const OVERDUE_CHECK_MS = 60_000;

export const COMMITTEE_ERRORS = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  409: ErrorSchema,
  422: ErrorSchema,
};

export function registerCommitteeRoutes(app: LiaisonServer, ctx: AppContext): void {
  const tags = ['committees'];

  app.get(
    '/api/committees',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          'The committees that concern the caller: as a member or staff, as a party’s chiefs, or as proposer.',
        description:
          'Each with its members (one per party), staff, remit, powers (advisory only) and reserved matters, each naming the body it belongs to.',
        tags,
        response: { 200: Type.Object({ items: Type.Array(CommitteeSchema) }), 401: ErrorSchema },
      },
    },
    async (request, reply) => {
      const result = await listCommittees(ctx, callerOf(request));
      if (!result.ok) return sendFailure(reply, result);
      return { items: result.value.map(presentCommittee) };
    },
  );

  app.post(
    '/api/committees',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          'Propose a committee with its first charter; it has no business until every party’s member approves.',
        description:
          'The proposer names themselves as their party’s member; their approval is given with the proposal. Powers are advisory: ' +
          'the committee recommends to each party’s chiefs and decides nothing.',
        tags,
        body: CharterBodySchema,
        response: { 201: CommitteeSchema, ...COMMITTEE_ERRORS },
      },
    },
    async (request, reply) => {
      const result = await proposeCommittee(ctx, callerOf(request), request.body);
      if (!result.ok) return sendFailure(reply, result);
      return reply.code(201).send(presentCommittee(result.value));
    },
  );

  app.get(
    '/api/committees/:id',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          'One committee: its charter in force, any change awaiting approval, its delegations. 404 if it does not concern the caller.',
        tags,
        params: CommitteeParamsSchema,
        response: { 200: CommitteeSchema, 401: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const result = await getCommittee(ctx, callerOf(request), request.params.id);
      if (!result.ok) return sendFailure(reply, result);
      return presentCommittee(result.value);
    },
  );

  app.get(
    '/api/committees/:id/charters',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          'Every version of the charter, oldest first, with what each changed and which parties approved it.',
        tags,
        params: CommitteeParamsSchema,
        response: {
          200: Type.Object({ items: Type.Array(CharterSchema) }),
          401: ErrorSchema,
          404: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await listCharters(ctx, callerOf(request), request.params.id);
      if (!result.ok) return sendFailure(reply, result);
      return { items: result.value.map(presentCharter) };
    },
  );

  app.post(
    '/api/committees/:id/charters',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          'Propose a change to the charter (a member): it comes into force only when every party has approved it.',
        tags,
        params: CommitteeParamsSchema,
        body: CharterBodySchema,
        response: { 201: CharterSchema, ...COMMITTEE_ERRORS },
      },
    },
    async (request, reply) => {
      const result = await proposeCharterChange(ctx, callerOf(request), request.params.id, request.body);
      if (!result.ok) return sendFailure(reply, result);
      return reply.code(201).send(presentCharter(result.value));
    },
  );

  app.post(
    '/api/committees/:id/charters/:version/approvals',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          "Approve a proposed charter for the caller's party (its member); the last approval brings it into force.",
        tags,
        params: CharterParamsSchema,
        response: { 200: CharterSchema, ...COMMITTEE_ERRORS },
      },
    },
    async (request, reply) => {
      const result = await approveCharter(ctx, callerOf(request), request.params.id, request.params.version);
      if (!result.ok) return sendFailure(reply, result);
      return presentCharter(result.value);
    },
  );

  registerCommitteeAgendaRoutes(app, ctx);
  registerCommitteeMeetingRoutes(app, ctx);
  registerCommitteeTextRoutes(app, ctx);
  registerCommitteeActionRoutes(app, ctx);
  registerTranslationRoutes(app, ctx);

  // Overdue action items are found by a periodic check (not only on read), so that their owners are told
  // even if nobody opens the committee; the lists also work out `overdue` afresh on every read.
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', () => {
    timer = setInterval(() => {
      noticeOverdueActionItems(ctx).catch((error: unknown) =>
        app.log.error({ err: error }, 'overdue action items check failed'),
      );
    }, OVERDUE_CHECK_MS);
    timer.unref();
  });
  app.addHook('onClose', () => clearInterval(timer));
}
