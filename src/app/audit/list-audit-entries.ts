/**
 * A security officer reads their party's chain of the audit log, newest first. Row-level security
 * shows an officer their own party's chain and nobody anything else. An entry about something the
 * officer may not see (an embargoed draft of their own delegation, a compartmented document) is shown
 * without its target and details: who did what, when, and with what outcome, nothing of what it was.
 */
import type { AuditEntry } from '../../core/audit/audit-entry.js';
import { fail, succeed } from '../../core/result.js';
import { hiddenAuditTargets, listRecentAuditEntries } from '../../db/audit.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';

/** The target id shown in place of one the reader may not see. */
export const WITHHELD = 'withheld';

export function listAuditEntries(
  ctx: AppContext,
  caller: Caller,
  options: { limit: number; before?: number },
): Promise<AppResult<{ entries: AuditEntry[]; chain: string }>> {
  return withActor(ctx, caller, async (actor) => {
    if (!actor.person.roles.includes('security-officer') || actor.person.status !== 'active')
      return fail('FORBIDDEN', "only a security officer reads the party's audit log");
    const entries = await listRecentAuditEntries(actor.sql, actor.person.party, options.limit, options.before);
    const hidden = await hiddenAuditTargets(
      actor.sql,
      entries.flatMap((entry) => (entry.target ? [entry.target] : [])),
    );
    const shown = entries.map((entry) =>
      entry.target && hidden.has(`${entry.target.kind}:${entry.target.id}`)
        ? { ...entry, target: { kind: entry.target.kind, id: WITHHELD }, details: { withheld: true } }
        : entry,
    );
    return succeed({ entries: shown, chain: actor.person.party });
  });
}
