/**
 * The committee's negotiated texts. Minutes: approvals and amendments. Recommendations: proposed by a
 * member, adopted by the concurrence of every member, answered by each party's chiefs. Proposals:
 * submitted, met by parallel submissions and revisions, agreed by every party; EMBARGO UNTIL AGREED
 * throughout. Every version is a document (its text through GET /api/documents/{id}); every change is
 * diffable. There is no route, field or value by which the committee records a decision.
 */
import { Type } from 'typebox';
import type { AppContext } from '../../app/context.js';
import { addTextVersion } from '../../app/committees/add-text-version.js';
import { consentToText } from '../../app/committees/consent-to-text.js';
import { diffTextVersions } from '../../app/committees/diff-text-versions.js';
import { getText } from '../../app/committees/get-text.js';
import { listCommitteeTexts } from '../../app/committees/list-texts.js';
import { proposeRecommendation } from '../../app/committees/propose-recommendation.js';
import { respondToRecommendation } from '../../app/committees/respond-to-recommendation.js';
import { submitProposal } from '../../app/committees/submit-proposal.js';
import type { CommitteeTextKind } from '../../core/committee/committee-text.js';
import type { LiaisonServer } from '../app.js';
import { callerOf } from '../auth.js';
import { presentDiff, presentText } from '../committee.presenters.js';
import {
  AmendmentBodySchema,
  CommitteeParamsSchema,
  ConsentBodySchema,
  DiffQuerySchema,
  DiffSchema,
  ProposalBodySchema,
  ProposalVersionBodySchema,
  RecommendationBodySchema,
  ResponseBodySchema,
  TextParamsSchema,
  TextSchema,
} from '../committee.schemas.js';
import { sendFailure } from '../error.table.js';
import { ErrorSchema } from '../schemas.js';
import { COMMITTEE_ERRORS } from './committee.routes.js';

const TEXTS: readonly {
  kind: CommitteeTextKind;
  path: string;
  plural: string;
  consent: string;
  consentVerb: string;
}[] = [
  {
    kind: 'minutes',
    path: 'minutes',
    plural: 'minutes',
    consent: 'approvals',
    consentVerb: 'Approve the current version of minutes',
  },
  {
    kind: 'recommendation',
    path: 'recommendations',
    plural: 'recommendations',
    consent: 'concurrences',
    consentVerb: 'Concur in the current version of a recommendation (consensus of every member adopts it)',
  },
  {
    kind: 'proposal',
    path: 'proposals',
    plural: 'proposals',
    consent: 'agreements',
    consentVerb: 'Agree the current version of a proposal',
  },
];

export function registerCommitteeTextRoutes(app: LiaisonServer, ctx: AppContext): void {
  const tags = ['committees'];

  for (const text of TEXTS) {
    const base = `/api/committees/:id/${text.path}`;

    app.get(
      base,
      {
        onRequest: app.requirePerson,
        schema: {
          summary: `The committee's ${text.plural} the caller may read (an embargoed text exists only for the negotiating delegations).`,
          tags,
          params: CommitteeParamsSchema,
          response: {
            200: Type.Object({ items: Type.Array(TextSchema) }),
            401: ErrorSchema,
            404: ErrorSchema,
          },
        },
      },
      async (request, reply) => {
        const result = await listCommitteeTexts(ctx, callerOf(request), request.params.id, text.kind);
        if (!result.ok) return sendFailure(reply, result);
        return { items: result.value.map(presentText) };
      },
    );

    app.get(
      `${base}/:textId`,
      {
        onRequest: app.requirePerson,
        schema: {
          summary: `One of the committee's ${text.plural}: versions, who agreed what, the issued text${text.kind === 'recommendation' ? ', the chiefs’ responses' : ''}.`,
          tags,
          params: TextParamsSchema,
          response: { 200: TextSchema, 401: ErrorSchema, 404: ErrorSchema },
        },
      },
      async (request, reply) => {
        const result = await getText(
          ctx,
          callerOf(request),
          request.params.id,
          text.kind,
          request.params.textId,
        );
        if (!result.ok) return sendFailure(reply, result);
        return presentText(result.value);
      },
    );

    app.post(
      `${base}/:textId/${text.consent}`,
      {
        onRequest: app.requirePerson,
        schema: {
          summary: `${text.consentVerb}, for the caller's party (its member). The last party's lifts the embargo and issues the agreed text.`,
          tags,
          params: TextParamsSchema,
          body: ConsentBodySchema,
          response: { 200: TextSchema, ...COMMITTEE_ERRORS },
        },
      },
      async (request, reply) => {
        const result = await consentToText(
          ctx,
          callerOf(request),
          request.params.id,
          text.kind,
          request.params.textId,
          request.body,
        );
        if (!result.ok) return sendFailure(reply, result);
        return presentText(result.value);
      },
    );

    app.get(
      `${base}/:textId/diff`,
      {
        onRequest: app.requirePerson,
        schema: {
          summary: "What one version changed against another, word by word, in the caller's own copies.",
          tags,
          params: TextParamsSchema,
          querystring: DiffQuerySchema,
          response: {
            200: DiffSchema,
            400: ErrorSchema,
            401: ErrorSchema,
            404: ErrorSchema,
            410: ErrorSchema,
          },
        },
      },
      async (request, reply) => {
        const result = await diffTextVersions(
          ctx,
          callerOf(request),
          request.params.id,
          text.kind,
          request.params.textId,
          request.query,
        );
        if (!result.ok) return sendFailure(reply, result);
        return presentDiff(result.value);
      },
    );

    if (text.kind !== 'proposal')
      app.post(
        `${base}/:textId/amendments`,
        {
          onRequest: app.requirePerson,
          schema: {
            summary: `Amend ${text.kind === 'minutes' ? 'minutes' : 'a recommendation'} (a member): a new version, which clears every approval given so far.`,
            tags,
            params: TextParamsSchema,
            body: AmendmentBodySchema,
            response: { 200: TextSchema, ...COMMITTEE_ERRORS },
          },
        },
        async (request, reply) => {
          const result = await addTextVersion(
            ctx,
            callerOf(request),
            request.params.id,
            text.kind,
            request.params.textId,
            {
              ...request.body,
              kind: 'amendment',
            },
          );
          if (!result.ok) return sendFailure(reply, result);
          return presentText(result.value);
        },
      );
  }

  app.post(
    '/api/committees/:id/recommendations',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          "Propose a recommendation to the parties' chiefs (a member). It is adopted only by consensus of the members.",
        description:
          'A recommendation is never a decision: once adopted, each party’s chiefs record their own response.',
        tags,
        params: CommitteeParamsSchema,
        body: RecommendationBodySchema,
        response: { 201: TextSchema, ...COMMITTEE_ERRORS },
      },
    },
    async (request, reply) => {
      const result = await proposeRecommendation(ctx, callerOf(request), request.params.id, request.body);
      if (!result.ok) return sendFailure(reply, result);
      return reply.code(201).send(presentText(result.value));
    },
  );

  app.post(
    '/api/committees/:id/recommendations/:textId/responses',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          "Respond to an adopted recommendation for the caller's party (its chiefs): approved, approved-with-changes, declined or noted.",
        tags,
        params: TextParamsSchema,
        body: ResponseBodySchema,
        response: { 200: TextSchema, ...COMMITTEE_ERRORS },
      },
    },
    async (request, reply) => {
      const result = await respondToRecommendation(
        ctx,
        callerOf(request),
        request.params.id,
        request.params.textId,
        request.body,
      );
      if (!result.ok) return sendFailure(reply, result);
      return presentText(result.value);
    },
  );

  app.post(
    '/api/committees/:id/proposals',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          "Submit a proposal (a party's member): EMBARGO UNTIL AGREED, seen only by the negotiating delegations.",
        tags,
        params: CommitteeParamsSchema,
        body: ProposalBodySchema,
        response: { 201: TextSchema, ...COMMITTEE_ERRORS },
      },
    },
    async (request, reply) => {
      const result = await submitProposal(ctx, callerOf(request), request.params.id, request.body);
      if (!result.ok) return sendFailure(reply, result);
      return reply.code(201).send(presentText(result.value));
    },
  );

  app.post(
    '/api/committees/:id/proposals/:textId/versions',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          "A new version of a proposal: a revision, or another party's parallel submission to the same matter.",
        description: 'Still under embargo; every agreement given so far is cleared.',
        tags,
        params: TextParamsSchema,
        body: ProposalVersionBodySchema,
        response: { 200: TextSchema, ...COMMITTEE_ERRORS },
      },
    },
    async (request, reply) => {
      const result = await addTextVersion(
        ctx,
        callerOf(request),
        request.params.id,
        'proposal',
        request.params.textId,
        request.body,
      );
      if (!result.ok) return sendFailure(reply, result);
      return presentText(result.value);
    },
  );
}
