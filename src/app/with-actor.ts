/**
 * Runs a use case as a person: opens their transaction (row-level security on), loads them afresh
 * (so a revocation or suspension applies to the very next request), and hands over their reader.
 */
import type { AuditEvent } from '../core/audit/audit-entry.js';
import { toReader, type Person } from '../core/person/person.js';
import type { Reader } from '../core/policy/policy.js';
import { fail } from '../core/result.js';
import type { Sql } from '../db/database.js';
import { findPersonById } from '../db/person.repository.js';
import { recordAudit } from './audit/record-audit.js';
import type { AppContext, Caller } from './context.js';
import type { AppResult } from './errors.js';

export interface Actor {
  readonly sql: Sql;
  readonly person: Person;
  readonly reader: Reader;
  readonly address: string | null;
  /** Records what this person did, in this transaction, on their party's chain. */
  audit(
    event: Omit<AuditEvent, 'actor' | 'address' | 'details' | 'rule'> &
      Partial<Pick<AuditEvent, 'details' | 'rule'>>,
  ): Promise<void>;
}

export function withActor<T>(
  ctx: AppContext,
  caller: Caller,
  work: (actor: Actor) => Promise<AppResult<T>>,
): Promise<AppResult<T>> {
  return ctx.db.asPerson(caller.personId, async (sql) => {
    const person = await findPersonById(sql, caller.personId);
    if (!person) return fail('NOT_FOUND', 'no such person');
    return work({
      sql,
      person,
      reader: toReader(person),
      address: caller.address,
      audit: (event) =>
        recordAudit(ctx, sql, {
          rule: null,
          details: {},
          ...event,
          actor: auditActorOf(person),
          address: caller.address,
        }),
    });
  });
}

export function auditActorOf(person: Pick<Person, 'id' | 'username' | 'party'>) {
  return { id: person.id, username: person.username, party: person.party };
}
