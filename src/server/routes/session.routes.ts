/** Log in (a session cookie), who am I, log out; bearer tokens for scripts. */
import { Type } from 'typebox';
import { createApiToken } from '../../app/auth/create-api-token.js';
import { logIn } from '../../app/auth/log-in.js';
import { reauthenticate } from '../../app/auth/reauthenticate.js';
import {
  beginSecondFactor,
  confirmSecondFactor,
  removeSecondFactor,
} from '../../app/auth/manage-second-factor.js';
import { logOut } from '../../app/auth/authenticate.js';
import type { AppContext } from '../../app/context.js';
import { findPersonById } from '../../db/person.repository.js';
import type { LiaisonServer } from '../app.js';
import { SESSION_COOKIE, callerOf, personOf, sessionTokenOf } from '../auth.js';
import { sendFailure } from '../error.table.js';
import { presentMe } from '../presenters.js';
import { ErrorSchema, MeSchema } from '../schemas.js';

export function registerSessionRoutes(
  app: LiaisonServer,
  ctx: AppContext,
  limits: { loginPerMinute: number },
): void {
  app.post(
    '/api/session',
    {
      config: {
        rateLimit: {
          max: limits.loginPerMinute,
          timeWindow: '1 minute',
          // After the body is parsed, so that the key can name the account.
          hook: 'preHandler',
          // Per address and account: slows guessing one password without locking out a whole office.
          keyGenerator: (request) => `${request.ip}:${loginName(request.body)}`,
        },
      },
      schema: {
        summary: 'Log in with username and password; sets the session cookie.',
        tags: ['session'],
        body: Type.Object(
          {
            username: Type.String({ minLength: 1, maxLength: 64 }),
            password: Type.String({ minLength: 1, maxLength: 1024 }),
            code: Type.Optional(
              Type.String({
                maxLength: 10,
                description: 'The six-digit code, for a person with a second factor.',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ person: MeSchema, expiresAt: Type.String({ format: 'date-time' }) }),
          400: ErrorSchema,
          401: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await logIn(ctx, request.body, request.ip);
      if (!result.ok) return sendFailure(reply, result);
      const session = result.value;
      void reply.setCookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: request.protocol === 'https',
        path: '/',
        expires: session.expiresAt,
      });
      return { person: presentMe(session.person, ctx.scheme), expiresAt: session.expiresAt.toISOString() };
    },
  );

  app.get(
    '/api/session',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'Who am I?',
        tags: ['session'],
        response: {
          200: Type.Object({
            person: MeSchema,
            expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
              description: 'null for a bearer token',
            }),
          }),
          401: ErrorSchema,
        },
      },
    },
    async (request) => {
      const person = await ctx.db.asPerson(personOf(request), (sql) =>
        findPersonById(sql, personOf(request)),
      );
      if (!person) throw new Error('authenticated person not found');
      return {
        person: presentMe(person, ctx.scheme),
        expiresAt: request.authentication?.expiresAt?.toISOString() ?? null,
      };
    },
  );

  app.delete(
    '/api/session',
    {
      schema: {
        summary: 'Log out: ends the session and clears the cookie.',
        tags: ['session'],
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const token = sessionTokenOf(request);
      if (token) await logOut(ctx, token, request.ip);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/session/reauthenticate',
    {
      onRequest: app.requirePerson,
      config: {
        rateLimit: {
          max: limits.loginPerMinute,
          timeWindow: '1 minute',
          keyGenerator: (request) => `reauth:${request.ip}`,
        },
      },
      schema: {
        summary: "Confirm the password of this session's person, before a sensitive action.",
        tags: ['session'],
        body: Type.Object(
          {
            password: Type.String({ minLength: 1, maxLength: 1024 }),
            code: Type.Optional(Type.String({ maxLength: 10 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ authenticatedAt: Type.String({ format: 'date-time' }) }),
          401: ErrorSchema,
          403: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const token = sessionTokenOf(request);
      if (!token || request.authentication?.method !== 'session')
        return reply
          .code(403)
          .send({ error: { code: 'FORBIDDEN', message: 'only a login session re-authenticates' } });
      const result = await reauthenticate(ctx, callerOf(request), token, request.body);
      if (!result.ok) return sendFailure(reply, result);
      return { authenticatedAt: result.value.toISOString() };
    },
  );

  const codeBody = Type.Object(
    { code: Type.String({ minLength: 1, maxLength: 10 }) },
    { additionalProperties: false },
  );
  app.post(
    '/api/session/second-factor',
    {
      onRequest: [app.requirePerson, app.requireRecentLogin],
      schema: {
        summary:
          'Begin setting up a second factor (TOTP): a secret and its otpauth:// address for an authenticator.',
        tags: ['session'],
        response: {
          200: Type.Object({ secret: Type.String(), uri: Type.String() }),
          401: ErrorSchema,
          403: ErrorSchema,
          409: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await beginSecondFactor(ctx, callerOf(request));
      if (!result.ok) return sendFailure(reply, result);
      return result.value;
    },
  );
  app.post(
    '/api/session/second-factor/confirm',
    {
      onRequest: [app.requirePerson, app.requireRecentLogin],
      schema: {
        summary: 'Confirm the second factor with its first code; from then on, logins ask for a code.',
        tags: ['session'],
        body: codeBody,
        response: { 204: Type.Null(), 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema },
      },
    },
    async (request, reply) => {
      const result = await confirmSecondFactor(ctx, callerOf(request), request.body.code);
      if (!result.ok) return sendFailure(reply, result);
      return reply.code(204).send(null);
    },
  );
  app.delete(
    '/api/session/second-factor',
    {
      onRequest: [app.requirePerson, app.requireRecentLogin],
      schema: {
        summary: 'Remove the second factor (needs a current code).',
        tags: ['session'],
        body: codeBody,
        response: { 204: Type.Null(), 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema },
      },
    },
    async (request, reply) => {
      const result = await removeSecondFactor(ctx, callerOf(request), request.body.code);
      if (!result.ok) return sendFailure(reply, result);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/tokens',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'Create a bearer token for scripts (shown once). Send it as "Authorization: Bearer TOKEN".',
        tags: ['session'],
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 100 }),
            days: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({
            id: Type.String(),
            token: Type.String(),
            expiresAt: Type.String({ format: 'date-time' }),
          }),
          400: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await createApiToken(ctx, callerOf(request), request.body);
      if (!result.ok) return sendFailure(reply, result);
      return reply.code(201).send({ ...result.value, expiresAt: result.value.expiresAt.toISOString() });
    },
  );
}

function loginName(body: unknown): string {
  const username =
    typeof body === 'object' && body !== null ? (body as { username?: unknown }).username : undefined;
  return typeof username === 'string' ? username.slice(0, 64).toLowerCase() : '';
}
