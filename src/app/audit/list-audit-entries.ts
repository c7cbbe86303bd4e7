/**
 * A security officer reads their party's chain of the audit log, newest first. Row-level security
 * shows an officer their own party's chain and nobody anything else.
 */
import type { AuditEntry } from '../../core/audit/audit-entry.js';
import { fail, succeed } from '../../core/result.js';
import { listRecentAuditEntries } from '../../db/audit.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';

export function listAuditEntries(
  ctx: AppContext,
  caller: Caller,
  options: { limit: number; before?: number },
): Promise<AppResult<{ entries: AuditEntry[]; chain: string }>> {
  return withActor(ctx, caller, async (actor) => {
    if (!actor.person.roles.includes('security-officer') || actor.person.status !== 'active')
      return fail('FORBIDDEN', "only a security officer reads the party's audit log");
    const entries = await listRecentAuditEntries(actor.sql, actor.person.party, options.limit, options.before);
    return succeed({ entries, chain: actor.person.party });
  });
}
