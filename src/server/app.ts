/**
 * The HTTP server: the JSON API under /api (schema-validated, documented at /api/openapi.json), and
 * the web interface's files. Built without listening, so tests call it with `inject()`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import type { AppContext } from '../app/context.js';
import { makeRequirePerson, makeRequireRecentLogin } from './auth.js';
import { errorBody } from './error.table.js';
import { describeValidation } from './validation-message.js';
import { registerDirectoryRoutes } from './routes/directory.routes.js';
import { registerDocumentRoutes } from './routes/document.routes.js';
import { registerPeopleRoutes } from './routes/people.routes.js';
import { registerNotificationRoutes } from './routes/notification.routes.js';
import { registerCopyRoutes } from './routes/copy.routes.js';
import { registerAuditRoutes } from './routes/audit.routes.js';
import { registerCommitteeRoutes } from './routes/committee.routes.js';
import { registerHealthRoutes } from './routes/health.routes.js';
import { registerSessionRoutes } from './routes/session.routes.js';

export type LiaisonServer = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
> & {
  requirePerson: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  requireRecentLogin: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
};

export const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export interface ServerOptions {
  readonly logger: FastifyBaseLogger;
  /** Where the built web interface is; absent or missing means API only. */
  readonly webRoot?: string;
  /** Requests per minute per address on the API (login has its own, stricter limit). */
  readonly rateLimitPerMinute?: number;
  /** Login attempts per minute per address and username. */
  readonly loginRateLimitPerMinute?: number;
}

export async function buildServer(ctx: AppContext, options: ServerOptions): Promise<LiaisonServer> {
  const base = Fastify({
    loggerInstance: options.logger,
    trustProxy: false,
    bodyLimit: 2 * 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
    // The router's own refusals (a malformed %-escape, an over-long path parameter) answer in the
    // API's error shape like everything else.
    frameworkErrors: (error, _request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      void (reply as FastifyReply).code(tooLong ? 414 : 400).send(
        errorBody({
          code: tooLong ? 'URL_TOO_LONG' : 'BAD_URL',
          message: tooLong
            ? 'the address has a path segment longer than 100 characters'
            : 'the address is not valid (a malformed %-escape?)',
        }),
      );
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  const app = base as LiaisonServer;
  app.decorate('requirePerson', makeRequirePerson(ctx));
  app.decorate('requireRecentLogin', makeRequireRecentLogin(ctx));
  app.decorateRequest('authentication', undefined);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyRateLimit, {
    global: true,
    max: options.rateLimitPerMinute ?? 600,
    timeWindow: '1 minute',
    allowList: (request) => !request.url.startsWith('/api/'),
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`too many requests: try again in ${context.after}`), {
        statusCode: 429,
        code: 'RATE_LIMITED',
      }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Liaison API',
        version: '1',
        description:
          'Secure coalition liaison: documents under classification, need-to-know and releasability controls. ' +
          'Authenticate with POST /api/session (cookie) or a bearer token from POST /api/tokens.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'liaison_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
  });

  app.setErrorHandler(
    (
      error: Error & { statusCode?: number; validation?: unknown; validationContext?: string; code?: string },
      request,
      reply,
    ) => {
      if (Array.isArray(error.validation)) {
        const { field, message } = describeValidation(
          error.validation as Parameters<typeof describeValidation>[0],
          error.validationContext,
        );
        const where = field || error.validationContext || 'request';
        return reply.code(400).send(
          errorBody({
            code: 'INVALID_INPUT',
            message: `${where}: ${message}`,
            ...(field ? { field } : {}),
          }),
        );
      }
      const status = error.statusCode ?? 500;
      if (status >= 500) {
        request.log.error({ err: error }, 'request failed');
        return reply
          .code(500)
          .send(errorBody({ code: 'INTERNAL', message: 'the server failed; the failure is logged' }));
      }
      return reply
        .code(status)
        .send(errorBody({ code: error.code ?? 'BAD_REQUEST', message: error.message }));
    },
  );

  // JSON bodies through Fastify's own (prototype-poisoning-safe) parser; an empty body is no body.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (typeof body === 'string' && body.trim() === '') {
      done(null, undefined);
      return;
    }
    void parseJson(request, typeof body === 'string' ? body : body.toString('utf8'), done);
  });

  // Text PostgreSQL cannot store (a NUL character, half of a UTF-16 surrogate pair) is refused
  // before anything reads it, naming where it is, rather than failing deep in a query.
  app.addHook('preValidation', refuseWhere(unstorable));
  // After validation has turned query strings into numbers: a number no column can hold is refused.
  app.addHook('preHandler', refuseWhere(notFinite));

  // Cross-site request forgery: a state-changing request carried by the session cookie must come from
  // this origin. Browsers always send Origin (and Sec-Fetch-Site) with such requests; a script
  // without them is not a browser that a forged page could drive. SameSite=Strict cookies add to this.
  app.addHook('onRequest', async (request, reply) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(request.method) || request.headers.authorization) return;
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const crossSite =
      site === 'cross-site' || (origin !== undefined && !isSameOrigin(origin, request.headers.host));
    if (crossSite) {
      await reply
        .code(403)
        .send(errorBody({ code: 'CROSS_SITE_REQUEST', message: 'a request from another site is refused' }));
    }
  });

  registerHealthRoutes(app);
  registerSessionRoutes(app, ctx, { loginPerMinute: options.loginRateLimitPerMinute ?? 10 });
  registerDocumentRoutes(app, ctx);
  registerDirectoryRoutes(app, ctx);
  registerPeopleRoutes(app, ctx);
  registerNotificationRoutes(app, ctx);
  registerCopyRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerCommitteeRoutes(app, ctx);
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  const webRoot = options.webRoot ?? WEB_ROOT;
  const hasWeb = existsSync(`${webRoot}/index.html`);
  if (hasWeb) {
    // Files are looked up on each request, so a rebuilt interface is served without a restart.
    await app.register(fastifyStatic, { root: webRoot, wildcard: true, index: 'index.html' });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // The interface routes in the browser: any other page is its index; a missing file is a 404.
    const isPage = request.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path);
    if (!isPage || !hasWeb) {
      return reply
        .code(404)
        .send(errorBody({ code: 'NOT_FOUND', message: `no such resource: ${request.method} ${path}` }));
    }
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}

function isSameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What PostgreSQL could not store in a string: a NUL character, half of a surrogate pair. */
function unstorable(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(value)) return 'contains half of a surrogate pair (not valid Unicode)';
  return undefined;
}

/** A number no column holds: JSON's 1e400 and a query's "Infinity" both arrive as Infinity. */
function notFinite(value: unknown): string | undefined {
  return typeof value === 'number' && !Number.isFinite(value) ? 'must be a finite number' : undefined;
}

/** The first value (or key) in a request part that `problem` objects to, and where it is. */
function findProblem(
  value: unknown,
  problem: (value: unknown) => string | undefined,
  field = '',
  depth = 0,
): { field: string; problem: string } | undefined {
  const here = problem(value);
  if (here) return { field, problem: here };
  if (value === null || typeof value !== 'object' || depth > 64) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const path = Array.isArray(value) ? `${field}[${key}]` : field ? `${field}.${key}` : key;
    const inKey = Array.isArray(value) ? undefined : problem(key);
    if (inKey) return { field: path, problem: inKey };
    const found = findProblem(item, problem, path, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** A hook refusing a request, naming where, when its params, query or body hold what `problem` finds. */
function refuseWhere(problem: (value: unknown) => string | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const found =
      findProblem(request.params, problem) ?? findProblem(request.query, problem) ?? findProblem(request.body, problem);
    if (found) {
      await reply.code(400).send(
        errorBody({
          code: 'INVALID_INPUT',
          message: `${found.field || 'body'}: ${found.problem}`,
          ...(found.field ? { field: found.field } : {}),
        }),
      );
    }
  };
}
