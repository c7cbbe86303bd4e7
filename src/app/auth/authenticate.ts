/** Who is calling: a session cookie or a bearer token to a person id, or nobody. */
import {
  deleteSession,
  findApiToken,
  touchSession,
  type ActiveSession,
} from '../../db/session.repository.js';
import { findPersonById } from '../../db/person.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import type { AppContext } from '../context.js';
import { auditActorOf } from '../with-actor.js';
import { hashToken } from './secret-token.js';

export function authenticateSession(ctx: AppContext, token: string): Promise<ActiveSession | undefined> {
  return ctx.db.asAnonymous((sql) => touchSession(sql, hashToken(token), ctx.now()));
}

export async function authenticateBearer(ctx: AppContext, token: string): Promise<string | undefined> {
  const found = await ctx.db.asAnonymous((sql) => findApiToken(sql, hashToken(token), ctx.now()));
  return found?.personId;
}

export async function logOut(ctx: AppContext, token: string, address: string | null): Promise<void> {
  await ctx.db.asAnonymous(async (sql) => {
    const session = await touchSession(sql, hashToken(token), ctx.now());
    await deleteSession(sql, hashToken(token));
    const person = session ? await findPersonById(sql, session.personId) : undefined;
    if (person)
      await recordAudit(ctx, sql, {
        actor: auditActorOf(person),
        action: 'session.logout',
        target: null,
        decision: 'done',
        rule: null,
        address,
        details: {},
      });
  });
}
