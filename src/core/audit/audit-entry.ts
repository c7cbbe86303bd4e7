/**
 * Audit entries and their hash chain. Each party's record is one chain: entry n carries the hash of
 * entry n-1, and its own hash covers every field, so that altering, removing, inserting or reordering
 * an entry breaks the chain from that point. Checkpoints sign a chain's head with the party's key.
 *
 * The hash is SHA-256 over a canonical text: the entry's fields as JSON with keys sorted at every
 * level, without the hash itself. The same function hashes on write and on verification.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** A JSON value (use whole numbers: they survive the store's round trip exactly). */
export type AuditValue =
  string | number | boolean | null | readonly AuditValue[] | { readonly [key: string]: AuditValue };

export type AuditDecision = 'granted' | 'denied' | 'done' | 'refused';

export interface AuditActor {
  readonly id: string;
  readonly username: string;
  readonly party: string;
}

export interface AuditTarget {
  readonly kind: string;
  readonly id: string;
}

/** What a use case records; the chain fills in the rest. */
export interface AuditEvent {
  readonly actor: AuditActor | null;
  /** e.g. document.read, document.issue, person.revoke, session.login */
  readonly action: string;
  readonly target: AuditTarget | null;
  readonly decision: AuditDecision;
  /** Which rule decided (policy rule, or the reason a request was refused), where one did. */
  readonly rule: string | null;
  /** Where the request came from (address), where known. */
  readonly address: string | null;
  readonly details: { readonly [key: string]: AuditValue };
}

export interface AuditEntry extends AuditEvent {
  readonly chain: string;
  readonly seq: number;
  /** ISO 8601, UTC, milliseconds. */
  readonly at: string;
  readonly prev: string;
  readonly hash: string;
}

/** The hash that precedes a chain's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The chain of the node itself, for events no party can own (a login with an unknown username). */
export const NODE_CHAIN = 'NODE';

export function canonicalJson(value: AuditValue | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${(value as readonly AuditValue[]).map(canonicalJson).join(',')}]`;
  const object = value as { readonly [key: string]: AuditValue };
  return `{${Object.keys(object)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`)
    .join(',')}}`;
}

export function hashEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const { chain, seq, at, actor, action, target, decision, rule, address, details, prev } = entry;
  const canonical = canonicalJson({
    chain,
    seq,
    at,
    actor: actor && { id: actor.id, username: actor.username, party: actor.party },
    action,
    target: target && { kind: target.kind, id: target.id },
    decision,
    rule,
    address,
    details,
    prev,
  });
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}

/** Appends an event to a chain whose head is `head` (or to a new chain). */
export function chainEntry(
  event: AuditEvent,
  chain: string,
  head: { readonly seq: number; readonly hash: string } | undefined,
  at: Date,
): AuditEntry {
  const unhashed = {
    ...event,
    chain,
    seq: (head?.seq ?? 0) + 1,
    at: at.toISOString(),
    prev: head?.hash ?? GENESIS_HASH,
  };
  return { ...unhashed, hash: hashEntry(unhashed) };
}

export interface Checkpoint {
  readonly chain: string;
  readonly seq: number;
  readonly hash: string;
  readonly at: string;
  /** The last checkpoint of an export: nothing of this chain may follow it there. */
  readonly final: boolean;
  readonly keyId: string;
  /** Ed25519 signature of `checkpointMessage`, base64. */
  readonly signature: string;
}

/** The bytes a checkpoint's signature covers. */
export function checkpointMessage(checkpoint: Omit<Checkpoint, 'signature' | 'keyId'>): Uint8Array {
  return utf8ToBytes(
    canonicalJson({
      type: 'liaison-audit-checkpoint/1',
      chain: checkpoint.chain,
      seq: checkpoint.seq,
      hash: checkpoint.hash,
      at: checkpoint.at,
      final: checkpoint.final,
    }),
  );
}
