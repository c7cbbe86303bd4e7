/** A bearer token for a person's scripts: shown once, stored as a hash, expiring. */
import { fail, succeed } from '../../core/result.js';
import { insertApiToken } from '../../db/session.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { hashToken, newSecretToken } from './secret-token.js';

const MAX_DAYS = 365;

export function createApiToken(
  ctx: AppContext,
  caller: Caller,
  input: { name: string; days?: number },
): Promise<AppResult<{ id: string; token: string; expiresAt: Date }>> {
  return withActor(ctx, caller, async (actor) => {
    const name = input.name.trim();
    if (name === '' || name.length > 100)
      return fail('INVALID_INPUT', 'name: 1 to 100 characters', { field: 'name' });
    const days = input.days ?? 30;
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS)
      return fail('INVALID_INPUT', `days: a whole number from 1 to ${MAX_DAYS}`, { field: 'days' });
    const token = newSecretToken('lst_');
    const id = ctx.newId();
    const expiresAt = new Date(ctx.now().getTime() + days * 86_400_000);
    await insertApiToken(actor.sql, {
      id,
      personId: actor.person.id,
      name,
      tokenHash: hashToken(token),
      expiresAt,
    });
    await actor.audit({
      action: 'token.create',
      target: { kind: 'api-token', id },
      decision: 'done',
      details: { name, days },
    });
    return succeed({ id, token, expiresAt });
  });
}
