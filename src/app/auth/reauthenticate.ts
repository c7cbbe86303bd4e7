/** A logged-in person proves who they are again, before a sensitive action. */
import { fail, succeed } from '../../core/result.js';
import { findPasswordHash } from '../../db/person.repository.js';
import { markReauthenticated } from '../../db/session.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { verifyPassword } from './password.js';
import { hashToken } from './secret-token.js';

export function reauthenticate(
  ctx: AppContext,
  caller: Caller,
  sessionToken: string,
  password: string,
): Promise<AppResult<Date>> {
  return withActor<Date>(ctx, caller, async (actor) => {
    const stored = await findPasswordHash(actor.sql, actor.person.username);
    const matches = stored?.hash ? await verifyPassword(stored.hash, password) : false;
    await actor.audit({
      action: 'session.reauthenticate',
      target: null,
      decision: matches ? 'granted' : 'denied',
      rule: matches ? null : 'password',
    });
    if (!matches) return fail('LOGIN_FAILED', 'wrong password');
    const at = ctx.now();
    await markReauthenticated(actor.sql, hashToken(sessionToken), at);
    return succeed(at);
  });
}
