/** A bearer token for a person's scripts: shown once, stored as a hash, expiring. */
import { fail, succeed } from '../../core/result.js';
import { insertApiToken } from '../../db/session.repository.js';
import type { AppContext } from '../context.js';
import type { AppResult } from '../errors.js';
import { hashToken, newSecretToken } from './secret-token.js';

const MAX_DAYS = 365;

export async function createApiToken(
  ctx: AppContext,
  personId: string,
  input: { name: string; days?: number },
): Promise<AppResult<{ id: string; token: string; expiresAt: Date }>> {
  const name = input.name.trim();
  if (name === '' || name.length > 100)
    return fail('INVALID_INPUT', 'name: 1 to 100 characters', { field: 'name' });
  const days = input.days ?? 30;
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS)
    return fail('INVALID_INPUT', `days: a whole number from 1 to ${MAX_DAYS}`, { field: 'days' });
  const token = newSecretToken('lst_');
  const id = ctx.newId();
  const expiresAt = new Date(ctx.now().getTime() + days * 86_400_000);
  await ctx.db.asPerson(personId, (sql) =>
    insertApiToken(sql, { id, personId, name, tokenHash: hashToken(token), expiresAt }),
  );
  ctx.logger.info({ event: 'api-token-created', personId, tokenId: id }, 'API token created');
  return succeed({ id, token, expiresAt });
}
