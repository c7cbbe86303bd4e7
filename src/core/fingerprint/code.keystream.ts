/**
 * The keyed randomness of the fingerprint. Each code position gets its own 256-bit key,
 * HMAC-SHA256(document key, label ‖ codeId); the symbols of all copies at that position, and the
 * position's bias, are read from the ChaCha20 keystream (RFC 8439) under that key: copy k's byte is
 * byte k of the stream with nonce 0, the bias comes from the stream with nonce 1.
 *
 * Why not one HMAC per (copy, position): tracing must know every copy's symbol at every observed
 * position, about 10,000 × 600 of them, and 6 million HMAC-SHA256 calls take tens of seconds in
 * JavaScript; the ChaCha20 keystream gives the same bytes, as unpredictable without the key, in
 * about 20 ms. Everything is still a deterministic function of (key, copy number, position).
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

const LABEL = 'liaison/fingerprint/v1/position\u0000';
const encoder = new TextEncoder();

export const SYMBOL_NONCE = 0;
export const BIAS_NONCE = 1;

/** The ChaCha20 key of one code position, as eight little-endian words. */
export function derivePositionKey(documentKey: Uint8Array, codeId: string): Uint32Array {
  const mac = hmac(sha256, documentKey, encoder.encode(LABEL + codeId));
  const words = new Uint32Array(8);
  for (let i = 0; i < 8; i++) {
    words[i] =
      (mac[4 * i]! | (mac[4 * i + 1]! << 8) | (mac[4 * i + 2]! << 16) | (mac[4 * i + 3]! << 24)) >>> 0;
  }
  return words;
}

function rotate(value: number, bits: number): number {
  return (value << bits) | (value >>> (32 - bits));
}

/** One ChaCha20 block (RFC 8439 §2.3) for a 96-bit nonce given as three words; writes 16 words. */
export function computeChachaBlock(
  key: Uint32Array,
  counter: number,
  nonce: readonly number[],
  out: Uint32Array,
): void {
  const s0 = 0x61707865,
    s1 = 0x3320646e,
    s2 = 0x79622d32,
    s3 = 0x6b206574;
  const s4 = key[0]! | 0,
    s5 = key[1]! | 0,
    s6 = key[2]! | 0,
    s7 = key[3]! | 0;
  const s8 = key[4]! | 0,
    s9 = key[5]! | 0,
    s10 = key[6]! | 0,
    s11 = key[7]! | 0;
  const s12 = counter | 0,
    s13 = (nonce[0] ?? 0) | 0,
    s14 = (nonce[1] ?? 0) | 0,
    s15 = (nonce[2] ?? 0) | 0;
  let x0 = s0,
    x1 = s1,
    x2 = s2,
    x3 = s3,
    x4 = s4,
    x5 = s5,
    x6 = s6,
    x7 = s7;
  let x8 = s8,
    x9 = s9,
    x10 = s10,
    x11 = s11,
    x12 = s12,
    x13 = s13,
    x14 = s14,
    x15 = s15;
  for (let round = 0; round < 20; round += 2) {
    x0 = (x0 + x4) | 0;
    x12 = rotate(x12 ^ x0, 16);
    x8 = (x8 + x12) | 0;
    x4 = rotate(x4 ^ x8, 12);
    x0 = (x0 + x4) | 0;
    x12 = rotate(x12 ^ x0, 8);
    x8 = (x8 + x12) | 0;
    x4 = rotate(x4 ^ x8, 7);
    x1 = (x1 + x5) | 0;
    x13 = rotate(x13 ^ x1, 16);
    x9 = (x9 + x13) | 0;
    x5 = rotate(x5 ^ x9, 12);
    x1 = (x1 + x5) | 0;
    x13 = rotate(x13 ^ x1, 8);
    x9 = (x9 + x13) | 0;
    x5 = rotate(x5 ^ x9, 7);
    x2 = (x2 + x6) | 0;
    x14 = rotate(x14 ^ x2, 16);
    x10 = (x10 + x14) | 0;
    x6 = rotate(x6 ^ x10, 12);
    x2 = (x2 + x6) | 0;
    x14 = rotate(x14 ^ x2, 8);
    x10 = (x10 + x14) | 0;
    x6 = rotate(x6 ^ x10, 7);
    x3 = (x3 + x7) | 0;
    x15 = rotate(x15 ^ x3, 16);
    x11 = (x11 + x15) | 0;
    x7 = rotate(x7 ^ x11, 12);
    x3 = (x3 + x7) | 0;
    x15 = rotate(x15 ^ x3, 8);
    x11 = (x11 + x15) | 0;
    x7 = rotate(x7 ^ x11, 7);
    x0 = (x0 + x5) | 0;
    x15 = rotate(x15 ^ x0, 16);
    x10 = (x10 + x15) | 0;
    x5 = rotate(x5 ^ x10, 12);
    x0 = (x0 + x5) | 0;
    x15 = rotate(x15 ^ x0, 8);
    x10 = (x10 + x15) | 0;
    x5 = rotate(x5 ^ x10, 7);
    x1 = (x1 + x6) | 0;
    x12 = rotate(x12 ^ x1, 16);
    x11 = (x11 + x12) | 0;
    x6 = rotate(x6 ^ x11, 12);
    x1 = (x1 + x6) | 0;
    x12 = rotate(x12 ^ x1, 8);
    x11 = (x11 + x12) | 0;
    x6 = rotate(x6 ^ x11, 7);
    x2 = (x2 + x7) | 0;
    x13 = rotate(x13 ^ x2, 16);
    x8 = (x8 + x13) | 0;
    x7 = rotate(x7 ^ x8, 12);
    x2 = (x2 + x7) | 0;
    x13 = rotate(x13 ^ x2, 8);
    x8 = (x8 + x13) | 0;
    x7 = rotate(x7 ^ x8, 7);
    x3 = (x3 + x4) | 0;
    x14 = rotate(x14 ^ x3, 16);
    x9 = (x9 + x14) | 0;
    x4 = rotate(x4 ^ x9, 12);
    x3 = (x3 + x4) | 0;
    x14 = rotate(x14 ^ x3, 8);
    x9 = (x9 + x14) | 0;
    x4 = rotate(x4 ^ x9, 7);
  }
  out[0] = x0 + s0;
  out[1] = x1 + s1;
  out[2] = x2 + s2;
  out[3] = x3 + s3;
  out[4] = x4 + s4;
  out[5] = x5 + s5;
  out[6] = x6 + s6;
  out[7] = x7 + s7;
  out[8] = x8 + s8;
  out[9] = x9 + s9;
  out[10] = x10 + s10;
  out[11] = x11 + s11;
  out[12] = x12 + s12;
  out[13] = x13 + s13;
  out[14] = x14 + s14;
  out[15] = x15 + s15;
}

/** Byte `index` of the keystream of `key` under `nonce` (one block computed). */
export function readKeystreamByte(key: Uint32Array, nonce: number, index: number): number {
  const block = new Uint32Array(16);
  computeChachaBlock(key, Math.floor(index / 64), [nonce, 0, 0], block);
  const within = index % 64;
  return (block[within >>> 2]! >>> ((within & 3) * 8)) & 0xff;
}

/** Calls `visit(index, byte)` for keystream bytes `first`..`last` inclusive, in order. */
export function visitKeystream(
  key: Uint32Array,
  nonce: number,
  first: number,
  last: number,
  visit: (index: number, byte: number) => void,
): void {
  const block = new Uint32Array(16);
  const nonceWords = [nonce, 0, 0];
  for (let counter = Math.floor(first / 64); counter * 64 <= last; counter++) {
    computeChachaBlock(key, counter, nonceWords, block);
    const base = counter * 64;
    const from = Math.max(first - base, 0);
    const to = Math.min(last - base, 63);
    for (let i = from; i <= to; i++) visit(base + i, (block[i >>> 2]! >>> ((i & 3) * 8)) & 0xff);
  }
}
