/**
 * Each chain's Ed25519 signing key. On a node the private keys live in a folder of PEM files (mode
 * 0600), one per chain, created on first use; the database records the public keys, so that a key
 * swapped behind the log's back is noticed at start. Tests use keys derived from a fixed seed.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ChainKey {
  readonly chain: string;
  readonly keyId: string;
  /** Raw 32-byte public key, base64. */
  readonly publicKey: string;
}

export interface AuditSigner {
  keyOf(chain: string): ChainKey;
  sign(chain: string, message: Uint8Array): { keyId: string; signature: string };
}

const CHAIN = /^[A-Z]{3,4}$/;

function publicKeyOf(privateKey: KeyObject): string {
  const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  return spki.subarray(spki.length - 32).toString('base64');
}

export function keyIdOf(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 16);
}

function signerFrom(loadKey: (chain: string) => KeyObject): AuditSigner {
  const keys = new Map<string, { key: KeyObject; info: ChainKey }>();
  const get = (chain: string) => {
    if (!CHAIN.test(chain)) throw new Error(`not a chain name: ${chain}`);
    let entry = keys.get(chain);
    if (!entry) {
      const key = loadKey(chain);
      const publicKey = publicKeyOf(key);
      entry = { key, info: { chain, keyId: keyIdOf(publicKey), publicKey } };
      keys.set(chain, entry);
    }
    return entry;
  };
  return {
    keyOf: (chain) => get(chain).info,
    sign(chain, message) {
      const entry = get(chain);
      return { keyId: entry.info.keyId, signature: sign(null, message, entry.key).toString('base64') };
    },
  };
}

/** Keys kept in a folder, one PEM file per chain, created when first needed. */
export function createFileAuditSigner(dir: string): AuditSigner {
  return signerFrom((chain) => {
    const path = join(dir, `audit-${chain}.pem`);
    if (existsSync(path)) return createPrivateKey(readFileSync(path, 'utf8'));
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    return privateKey;
  });
}

/** Deterministic keys from a seed (tests and benchmarks only). */
export function createSeededAuditSigner(seed: string): AuditSigner {
  // PKCS#8 wrapping of a raw Ed25519 private key (RFC 8410).
  const prefix = Buffer.from('302e020100300506032b657004220420', 'hex');
  return signerFrom((chain) =>
    createPrivateKey({
      key: Buffer.concat([prefix, createHash('sha256').update(`${seed}:${chain}`).digest()]),
      format: 'der',
      type: 'pkcs8',
    }),
  );
}

/** Checks an Ed25519 signature against a raw public key (base64). */
export function verifyEd25519(publicKey: string, message: Uint8Array, signature: string): boolean {
  try {
    const raw = Buffer.from(publicKey, 'base64');
    if (raw.length !== 32) return false;
    const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]);
    return verify(
      null,
      message,
      createPublicKey({ key: spki, format: 'der', type: 'spki' }),
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}
