/** Password hashing: argon2id with OWASP's recommended parameters (19 MiB, 2 passes, 1 lane). */
import argon2 from 'argon2';

const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** A hash to verify against when the username is unknown, so that both cases take the same time. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('not a password of anyone');
  return dummy;
}

export const MIN_PASSWORD_LENGTH = 8;
