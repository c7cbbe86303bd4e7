/** The audit log for a party's security officers: their chain, newest first, and its verifiable export. */
import { Type } from 'typebox';
import { exportAuditLog } from '../../app/audit/export-audit-log.js';
import { listAuditEntries } from '../../app/audit/list-audit-entries.js';
import type { AppContext } from '../../app/context.js';
import { findPersonById } from '../../db/person.repository.js';
import type { LiaisonServer } from '../app.js';
import { callerOf, personOf } from '../auth.js';
import { sendFailure } from '../error.table.js';
import { ErrorSchema } from '../schemas.js';

const EntrySchema = Type.Object({
  chain: Type.String(),
  seq: Type.Integer(),
  at: Type.String(),
  actor: Type.Union([Type.Object({ id: Type.String(), username: Type.String(), party: Type.String() }), Type.Null()]),
  action: Type.String(),
  target: Type.Union([Type.Object({ kind: Type.String(), id: Type.String() }), Type.Null()]),
  decision: Type.String(),
  rule: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
  hash: Type.String(),
});

export function registerAuditRoutes(app: LiaisonServer, ctx: AppContext): void {
  app.get(
    '/api/audit',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: "The caller's party's chain of the audit log, newest first (security officers).",
        tags: ['audit'],
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })), before: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ chain: Type.String(), items: Type.Array(EntrySchema) }), 401: ErrorSchema, 403: ErrorSchema },
      },
    },
    async (request, reply) => {
      const result = await listAuditEntries(ctx, callerOf(request), {
        limit: request.query.limit ?? 100,
        ...(request.query.before === undefined ? {} : { before: request.query.before }),
      });
      if (!result.ok) return sendFailure(reply, result);
      return {
        chain: result.value.chain,
        items: result.value.entries.map(({ prev: _prev, ...entry }) => ({ ...entry, details: { ...entry.details } })),
      };
    },
  );

  app.get(
    '/api/audit/export',
    {
      onRequest: [app.requirePerson, app.requireRecentLogin],
      schema: {
        summary: "The party's chain as verifiable JSON lines (liaison audit verify FILE), with a fresh signed checkpoint.",
        tags: ['audit'],
        response: { 200: Type.String({ contentMediaType: 'application/x-ndjson' }), 403: ErrorSchema },
      },
    },
    async (request, reply) => {
      const person = await ctx.db.asPerson(personOf(request), (sql) => findPersonById(sql, personOf(request)));
      if (!person || !person.roles.includes('security-officer') || person.status !== 'active')
        return reply.code(403).send({ error: { code: 'FORBIDDEN', message: "only a security officer exports the party's audit log" } });
      const lines: string[] = [];
      await exportAuditLog(ctx, { chains: [person.party] }, (line) => {
        lines.push(line);
      });
      return reply
        .type('application/x-ndjson')
        .header('content-disposition', `attachment; filename="audit-${person.party}.jsonl"`)
        .send(`${lines.join('\n')}\n`);
    },
  );
}
