/** The directory to address documents to, the markings the caller may apply, and banner checking. */
import { Type } from 'typebox';
import type { AppContext } from '../../app/context.js';
import { getDirectory } from '../../app/people/get-directory.js';
import { getMarkingOptions } from '../../app/people/get-marking-options.js';
import { checkBanner } from '../../app/people/check-banner.js';
import { renderBanner, renderBannerIn } from '../../core/marking/marking.render.js';
import type { LiaisonServer } from '../app.js';
import { callerOf } from '../auth.js';
import { errorBody, sendFailure } from '../error.table.js';
import { presentDirectory, presentMarking, presentMarkingOptions } from '../presenters.js';
import { ErrorSchema, MarkingSchema } from '../schemas.js';

export function registerDirectoryRoutes(app: LiaisonServer, ctx: AppContext): void {
  app.get(
    '/api/directory',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'Parties, offices and people, to address documents to.',
        tags: ['directory'],
        response: {
          200: Type.Object({
            parties: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
            offices: Type.Array(
              Type.Object({
                id: Type.String(),
                party: Type.String(),
                name: Type.String(),
                kind: Type.String(),
                isMember: Type.Boolean(),
              }),
            ),
            people: Type.Array(
              Type.Object({
                username: Type.String(),
                displayName: Type.String(),
                title: Type.String(),
                party: Type.String(),
              }),
            ),
          }),
          401: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await getDirectory(ctx, callerOf(request));
      if (!result.ok) return sendFailure(reply, result);
      return presentDirectory(result.value);
    },
  );

  app.get(
    '/api/marking-options',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          'The markings the caller may apply: levels within their clearance, compartments they are read into.',
        tags: ['markings'],
        response: {
          200: Type.Object({
            party: Type.String(),
            levels: Type.Array(Type.Object({ rank: Type.Integer(), name: Type.String() })),
            compartments: Type.Array(Type.Object({ name: Type.String(), description: Type.String() })),
            parties: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
            controls: Type.Array(Type.String()),
            personalForCandidates: Type.Array(
              Type.Object({ name: Type.String(), displayName: Type.String(), party: Type.String() }),
            ),
            delegations: Type.Array(
              Type.Object({ id: Type.String(), name: Type.String(), party: Type.String() }),
            ),
          }),
          401: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await getMarkingOptions(ctx, callerOf(request));
      if (!result.ok) return sendFailure(reply, result);
      return presentMarkingOptions(result.value);
    },
  );

  app.post(
    '/api/markings/parse',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'Check a banner line: its canonical form and meaning, or what is wrong and where.',
        tags: ['markings'],
        body: Type.Object(
          { banner: Type.String({ maxLength: 1000 }), party: Type.Optional(Type.String({ maxLength: 3 })) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Intersect([
            MarkingSchema,
            Type.Object({ canonical: Type.String(), inWords: Type.Record(Type.String(), Type.String()) }),
          ]),
          400: ErrorSchema,
          401: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const parsed = await checkBanner(ctx, callerOf(request), request.body);
      if (!parsed.ok) return reply.code(400).send(errorBody(parsed));
      const marking = parsed.value;
      const inWords: Record<string, string> = {};
      for (const code of ctx.scheme.parties.keys()) {
        const words = renderBannerIn(marking, ctx.scheme, code);
        if (words !== undefined) inWords[code] = words;
      }
      return {
        canonical: renderBanner(marking, ctx.scheme),
        ...presentMarking(marking, ctx.scheme),
        inWords,
      };
    },
  );
}
