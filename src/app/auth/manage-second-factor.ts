/**
 * A person sets up, confirms or removes their own second factor. Setting up gives a secret (and its
 * otpauth:// address for an authenticator app); it is used only once a first code confirms it.
 * Removing it needs a current code.
 */
import { fail, succeed } from '../../core/result.js';
import { findCredentials, setOwnSecondFactor } from '../../db/person.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { acceptTotp, newTotpSecret, totpUri } from './second-factor.js';

export function beginSecondFactor(
  ctx: AppContext,
  caller: Caller,
): Promise<AppResult<{ secret: string; uri: string }>> {
  return withActor(ctx, caller, async (actor) => {
    const credentials = await findCredentials(actor.sql, actor.person.username);
    if (credentials?.totpSecret)
      return fail('ALREADY_EXISTS', 'a second factor is already set up: remove it first');
    const secret = newTotpSecret();
    await setOwnSecondFactor(actor.sql, { pending: secret, secret: null, lastStep: null });
    await actor.audit({ action: 'session.second-factor-begin', target: null, decision: 'done' });
    return succeed({ secret, uri: totpUri(secret, actor.person.username) });
  });
}

export function confirmSecondFactor(ctx: AppContext, caller: Caller, code: string): Promise<AppResult<true>> {
  return withActor<true>(ctx, caller, async (actor) => {
    const credentials = await findCredentials(actor.sql, actor.person.username);
    const pending = credentials?.totpPendingSecret;
    if (!credentials || !pending)
      return fail('INVALID_INPUT', 'code: no second factor is being set up', { field: 'code' });
    const step = acceptTotp(pending, code, ctx.now(), credentials.totpLastStep);
    await actor.audit({
      action: 'session.second-factor-confirm',
      target: null,
      decision: step === undefined ? 'refused' : 'done',
    });
    if (step === undefined)
      return fail('INVALID_INPUT', 'code: not the current code of the new secret', { field: 'code' });
    await setOwnSecondFactor(actor.sql, { pending: null, secret: pending, lastStep: step });
    return succeed(true);
  });
}

export function removeSecondFactor(ctx: AppContext, caller: Caller, code: string): Promise<AppResult<true>> {
  return withActor<true>(ctx, caller, async (actor) => {
    const credentials = await findCredentials(actor.sql, actor.person.username);
    if (!credentials?.totpSecret)
      return fail('INVALID_INPUT', 'code: no second factor is set up', { field: 'code' });
    const step = acceptTotp(credentials.totpSecret, code, ctx.now(), credentials.totpLastStep);
    await actor.audit({
      action: 'session.second-factor-remove',
      target: null,
      decision: step === undefined ? 'refused' : 'done',
    });
    if (step === undefined) return fail('INVALID_INPUT', 'code: not the current code', { field: 'code' });
    await setOwnSecondFactor(actor.sql, { pending: null, secret: null, lastStep: step });
    return succeed(true);
  });
}

/** Whether a person has a second factor (for their own view of their account). */
export async function hasSecondFactor(ctx: AppContext, caller: Caller): Promise<boolean> {
  const result = await withActor<boolean>(ctx, caller, async (actor) =>
    succeed(Boolean((await findCredentials(actor.sql, actor.person.username))?.totpSecret)),
  );
  return result.ok && result.value;
}
