/**
 * Records a read that was not granted, with the rule that decided. The person could not see the
 * document, so its facts are read here as the system, in a transaction of its own, and never returned.
 */
import { accessFactsOf } from '../../core/document/document.rules.js';
import { toReader } from '../../core/person/person.js';
import { decideRead } from '../../core/policy/policy.js';
import { findDocument } from '../../db/document.repository.js';
import { findPersonById } from '../../db/person.repository.js';
import type { AppContext, Caller } from '../context.js';
import { isUuid } from '../documents/prepare-draft.js';
import { auditActorOf } from '../with-actor.js';
import { recordAudit } from './record-audit.js';

export async function recordDeniedRead(
  ctx: AppContext,
  caller: Caller,
  documentId: string,
  action: string,
): Promise<void> {
  await ctx.db.asSystem(async (sql) => {
    const person = await findPersonById(sql, caller.personId);
    if (!person) return;
    const document = isUuid(documentId) ? await findDocument(sql, documentId, ctx.scheme) : undefined;
    const decision = document ? decideRead(toReader(person), accessFactsOf(document)) : undefined;
    await recordAudit(ctx, sql, {
      actor: auditActorOf(person),
      action,
      target: { kind: 'document', id: documentId.slice(0, 100) },
      decision: 'denied',
      rule: decision === undefined ? 'missing' : decision.allowed ? 'not-found' : decision.rule,
      address: caller.address,
      details: document ? { originator: document.originator } : {},
    });
  });
}
