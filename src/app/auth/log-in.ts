/**
 * Username and password to a session. Unknown user, wrong password and suspension look alike, and take
 * alike; each attempt is audited on the person's party's chain (an unknown name, on the node's).
 */
import { fail, succeed } from '../../core/result.js';
import type { Person } from '../../core/person/person.js';
import { findPasswordHash, findPersonById } from '../../db/person.repository.js';
import { insertSession } from '../../db/session.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import type { AppContext } from '../context.js';
import type { AppResult } from '../errors.js';
import { auditActorOf } from '../with-actor.js';
import { dummyHash, verifyPassword } from './password.js';
import { hashToken, newSecretToken } from './secret-token.js';

export interface Session {
  readonly token: string;
  readonly expiresAt: Date;
  readonly person: Person;
}

const PLAUSIBLE_USERNAME = /^[a-z][a-z0-9_.-]{1,31}$/;

export async function logIn(
  ctx: AppContext,
  credentials: { username: string; password: string },
  address: string | null,
): Promise<AppResult<Session>> {
  const stored = await ctx.db.asAnonymous((sql) => findPasswordHash(sql, credentials.username));
  const hash = stored?.hash ?? (await dummyHash());
  const matches = await verifyPassword(hash, credentials.password);
  const token = newSecretToken('lss_');
  const expiresAt = new Date(ctx.now().getTime() + ctx.settings.sessionTtlMs);
  const outcome = await ctx.db.asAnonymous(async (sql) => {
    const person = stored ? await findPersonById(sql, stored.id) : undefined;
    const refusal = !person
      ? 'unknown-user'
      : !matches || stored?.hash === null
        ? 'password'
        : person.status !== 'active'
          ? 'suspended'
          : null;
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
    if (refusal || !person) return undefined;
    await insertSession(sql, {
      tokenHash: hashToken(token),
      personId: person.id,
      expiresAt,
      authenticatedAt: ctx.now(),
    });
    return person;
  });
  if (!outcome) return fail('LOGIN_FAILED', 'wrong username or password');
  return succeed({ token, expiresAt, person: outcome });
}
