import { describe, expect, it } from 'vitest';
import {
  computeChachaBlock,
  derivePositionKey,
  readKeystreamByte,
  visitKeystream,
} from './code.keystream.js';

function toHex(words: Uint32Array): string {
  return [...new Uint8Array(words.buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('computeChachaBlock', () => {
  it('matches the RFC 8439 §2.3.2 test vector', () => {
    const key = new Uint32Array(new Uint8Array(32).map((_, i) => i).buffer);
    const out = new Uint32Array(16);
    computeChachaBlock(key, 1, [0x09000000, 0x4a000000, 0], out);
    expect(toHex(out)).toBe(
      '10f1e7e4d13b5915500fdd1fa32071c4c7d1f4c733c068030422aa9ac3d46c4e' +
        'd2826446079faa0914c2d705d98b02a2b5129cd1de164eb9cbd083e8a2503c4e',
    );
  });
});

describe('the keystream of a code position', () => {
  const documentKey = new Uint8Array(32).fill(5);

  it('derives a different key for every code position and every document key, the same each time', () => {
    const a = derivePositionKey(documentKey, 'synonym:10');
    expect(derivePositionKey(documentKey, 'synonym:10')).toEqual(a);
    expect(derivePositionKey(documentKey, 'synonym:11')).not.toEqual(a);
    expect(derivePositionKey(new Uint8Array(32).fill(6), 'synonym:10')).not.toEqual(a);
  });

  it('reads the same bytes one at a time as in a run', () => {
    const key = derivePositionKey(documentKey, 'x');
    const run: number[] = [];
    visitKeystream(key, 0, 60, 200, (_index, byte) => run.push(byte));
    expect(run).toEqual(Array.from({ length: 141 }, (_, i) => readKeystreamByte(key, 0, 60 + i)));
  });

  it('gives other bytes under another nonce', () => {
    const key = derivePositionKey(documentKey, 'x');
    const bytes = (nonce: number) => Array.from({ length: 32 }, (_, i) => readKeystreamByte(key, nonce, i));
    expect(bytes(0)).not.toEqual(bytes(1));
  });
});
