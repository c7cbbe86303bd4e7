/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), computed by the test
 * itself as an authenticator app would, from the secret the account page shows.
 */
import { createHmac } from 'node:crypto';

const periodSeconds = 30;

function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const character of clean) {
    const index = alphabet.indexOf(character);
    if (index < 0) throw new Error(`not base32: ${character}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** The code for one time step (RFC 4226 HOTP of the step counter). */
export function totpCodeForStep(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const digest = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  const binary = (digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(binary).padStart(6, '0');
}

export function currentStep(now = Date.now()): number {
  return Math.floor(now / 1000 / periodSeconds);
}

/**
 * Codes as a person would type them, one per use. The server accepts a code one step either side of
 * now, but never a step it has accepted before; so each code here is for a later step than the last,
 * starting a step back, which gives three uses within one 30-second step without waiting.
 */
export class Authenticator {
  private lastStep = Number.NEGATIVE_INFINITY;

  constructor(readonly secret: string) {}

  nextCode(): string {
    const now = currentStep();
    const step = Math.max(this.lastStep + 1, now - 1);
    if (step > now + 1) throw new Error('no fresh code until the next 30-second step');
    this.lastStep = step;
    return totpCodeForStep(this.secret, step);
  }
}
