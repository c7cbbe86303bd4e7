/** Who is calling: a session cookie or a bearer token to a person id, or nobody. */
import { deleteSession, findApiToken, touchSession } from '../../db/session.repository.js';
import type { AppContext } from '../context.js';
import { hashToken } from './secret-token.js';

export async function authenticateSession(ctx: AppContext, token: string): Promise<string | undefined> {
  const session = await ctx.db.asAnonymous((sql) => touchSession(sql, hashToken(token), ctx.now()));
  return session?.personId;
}

export async function authenticateBearer(ctx: AppContext, token: string): Promise<string | undefined> {
  const found = await ctx.db.asAnonymous((sql) => findApiToken(sql, hashToken(token), ctx.now()));
  return found?.personId;
}

export async function logOut(ctx: AppContext, token: string): Promise<void> {
  await ctx.db.asAnonymous((sql) => deleteSession(sql, hashToken(token)));
}
