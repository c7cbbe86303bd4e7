/** The audit signing keys of the test databases: derived from a fixed seed, the same in every file. */
import { createSeededAuditSigner, type AuditSigner } from '../../src/app/audit/audit-signer.js';

export function testSigner(): AuditSigner {
  return createSeededAuditSigner('liaison-test-suite');
}
