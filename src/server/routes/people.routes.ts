/**
 * Personnel security for officers: their party's people, read-ins, clearances, suspension; and
 * "who can read this, and why?". Changes need a recent login.
 */
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { changePersonnel, type PersonnelRequest } from '../../app/people/change-personnel.js';
import { explainReader, listReaders } from '../../app/people/explain-access.js';
import { listPersonnel } from '../../app/people/list-personnel.js';
import type { AppContext } from '../../app/context.js';
import type { LiaisonServer } from '../app.js';
import { callerOf } from '../auth.js';
import { sendFailure } from '../error.table.js';
import { presentPersonnel } from '../presenters.js';
import { ErrorSchema, IdParamsSchema, PersonnelSchema } from '../schemas.js';

const Reason = Type.String({ maxLength: 500, description: 'Why (recorded in the audit log).' });
const UsernameParams = Type.Object({ username: Type.String({ maxLength: 64 }) });
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };

export function registerPeopleRoutes(app: LiaisonServer, ctx: AppContext): void {
  const tags = ['personnel security'];
  const sensitive = [app.requirePerson, app.requireRecentLogin];

  app.get(
    '/api/people',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: "A security officer's view of their party's people: clearances, read-ins, roles, status.",
        tags,
        response: {
          200: Type.Object({ items: Type.Array(PersonnelSchema) }),
          401: ErrorSchema,
          403: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await listPersonnel(ctx, callerOf(request));
      if (!result.ok) return sendFailure(reply, result);
      return { items: result.value.map((person) => presentPersonnel(person, ctx.scheme)) };
    },
  );

  const run = (request: FastifyRequest, username: string, change: PersonnelRequest, body: unknown) => {
    const reason =
      typeof body === 'object' && body !== null && typeof (body as { reason?: unknown }).reason === 'string'
        ? (body as { reason: string }).reason
        : '';
    return changePersonnel(ctx, callerOf(request), username, change, reason);
  };
  const withReason = Type.Object({ reason: Reason }, { additionalProperties: false });
  const done = { 200: PersonnelSchema, ...errors };

  app.post(
    '/api/people/:username/compartments',
    {
      onRequest: sensitive,
      schema: {
        summary: "Read a person into a compartment (the compartment's owning party's officers).",
        tags,
        params: UsernameParams,
        body: Type.Object(
          { compartment: Type.String({ minLength: 1, maxLength: 64 }), reason: Reason },
          { additionalProperties: false },
        ),
        response: done,
      },
    },
    async (request, reply) => {
      const result = await run(
        request,
        request.params.username,
        { kind: 'grant-compartment', compartment: request.body.compartment },
        request.body,
      );
      if (!result.ok) return sendFailure(reply, result);
      return presentPersonnel(result.value, ctx.scheme);
    },
  );

  app.delete(
    '/api/people/:username/compartments/:name',
    {
      onRequest: sensitive,
      schema: {
        summary: "Read a person out of a compartment, at once (their party's or the compartment's officers).",
        description: 'A reason may be given in a JSON body `{"reason": "..."}`; it is recorded.',
        tags,
        params: Type.Object({
          username: Type.String({ maxLength: 64 }),
          name: Type.String({ maxLength: 64 }),
        }),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const result = await run(
        request,
        request.params.username,
        { kind: 'revoke-compartment', compartment: request.params.name },
        hasReason(request.body) ? request.body : { reason: 'no reason given' },
      );
      if (!result.ok) return sendFailure(reply, result);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/people/:username/clearance',
    {
      onRequest: sensitive,
      schema: {
        summary: "Set a person's clearance (their party's officers; never above the officer's own).",
        tags,
        params: UsernameParams,
        body: Type.Object(
          {
            level: Type.String({
              minLength: 1,
              maxLength: 64,
              description: "In the party's words, e.g. MOST SECRET",
            }),
            reason: Reason,
          },
          { additionalProperties: false },
        ),
        response: done,
      },
    },
    async (request, reply) => {
      const result = await run(
        request,
        request.params.username,
        { kind: 'set-clearance', level: request.body.level },
        request.body,
      );
      if (!result.ok) return sendFailure(reply, result);
      return presentPersonnel(result.value, ctx.scheme);
    },
  );

  app.post(
    '/api/people/:username/suspension',
    {
      onRequest: sensitive,
      schema: {
        summary: 'Suspend a person: every session and token ends at once.',
        tags,
        params: UsernameParams,
        body: withReason,
        response: done,
      },
    },
    async (request, reply) => {
      const result = await run(request, request.params.username, { kind: 'suspend' }, request.body);
      if (!result.ok) return sendFailure(reply, result);
      return presentPersonnel(result.value, ctx.scheme);
    },
  );

  app.delete(
    '/api/people/:username/suspension',
    {
      onRequest: sensitive,
      schema: {
        summary: 'Reinstate a suspended person.',
        tags,
        params: UsernameParams,
        body: withReason,
        response: done,
      },
    },
    async (request, reply) => {
      const result = await run(request, request.params.username, { kind: 'reinstate' }, request.body);
      if (!result.ok) return sendFailure(reply, result);
      return presentPersonnel(result.value, ctx.scheme);
    },
  );

  app.get(
    '/api/documents/:id/readers',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'Who can read this document, and why (security officers, about documents they can read).',
        tags,
        params: IdParamsSchema,
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                username: Type.String(),
                displayName: Type.String(),
                party: Type.String(),
                via: Type.String(),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const result = await listReaders(ctx, callerOf(request), request.params.id);
      if (!result.ok) return sendFailure(reply, result);
      return {
        items: result.value.map(({ person, via }) => ({
          username: person.username,
          displayName: person.displayName,
          party: person.party,
          via,
        })),
      };
    },
  );

  app.get(
    '/api/documents/:id/readers/:username',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: "Why a person of the officer's party can or cannot read this document.",
        tags,
        params: Type.Object({
          id: Type.String({ maxLength: 100 }),
          username: Type.String({ maxLength: 64 }),
        }),
        response: {
          200: Type.Object({
            username: Type.String(),
            canRead: Type.Boolean(),
            via: Type.Union([Type.String(), Type.Null()]),
            rule: Type.Union([Type.String(), Type.Null()]),
            explanation: Type.String(),
          }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const result = await explainReader(ctx, callerOf(request), request.params.id, request.params.username);
      if (!result.ok) return sendFailure(reply, result);
      const { person, ...rest } = result.value;
      return { username: person.username, ...rest };
    },
  );
}

function hasReason(body: unknown): body is { reason: string } {
  if (typeof body !== 'object' || body === null) return false;
  const reason = (body as { reason?: unknown }).reason;
  return typeof reason === 'string' && reason.trim() !== '' && reason.length <= 500;
}
