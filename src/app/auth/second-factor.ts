/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s) through the otpauth library. A code
 * is accepted one step either side of now, and never twice: each accepted step must be later than the
 * last one accepted for that person.
 */
import { Secret, TOTP } from 'otpauth';

const PERIOD_S = 30;

function totp(secret: string, label: string): TOTP {
  return new TOTP({
    issuer: 'Liaison',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_S,
    secret: Secret.fromBase32(secret),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, username: string): string {
  return totp(secret, username).toString();
}

/** The time step the code belongs to, if it is valid now and later than `lastStep`; otherwise undefined. */
export function acceptTotp(
  secret: string,
  code: string,
  now: Date,
  lastStep: number | null,
): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const delta = totp(secret, '').validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return undefined;
  const step = Math.floor(now.getTime() / 1000 / PERIOD_S) + delta;
  return lastStep === null || step > lastStep ? step : undefined;
}

/** For tests: the code of a secret at a moment. */
export function totpCodeAt(secret: string, at: Date): string {
  return totp(secret, '').generate({ timestamp: at.getTime() });
}
