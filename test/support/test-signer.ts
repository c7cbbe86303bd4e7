/** The audit signing keys of the test databases: one folder of keys for the whole run (see global setup). */
import { inject } from 'vitest';
import { createFileAuditSigner, type AuditSigner } from '../../src/app/audit/audit-signer.js';

export function testKeysDir(): string {
  return inject('auditKeysDir');
}

export function testSigner(): AuditSigner {
  return createFileAuditSigner(testKeysDir());
}
