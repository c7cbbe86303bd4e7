/**
 * Verifies an exported audit log (JSON lines): a header with the parties' public keys, then each
 * chain's entries and checkpoints. It is intact when every chain is unbroken from its first entry,
 * every checkpoint's signature verifies and matches the entry it covers, and every chain ends with a
 * final checkpoint covering its last entry. Otherwise the answer names the first bad line and why.
 */
import { fail, succeed, type Result } from '../result.js';
import {
  GENESIS_HASH,
  checkpointMessage,
  hashEntry,
  type AuditEntry,
  type AuditValue,
  type Checkpoint,
} from './audit-entry.js';

export const AUDIT_FORMAT = 'liaison-audit/1';

export interface AuditKey {
  readonly chain: string;
  readonly keyId: string;
  /** Raw Ed25519 public key, base64. */
  readonly publicKey: string;
}

/** Every field of the header is checked by what follows it: the chains must all close, the keys must verify. */
export interface AuditHeader {
  readonly type: 'header';
  readonly format: typeof AUDIT_FORMAT;
  readonly chains: readonly string[];
  readonly keys: readonly AuditKey[];
}

export type VerifySignature = (publicKey: string, message: Uint8Array, signature: string) => boolean;

export interface ChainSummary {
  readonly chain: string;
  readonly entries: number;
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly lastHash: string;
  readonly checkpoints: number;
}

export type AuditVerifyErrorCode = 'AUDIT_LOG_BROKEN';

export interface VerifyOptions {
  /** Keys to trust, by chain: a chain in the log signed with any other key is a failure. */
  readonly trustedKeys?: ReadonlyMap<string, string>;
  /** Whether the export must start each chain at its first entry (a whole log) — default true. */
  readonly fromGenesis?: boolean;
}

export function verifyAuditLog(
  text: string,
  verifySignature: VerifySignature,
  options: VerifyOptions = {},
): Result<{ header: AuditHeader; chains: ChainSummary[] }, AuditVerifyErrorCode> {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const bad = (line: number, why: string) => fail('AUDIT_LOG_BROKEN', `line ${line}: ${why}`, { at: line });
  if (lines.length === 0) return bad(1, 'the file is empty');

  const header = parseLine(lines[0] ?? '');
  if (!isHeader(header)) return bad(1, `not a ${AUDIT_FORMAT} header`);
  const keys = new Map(header.keys.map((key) => [key.chain, key]));
  // A trusted key binds its chain wherever the chain appears (an export may hold only some chains).
  for (const chain of header.chains) {
    const trusted = options.trustedKeys?.get(chain);
    if (trusted !== undefined && keys.get(chain)?.publicKey !== trusted)
      return bad(1, `the public key of ${chain} is not the trusted one`);
  }

  interface ChainState {
    seq: number;
    hash: string;
    entries: number;
    firstSeq: number;
    checkpoints: number;
    closed: boolean;
  }
  const states = new Map<string, ChainState>();
  for (let index = 1; index < lines.length; index++) {
    const number = index + 1;
    const record = parseLine(lines[index] ?? '');
    if (record === undefined) return bad(number, 'not a JSON object');
    const chain = typeof record.chain === 'string' ? record.chain : undefined;
    if (!chain || !header.chains.includes(chain))
      return bad(number, `unknown chain ${JSON.stringify(record.chain)}`);
    const state = states.get(chain) ?? {
      seq: 0,
      hash: GENESIS_HASH,
      entries: 0,
      firstSeq: 0,
      checkpoints: 0,
      closed: false,
    };
    states.set(chain, state);
    if (state.closed) return bad(number, `${chain} continues after its final checkpoint`);

    if (record.type === 'entry') {
      const entry = toEntry(record);
      if (!entry) return bad(number, 'an entry with missing or malformed fields');
      const isFirst = state.entries === 0;
      if (isFirst && (options.fromGenesis ?? true) && (entry.seq !== 1 || entry.prev !== GENESIS_HASH))
        return bad(number, `${chain} does not start at its first entry (seq ${entry.seq})`);
      if (!isFirst && entry.seq !== state.seq + 1)
        return bad(
          number,
          `${chain} entry ${entry.seq} follows ${state.seq}: an entry is missing, inserted or out of order`,
        );
      if (!isFirst && entry.prev !== state.hash)
        return bad(number, `${chain} entry ${entry.seq} does not link to the entry before it`);
      if (hashEntry(entry) !== entry.hash)
        return bad(number, `${chain} entry ${entry.seq} was altered (its hash does not match)`);
      if (isFirst) state.firstSeq = entry.seq;
      state.seq = entry.seq;
      state.hash = entry.hash;
      state.entries++;
    } else if (record.type === 'checkpoint') {
      const checkpoint = toCheckpoint(record);
      if (!checkpoint) return bad(number, 'a checkpoint with missing or malformed fields');
      const key = keys.get(chain);
      if (!key || key.keyId !== checkpoint.keyId)
        return bad(number, `no public key ${checkpoint.keyId} for ${chain}`);
      if (!verifySignature(key.publicKey, checkpointMessage(checkpoint), checkpoint.signature))
        return bad(number, `${chain} checkpoint at ${checkpoint.seq}: the signature does not verify`);
      if (checkpoint.seq !== state.seq || checkpoint.hash !== state.hash)
        return bad(number, `${chain} checkpoint at ${checkpoint.seq} does not match the entries before it`);
      state.checkpoints++;
      if (checkpoint.final) state.closed = true;
    } else {
      return bad(number, `unknown record type ${JSON.stringify(record.type)}`);
    }
  }
  for (const chain of header.chains) {
    const state = states.get(chain);
    if (!state || !state.closed)
      return bad(
        lines.length,
        `${chain} does not end with its final checkpoint: entries were removed from the end`,
      );
  }
  return succeed({
    header,
    chains: header.chains.map((chain) => {
      const state = states.get(chain) as ChainState;
      return {
        chain,
        entries: state.entries,
        firstSeq: state.firstSeq,
        lastSeq: state.seq,
        lastHash: state.hash,
        checkpoints: state.checkpoints,
      };
    }),
  });
}

type Json = { [key: string]: unknown };

/** Deeper than any entry Liaison writes; a deeper line is refused before it is hashed (recursively). */
const MAX_NESTING = 64;

function nestsDeeperThan(value: unknown, limit: number): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > limit) return true;
    level = level.flatMap((item): unknown[] => (typeof item === 'object' && item !== null ? Object.values(item) : []));
  }
  return false;
}

function parseLine(line: string): Json | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (nestsDeeperThan(value, MAX_NESTING)) return undefined;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

/** Records carry exactly their fields: an added field is a change like any other. */
function hasExactly(value: object, fields: readonly string[]): boolean {
  const keys = Object.keys(value);
  return keys.length === fields.length && fields.every((field) => keys.includes(field));
}

function isHeader(value: Json | undefined): value is AuditHeader & Json {
  return (
    value !== undefined &&
    hasExactly(value, ['type', 'format', 'chains', 'keys']) &&
    value.type === 'header' &&
    value.format === AUDIT_FORMAT &&
    Array.isArray(value.chains) &&
    value.chains.every((chain) => typeof chain === 'string') &&
    Array.isArray(value.keys) &&
    value.keys.every(
      (key: unknown) =>
        typeof key === 'object' &&
        key !== null &&
        hasExactly(key, ['chain', 'keyId', 'publicKey']) &&
        typeof (key as Json).chain === 'string' &&
        typeof (key as Json).keyId === 'string' &&
        typeof (key as Json).publicKey === 'string',
    )
  );
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStringOrNull = (value: unknown): value is string | null =>
  value === null || typeof value === 'string';

const ENTRY_FIELDS = [
  'type',
  'chain',
  'seq',
  'at',
  'actor',
  'action',
  'target',
  'decision',
  'rule',
  'address',
  'details',
  'prev',
  'hash',
];
const CHECKPOINT_FIELDS = ['type', 'chain', 'seq', 'hash', 'at', 'final', 'keyId', 'signature'];

function toEntry(record: Json): AuditEntry | undefined {
  if (!hasExactly(record, ENTRY_FIELDS)) return undefined;
  const { chain, seq, at, actor, action, target, decision, rule, address, details, prev, hash } = record;
  if (
    !isString(chain) ||
    !Number.isSafeInteger(seq) ||
    !isString(at) ||
    !isString(action) ||
    !isString(prev) ||
    !isString(hash)
  )
    return undefined;
  if (!['granted', 'denied', 'done', 'refused'].includes(decision as string)) return undefined;
  if (!isStringOrNull(rule) || !isStringOrNull(address)) return undefined;
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return undefined;
  const validActor =
    actor === null ||
    (typeof actor === 'object' &&
      hasExactly(actor, ['id', 'username', 'party']) &&
      isString((actor as Json).id) &&
      isString((actor as Json).username) &&
      isString((actor as Json).party));
  const validTarget =
    target === null ||
    (typeof target === 'object' &&
      hasExactly(target, ['kind', 'id']) &&
      isString((target as Json).kind) &&
      isString((target as Json).id));
  if (!validActor || !validTarget) return undefined;
  return {
    chain,
    seq: seq as number,
    at,
    actor: actor as AuditEntry['actor'],
    action,
    target: target as AuditEntry['target'],
    decision: decision as AuditEntry['decision'],
    rule,
    address,
    details: details as { [key: string]: AuditValue },
    prev,
    hash,
  };
}

function toCheckpoint(record: Json): Checkpoint | undefined {
  if (!hasExactly(record, CHECKPOINT_FIELDS)) return undefined;
  const { chain, seq, hash, at, final, keyId, signature } = record;
  if (
    !isString(chain) ||
    !Number.isSafeInteger(seq) ||
    !isString(hash) ||
    !isString(at) ||
    typeof final !== 'boolean'
  )
    return undefined;
  if (!isString(keyId) || !isString(signature)) return undefined;
  return { chain, seq: seq as number, hash, at, final, keyId, signature };
}
