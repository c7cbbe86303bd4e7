/** Username and password to a session. Unknown user, wrong password and suspension look alike, and take alike. */
import { fail, succeed } from '../../core/result.js';
import type { Person } from '../../core/person/person.js';
import { findPasswordHash, findPersonById } from '../../db/person.repository.js';
import { insertSession } from '../../db/session.repository.js';
import type { AppContext } from '../context.js';
import type { AppResult } from '../errors.js';
import { dummyHash, verifyPassword } from './password.js';
import { hashToken, newSecretToken } from './secret-token.js';

export interface Session {
  readonly token: string;
  readonly expiresAt: Date;
  readonly person: Person;
}

export async function logIn(
  ctx: AppContext,
  credentials: { username: string; password: string },
): Promise<AppResult<Session>> {
  const stored = await ctx.db.asAnonymous((sql) => findPasswordHash(sql, credentials.username));
  const hash = stored?.hash ?? (await dummyHash());
  const matches = await verifyPassword(hash, credentials.password);
  if (!stored || stored.hash === null || !matches) return fail('LOGIN_FAILED', 'wrong username or password');
  const token = newSecretToken('lss_');
  const expiresAt = new Date(ctx.now().getTime() + ctx.settings.sessionTtlMs);
  const person = await ctx.db.asAnonymous(async (sql) => {
    const found = await findPersonById(sql, stored.id);
    if (!found || found.status !== 'active') return undefined;
    await insertSession(sql, { tokenHash: hashToken(token), personId: found.id, expiresAt });
    return found;
  });
  if (!person) return fail('LOGIN_FAILED', 'wrong username or password');
  ctx.logger.info({ event: 'login', person: person.username }, 'logged in');
  return succeed({ token, expiresAt, person });
}
