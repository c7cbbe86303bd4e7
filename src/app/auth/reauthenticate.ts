/** A logged-in person proves who they are again (password, and code if they have a second factor). */
import { fail, succeed } from '../../core/result.js';
import { findCredentials, recordLoginSuccess } from '../../db/person.repository.js';
import { markReauthenticated } from '../../db/session.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { verifyPassword } from './password.js';
import { acceptTotp } from './second-factor.js';
import { hashToken } from './secret-token.js';

export function reauthenticate(
  ctx: AppContext,
  caller: Caller,
  sessionToken: string,
  proof: { password: string; code?: string },
): Promise<AppResult<Date>> {
  return withActor<Date>(ctx, caller, async (actor) => {
    const now = ctx.now();
    const credentials = await findCredentials(actor.sql, actor.person.username);
    const passwordMatches = credentials?.hash
      ? await verifyPassword(credentials.hash, proof.password)
      : false;
    let step: number | null = null;
    let refusal: string | null = passwordMatches ? null : 'password';
    if (!refusal && credentials?.totpSecret) {
      const accepted = proof.code
        ? acceptTotp(credentials.totpSecret, proof.code, now, credentials.totpLastStep)
        : undefined;
      if (accepted === undefined) refusal = 'second-factor';
      else step = accepted;
    }
    await actor.audit({
      action: 'session.reauthenticate',
      target: null,
      decision: refusal ? 'denied' : 'granted',
      rule: refusal,
    });
    if (refusal)
      return fail(
        'LOGIN_FAILED',
        refusal === 'password' ? 'wrong password' : 'code: wrong or missing second-factor code',
      );
    if (step !== null) await recordLoginSuccess(actor.sql, actor.person.id, step);
    await markReauthenticated(actor.sql, hashToken(sessionToken), now);
    return succeed(now);
  });
}
