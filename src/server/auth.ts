/**
 * Who is calling: the session cookie, or `Authorization: Bearer` for scripts. Routes that need a person
 * use `requirePerson` as their preHandler; it answers 401 before any work is done otherwise.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { authenticateBearer, authenticateSession } from '../app/auth/authenticate.js';
import type { AppContext } from '../app/context.js';

export const SESSION_COOKIE = 'liaison_session';

declare module 'fastify' {
  interface FastifyRequest {
    personId: string | undefined;
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
    const session = sessionTokenOf(request);
    const personId = bearer
      ? await authenticateBearer(ctx, bearer)
      : session
        ? await authenticateSession(ctx, session)
        : undefined;
    if (!personId) {
      await reply.code(401).send({
        error: { code: 'UNAUTHENTICATED', message: 'log in first (session cookie or bearer token)' },
      });
      return;
    }
    request.personId = personId;
  };
}

/** The person, for a handler behind requirePerson. */
export function personOf(request: FastifyRequest): string {
  if (request.personId === undefined) throw new Error('route used without requirePerson');
  return request.personId;
}
