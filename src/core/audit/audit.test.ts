import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chainEntry,
  checkpointMessage,
  type AuditEntry,
  type AuditEvent,
  type Checkpoint,
} from './audit-entry.js';
import { AUDIT_FORMAT, verifyAuditLog } from './audit-log.verify.js';

// A stand-in signature for the chain logic (the real Ed25519 is exercised end to end elsewhere).
const sign = (key: string, message: Uint8Array) => bytesToHex(sha256(concatBytes(utf8ToBytes(key), message)));
const verify = (key: string, message: Uint8Array, signature: string) => sign(key, message) === signature;

const event = (n: number): AuditEvent => ({
  actor: { id: `id-${n % 3}`, username: ['deane', 'burrows', 'stalin'][n % 3] ?? 'x', party: 'USA' },
  action: n % 2 ? 'document.read' : 'document.search',
  target: n % 2 ? { kind: 'document', id: `doc-${n}` } : null,
  decision: n % 5 === 0 ? 'denied' : 'granted',
  rule: n % 5 === 0 ? 'compartments' : 'party',
  address: '127.0.0.1',
  details: { q: `words ${n}`, returned: [n, n + 1], nested: { ok: true } },
});

function exportLog(chains: Record<string, number>, checkpointEvery = 4): string[] {
  const lines = [
    JSON.stringify({
      type: 'header',
      format: AUDIT_FORMAT,
      chains: Object.keys(chains),
      keys: Object.keys(chains).map((chain) => ({ chain, keyId: `k-${chain}`, publicKey: `key-${chain}` })),
    }),
  ];
  for (const [chain, count] of Object.entries(chains)) {
    let head: AuditEntry | undefined;
    const checkpoint = (final: boolean) => {
      if (!head) return;
      const unsigned = { chain, seq: head.seq, hash: head.hash, at: head.at, final };
      const signed: Checkpoint = {
        ...unsigned,
        keyId: `k-${chain}`,
        signature: sign(`key-${chain}`, checkpointMessage(unsigned)),
      };
      lines.push(JSON.stringify({ type: 'checkpoint', ...signed }));
    };
    for (let n = 1; n <= count; n++) {
      head = chainEntry(event(n), chain, head, new Date(Date.UTC(1944, 9, 1, 0, n)));
      lines.push(JSON.stringify({ type: 'entry', ...head }));
      if (n % checkpointEvery === 0 && n !== count) checkpoint(false);
    }
    checkpoint(true);
  }
  return lines;
}

const text = (lines: readonly string[]) => `${lines.join('\n')}\n`;

describe('verifyAuditLog', () => {
  it('accepts an intact log of several chains and summarises them', () => {
    const result = verifyAuditLog(text(exportLog({ USA: 9, SUN: 3 })), verify);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.value.chains.map((c) => [c.chain, c.entries, c.lastSeq, c.checkpoints])).toEqual([
        ['USA', 9, 9, 3],
        ['SUN', 3, 3, 1],
      ]);
  });

  const lines = exportLog({ USA: 9, SUN: 3 });
  const entryLine = (n: number) =>
    lines.findIndex(
      (line) =>
        line.includes(`"seq":${n}`) && line.includes('"type":"entry"') && line.includes('"chain":"USA"'),
    );

  it.each([
    [
      'an altered field',
      () =>
        lines.map((line, i) =>
          i === entryLine(5) ? line.replace('"document.read"', '"document.issue"') : line,
        ),
      entryLine(5) + 1,
      /was altered/,
    ],
    [
      'a removed entry',
      () => lines.filter((_line, i) => i !== entryLine(3)),
      entryLine(3) + 1,
      /missing, inserted or out of order/,
    ],
    [
      'an inserted entry',
      () => [...lines.slice(0, entryLine(3)), lines[entryLine(2)] as string, ...lines.slice(entryLine(3))],
      entryLine(3) + 1,
      /out of order/,
    ],
    [
      'two entries swapped',
      () => {
        const copy = [...lines];
        [copy[entryLine(6)], copy[entryLine(7)]] = [
          copy[entryLine(7)] as string,
          copy[entryLine(6)] as string,
        ];
        return copy;
      },
      entryLine(6) + 1,
      /out of order/,
    ],
    [
      'the tail cut off',
      () => lines.slice(0, entryLine(9)),
      entryLine(9),
      /does not end with its final checkpoint/,
    ],
    [
      'a forged signature',
      () =>
        lines.map((line) =>
          line.includes('"final":true') && line.includes('"USA"')
            ? line.replace(/"signature":"\w+"/, `"signature":"${'0'.repeat(64)}"`)
            : line,
        ),
      lines.findIndex((line) => line.includes('"final":true')) + 1,
      /signature does not verify/,
    ],
    [
      'a line that is not JSON',
      () => lines.map((line, i) => (i === 2 ? `${line}}` : line)),
      3,
      /not a JSON object/,
    ],
  ])('names the first bad line after %s', (_what, tamper, line, why) => {
    const result = verifyAuditLog(text(tamper()), verify);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.at).toBe(line);
      expect(result.message).toMatch(new RegExp(`^line ${line}: `));
      expect(result.message).toMatch(why);
    }
  });

  it('refuses a header key other than the trusted one', () => {
    const result = verifyAuditLog(text(lines), verify, { trustedKeys: new Map([['USA', 'someone else']]) });
    expect(result).toMatchObject({ ok: false, at: 1 });
  });

  it('detects any change to any single line, and never throws', () => {
    fc.assert(
      fc.property(
        fc.nat(lines.length - 1),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 3 }),
        (index, position, insert) => {
          const line = lines[index] as string;
          const at = position % (line.length + 1);
          const changed = line.slice(0, at) + insert + line.slice(at);
          fc.pre(changed !== line);
          const tampered = lines.map((l, i) => (i === index ? changed : l));
          const result = verifyAuditLog(text(tampered), verify);
          // A change inside a JSON string that JSON.parse reads back identically (an escape) is not a change.
          const sameMeaning = (() => {
            try {
              return JSON.stringify(JSON.parse(changed)) === JSON.stringify(JSON.parse(line));
            } catch {
              return false;
            }
          })();
          if (!sameMeaning) expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
