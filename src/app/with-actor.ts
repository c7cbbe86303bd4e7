/**
 * Runs a use case as a person: opens their transaction (row-level security on), loads them afresh
 * (so a revocation or suspension applies to the very next request), and hands over their reader.
 */
import { toReader, type Person } from '../core/person/person.js';
import type { Reader } from '../core/policy/policy.js';
import { fail } from '../core/result.js';
import type { Sql } from '../db/database.js';
import { findPersonById } from '../db/person.repository.js';
import type { AppContext } from './context.js';
import type { AppResult } from './errors.js';

export interface Actor {
  readonly sql: Sql;
  readonly person: Person;
  readonly reader: Reader;
}

export function withActor<T>(
  ctx: AppContext,
  personId: string,
  work: (actor: Actor) => Promise<AppResult<T>>,
): Promise<AppResult<T>> {
  return ctx.db.asPerson(personId, async (sql) => {
    const person = await findPersonById(sql, personId);
    if (!person) return fail('NOT_FOUND', 'no such person');
    return work({ sql, person, reader: toReader(person) });
  });
}
