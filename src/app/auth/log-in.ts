/**
 * Username, password and, when the person has one, a second factor, to a session. Unknown user, wrong
 * password, wrong code, suspension and lockout all give the same answer and take the same time; only a
 * missing code, after a right password, is asked for by name. After `lockoutThreshold` failures in a
 * row the account is locked for `lockoutMinutes`. Every attempt is audited on the person's party's
 * chain (an unknown name, on the node's).
 */
import { fail, succeed } from '../../core/result.js';
import type { Person } from '../../core/person/person.js';
import {
  findCredentials,
  findPersonById,
  recordLoginFailure,
  recordLoginSuccess,
} from '../../db/person.repository.js';
import { insertSession } from '../../db/session.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import type { AppContext } from '../context.js';
import type { AppResult } from '../errors.js';
import { auditActorOf } from '../with-actor.js';
import { dummyHash, verifyPassword } from './password.js';
import { acceptTotp } from './second-factor.js';
import { hashToken, newSecretToken } from './secret-token.js';

export interface Session {
  readonly token: string;
  readonly expiresAt: Date;
  readonly person: Person;
}

const PLAUSIBLE_USERNAME = /^[a-z][a-z0-9_.-]{1,31}$/;

type Refusal =
  'unknown-user' | 'password' | 'second-factor' | 'second-factor-missing' | 'suspended' | 'locked';

export async function logIn(
  ctx: AppContext,
  credentials: { username: string; password: string; code?: string },
  address: string | null,
): Promise<AppResult<Session>> {
  const now = ctx.now();
  const stored = await ctx.db.asAnonymous((sql) => findCredentials(sql, credentials.username));
  const passwordMatches = await verifyPassword(stored?.hash ?? (await dummyHash()), credentials.password);
  const token = newSecretToken('lss_');
  const expiresAt = new Date(now.getTime() + ctx.settings.sessionTtlMs);

  const outcome = await ctx.db.asAnonymous(async (sql) => {
    const person = stored ? await findPersonById(sql, stored.id) : undefined;
    let refusal: Refusal | null = null;
    let step: number | null = null;
    if (!stored || !person) refusal = 'unknown-user';
    else if (stored.lockedUntil && stored.lockedUntil > now) refusal = 'locked';
    else if (!passwordMatches || stored.hash === null) refusal = 'password';
    else if (stored.totpSecret) {
      if (!credentials.code) refusal = 'second-factor-missing';
      else {
        const accepted = acceptTotp(stored.totpSecret, credentials.code, now, stored.totpLastStep);
        if (accepted === undefined) refusal = 'second-factor';
        else step = accepted;
      }
    }
    if (!refusal && person?.status !== 'active') refusal = 'suspended';

    await recordAudit(ctx, sql, {
      actor: person ? auditActorOf(person) : null,
      action: 'session.login',
      target: null,
      decision: refusal ? 'denied' : 'granted',
      rule: refusal,
      address,
      // A name that is not a plausible username may be a password typed in the wrong box: not kept.
      details: person
        ? {}
        : {
            username: PLAUSIBLE_USERNAME.test(credentials.username)
              ? credentials.username
              : '[not a username]',
          },
    });
    if (!person) return { refusal };
    if (refusal === 'password' || refusal === 'second-factor') {
      await recordLoginFailure(
        sql,
        person.id,
        now,
        ctx.settings.lockoutThreshold,
        ctx.settings.lockoutMinutes,
      );
      return { refusal };
    }
    if (refusal) return { refusal };
    await recordLoginSuccess(sql, person.id, step);
    await insertSession(sql, {
      tokenHash: hashToken(token),
      personId: person.id,
      expiresAt,
      authenticatedAt: now,
    });
    return { person };
  });
  if ('person' in outcome && outcome.person) return succeed({ token, expiresAt, person: outcome.person });
  if ('refusal' in outcome && outcome.refusal === 'second-factor-missing')
    return fail('SECOND_FACTOR_REQUIRED', 'code: enter the six-digit code from your authenticator', {
      field: 'code',
    });
  return fail('LOGIN_FAILED', 'wrong username or password');
}
