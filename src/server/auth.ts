/**
 * Who is calling: the session cookie, or `Authorization: Bearer` for scripts. Routes that need a person
 * use `requirePerson` as their preHandler; it answers 401 before any work is done otherwise.
 * Sensitive actions also need a recent proof of identity (`requireRecentLogin`): a login or
 * re-authentication of this session within the last RECENT_LOGIN_MS; a bearer token never qualifies.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { authenticateBearer, authenticateSession } from '../app/auth/authenticate.js';
import type { AppContext, Caller } from '../app/context.js';

export const SESSION_COOKIE = 'liaison_session';
export const RECENT_LOGIN_MS = 15 * 60 * 1000;

export interface Authentication {
  readonly personId: string;
  readonly method: 'session' | 'bearer';
  /** When the session's person last proved who they are; undefined for a bearer token. */
  readonly authenticatedAt: Date | undefined;
  /** When the session ends unless renewed; undefined for a bearer token. */
  readonly expiresAt: Date | undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    authentication: Authentication | undefined;
  }
}

export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const token = request.cookies[SESSION_COOKIE];
  return token && token.length < 200 ? token : undefined;
}

function bearerTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return undefined;
  const token = header.slice(7).trim();
  return token.length > 0 && token.length < 200 ? token : undefined;
}

export function makeRequirePerson(ctx: AppContext) {
  return async function requirePerson(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const bearer = bearerTokenOf(request);
    const session = bearer ? undefined : sessionTokenOf(request);
    let authentication: Authentication | undefined;
    if (bearer) {
      const personId = await authenticateBearer(ctx, bearer);
      if (personId)
        authentication = { personId, method: 'bearer', authenticatedAt: undefined, expiresAt: undefined };
    } else if (session) {
      const found = await authenticateSession(ctx, session);
      if (found)
        authentication = {
          personId: found.personId,
          method: 'session',
          authenticatedAt: found.authenticatedAt,
          expiresAt: found.expiresAt,
        };
    }
    if (!authentication) {
      await reply.code(401).send({
        error: { code: 'UNAUTHENTICATED', message: 'log in first (session cookie or bearer token)' },
      });
      return;
    }
    request.authentication = authentication;
  };
}

export function makeRequireRecentLogin(ctx: AppContext) {
  return async function requireRecentLogin(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const at = request.authentication?.authenticatedAt;
    if (!at || ctx.now().getTime() - at.getTime() > RECENT_LOGIN_MS) {
      await reply.code(403).send({
        error: {
          code: 'REAUTHENTICATION_REQUIRED',
          message:
            'this action needs a recent login: confirm your password (POST /api/session/reauthenticate) and try again',
        },
      });
    }
  };
}

/** The person, for a handler behind requirePerson. */
export function personOf(request: FastifyRequest): string {
  if (request.authentication === undefined) throw new Error('route used without requirePerson');
  return request.authentication.personId;
}

/** The person and where the request came from, for a handler behind requirePerson. */
export function callerOf(request: FastifyRequest): Caller {
  return { personId: personOf(request), address: request.ip };
}
