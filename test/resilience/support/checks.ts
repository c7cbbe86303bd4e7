/**
 * The properties that must hold after any number of kills, at any moment: each check returns the
 * violations it found (empty when the property holds), in words that name the document and the write.
 */
import type { StoreSnapshot, StoredAuditEntry, StoredDissemination } from './store-snapshot.js';
import {
  applyPending,
  request,
  type Answer,
  type ApiDocument,
  type DocState,
  type Endpoint,
  type Ledger,
} from './workload.js';

// ---------------------------------------------------------------------------------------------------
// Through the API, after the last restart

export interface RecipientRead {
  readonly documentId: string;
  readonly person: string;
  readonly answer: Answer;
}

export interface ApiObservations {
  /** Every document the ledger knows, read by its drafter. */
  readonly byDrafter: Map<string, Answer>;
  /** Every issued document, read by each person on its distribution. */
  readonly byRecipient: RecipientRead[];
}

async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/** Reads every known document as its drafter, then each issued one as each of its recipients. */
export async function observeThroughApi(
  endpoint: Endpoint,
  ledger: Ledger,
  cookies: ReadonlyMap<string, string>,
): Promise<ApiObservations> {
  const byDrafter = new Map<string, Answer>();
  await inParallel([...ledger.docs.values()], 12, async (doc) => {
    byDrafter.set(
      doc.id,
      await request(endpoint, 'GET', `/api/documents/${doc.id}`, cookies.get(doc.drafter)),
    );
  });
  const reads: { documentId: string; person: string }[] = [];
  for (const [documentId, answer] of byDrafter) {
    if (answer.kind !== 'answer' || answer.status !== 200) continue;
    const document = answer.body as ApiDocument;
    if (document.state !== 'issued') continue;
    for (const entry of document.distribution)
      if (entry.kind === 'person') reads.push({ documentId, person: entry.id });
  }
  const byRecipient: RecipientRead[] = [];
  await inParallel(reads, 12, async (read) => {
    const answer = await request(
      endpoint,
      'GET',
      `/api/documents/${read.documentId}`,
      cookies.get(read.person),
    );
    byRecipient.push({ ...read, answer });
  });
  return { byDrafter, byRecipient };
}

const describeState = (state: DocState) =>
  `v${state.version} ${state.state}${state.registryNumber ? ` ${state.registryNumber}` : ''} "${state.title}" to [${[
    ...state.recipients,
    ...state.batches.flat(),
  ].join(', ')}]`;
const describeDocument = (document: ApiDocument) =>
  `v${document.version} ${document.state}${document.registryNumber ? ` ${document.registryNumber}` : ''} "${document.title}" to [${document.distribution
    .map((entry) => entry.id)
    .join(', ')}]`;

function sameAs(expected: DocState, got: ApiDocument): boolean {
  const recipients = [...expected.recipients, ...expected.batches.flat()];
  const ids = got.distribution.map((entry) => entry.id);
  if (got.version !== expected.version || got.title !== expected.title || got.body !== expected.body)
    return false;
  if (got.state !== expected.state) return false;
  if (ids.length !== recipients.length || ids.some((id, index) => id !== recipients[index])) return false;
  if (got.distribution.some((entry) => entry.kind !== 'person' || entry.copies !== 1)) return false;
  if (expected.state === 'draft') return got.registryNumber === null && got.issuedAt === null;
  if (!got.registryNumber || !got.issuedAt) return false;
  return expected.registryNumber === null || got.registryNumber === expected.registryNumber;
}

export interface AcknowledgedStats {
  /** Documents with a write that got no answer, by what became of it. */
  pendingApplied: number;
  pendingNotApplied: number;
}

/** Every acknowledged write is there, exactly; a write in flight at a kill is there whole or not at all. */
export function checkAcknowledgedWrites(
  ledger: Ledger,
  observed: ApiObservations,
): { violations: string[]; stats: AcknowledgedStats } {
  const violations: string[] = [];
  const stats: AcknowledgedStats = { pendingApplied: 0, pendingNotApplied: 0 };
  for (const doc of ledger.docs.values()) {
    const answer = observed.byDrafter.get(doc.id);
    if (!answer || answer.kind !== 'answer' || answer.status !== 200) {
      violations.push(
        `${doc.id} (${doc.drafter}): acknowledged as ${describeState(doc.acked)}, but its drafter now gets ${
          answer?.kind === 'answer'
            ? `${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`
            : (answer?.error ?? 'nothing')
        }`,
      );
      continue;
    }
    const got = answer.body as ApiDocument;
    if (sameAs(doc.acked, got)) {
      if (doc.pending) stats.pendingNotApplied++;
      continue;
    }
    if (doc.pending && sameAs(applyPending(doc.acked, doc.pending), got)) {
      stats.pendingApplied++;
      continue;
    }
    violations.push(
      `${doc.id} (${doc.drafter}): acknowledged as ${describeState(doc.acked)}${
        doc.pending ? `, then ${doc.pending.kind} unanswered in round ${doc.pendingRound}` : ''
      }; now ${describeDocument(got)}`,
    );
  }
  return { violations, stats };
}

/** Each person on an issued document's distribution reads it, with its registry number. */
export function checkRecipientsRead(ledger: Ledger, observed: ApiObservations): string[] {
  const violations: string[] = [];
  const registryOf = new Map<string, string | null>();
  for (const [id, answer] of observed.byDrafter)
    if (answer.kind === 'answer' && answer.status === 200)
      registryOf.set(id, (answer.body as ApiDocument).registryNumber);
  for (const read of observed.byRecipient) {
    const { answer } = read;
    if (answer.kind !== 'answer' || answer.status !== 200) {
      violations.push(
        `${read.documentId} (${ledger.docs.get(read.documentId)?.drafter}): recipient ${read.person} gets ${
          answer.kind === 'answer' ? answer.status : answer.error
        }`,
      );
    } else if ((answer.body as ApiDocument).registryNumber !== registryOf.get(read.documentId)) {
      violations.push(`${read.documentId}: recipient ${read.person} sees another registry number`);
    }
  }
  // Every acknowledged issue and dissemination was read by its recipients above.
  for (const doc of ledger.docs.values()) {
    if (doc.acked.state !== 'issued') continue;
    for (const person of [...doc.acked.recipients, ...doc.acked.batches.flat()])
      if (!observed.byRecipient.some((read) => read.documentId === doc.id && read.person === person))
        violations.push(`${doc.id}: acknowledged recipient ${person} is not on its distribution any more`);
  }
  return violations;
}

// ---------------------------------------------------------------------------------------------------
// In the database, after the server stopped

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k) ?? [];
    group.push(item);
    groups.set(k, group);
  }
  return groups;
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/** The usernames a dissemination entry of the audit log names ('person:<uuid>' keys). */
function auditRecipients(entry: StoredAuditEntry, people: ReadonlyMap<string, string>): string[] {
  const keys = Array.isArray(entry.details.recipients) ? (entry.details.recipients as string[]) : [];
  return keys.map((key) => (key.startsWith('person:') ? (people.get(key.slice(7)) ?? key) : key));
}

export interface WholeWriteStats {
  documents: number;
  drafts: number;
  issued: number;
  disseminations: number;
  /** Drafts whose answer never came, found stored (whole). */
  unansweredDraftsStored: number;
}

/**
 * No half-written document: each stored document, its distribution and the audit log's entries for it
 * come from whole writes. The title names the content write the row came from (each write's title is
 * unique); that write's distribution must be stored exactly, followed by exactly the batches that the
 * audit log's dissemination entries name; the version counts the update entries; issued means one
 * issue entry with the same registry number. And no audit entry speaks of a document that is not there.
 */
export function checkWholeWrites(
  ledger: Ledger,
  snapshot: StoreSnapshot,
): { violations: string[]; stats: WholeWriteStats } {
  const violations: string[] = [];
  const stats: WholeWriteStats = {
    documents: snapshot.documents.length,
    drafts: 0,
    issued: 0,
    disseminations: snapshot.disseminations.length,
    unansweredDraftsStored: 0,
  };
  const rowsOf = groupBy(snapshot.disseminations, (row) => row.document_id);
  const entriesOf = groupBy(snapshot.documentWrites, (entry) => entry.target_id);
  const unanswered = new Set(ledger.unansweredDrafts.map((write) => write.title));

  for (const document of snapshot.documents) {
    const where = `${document.id} (${document.drafter}, v${document.version} ${document.state})`;
    if (document.state === 'issued') stats.issued++;
    else stats.drafts++;
    const write = ledger.writes.get(document.title);
    if (!write) {
      violations.push(`${where}: its title "${document.title}" is from no write that was sent`);
      continue;
    }
    if (write.drafter !== document.drafter)
      violations.push(`${where}: drafted by ${write.drafter}, stored as ${document.drafter}'s`);
    if (write.body !== document.body)
      violations.push(`${where}: its body is not the one sent with its title`);
    const known = ledger.docs.get(document.id);
    if (!known) {
      if (unanswered.has(document.title)) stats.unansweredDraftsStored++;
      else violations.push(`${where}: stored, but its draft was neither acknowledged nor left unanswered`);
    }

    const entries = (entriesOf.get(document.id) ?? []).sort((a, b) => a.seq - b.seq);
    const of = (action: string) => entries.filter((entry) => entry.action === `document.${action}`);
    const drafts = of('draft');
    const updates = of('update');
    const issues = of('issue');
    const disseminations = of('disseminate');
    if (drafts.length !== 1) violations.push(`${where}: ${drafts.length} audit entries for its draft`);
    const versions = updates.map((entry) => entry.details.version);
    const expectedVersions = Array.from({ length: document.version - 1 }, (_, index) => index + 2);
    if (!sameList(versions, expectedVersions))
      violations.push(
        `${where}: audit entries for versions [${versions.join(', ')}], expected [${expectedVersions.join(', ')}]`,
      );
    if (document.state === 'issued') {
      if (!document.registry_number || !document.issued_at)
        violations.push(`${where}: issued without a registry number or issue time`);
      if (issues.length !== 1) violations.push(`${where}: ${issues.length} audit entries for its issue`);
      else {
        if (issues[0]!.details.registryNumber !== document.registry_number)
          violations.push(
            `${where}: issued as ${document.registry_number}, audited as ${String(issues[0]!.details.registryNumber)}`,
          );
        if (issues[0]!.details.recipients !== write.recipients.length)
          violations.push(
            `${where}: issue audited with ${String(issues[0]!.details.recipients)} recipients, its draft had ${write.recipients.length}`,
          );
      }
    } else {
      if (document.registry_number !== null || document.issued_at !== null)
        violations.push(`${where}: a draft with registry number ${document.registry_number} / issue time`);
      if (issues.length > 0)
        violations.push(`${where}: a draft with ${issues.length} audit entries for an issue`);
      if (disseminations.length > 0) violations.push(`${where}: a draft with dissemination entries`);
    }

    const rows: StoredDissemination[] = rowsOf.get(document.id) ?? [];
    const stored = rows.map((row) => row.person ?? `office/party ${row.office_id ?? row.party}`);
    const batches = disseminations.map((entry) => auditRecipients(entry, snapshot.people));
    const expected = [...write.recipients, ...batches.flat()];
    if (!sameList(stored, expected))
      violations.push(
        `${where}: distribution [${stored.join(', ')}], but its write named [${write.recipients.join(', ')}] and the audit log adds [${batches
          .map((batch) => batch.join(' '))
          .join(' | ')}]`,
      );
    if (
      !sameList(
        rows.map((row) => row.position),
        rows.map((_, index) => index + 1),
      )
    )
      violations.push(`${where}: positions [${rows.map((row) => row.position).join(', ')}]`);
    // The write's own recipients were stored by the same transaction as its title: same clock reading.
    const own = rows.slice(0, write.recipients.length);
    if (new Set(own.map((row) => row.disseminated_at.getTime())).size > 1)
      violations.push(`${where}: the recipients of one write carry different times`);
    if (
      document.state === 'draft' &&
      own.some((row) => row.disseminated_at.getTime() !== document.updated_at.getTime())
    )
      violations.push(`${where}: its recipients are not from the write that saved it (times differ)`);
    if (known) {
      for (const batch of batches)
        if (!known.attemptedBatches.some((sent) => sameList(sent, batch)))
          violations.push(
            `${where}: the audit log names a dissemination [${batch.join(', ')}] that was never sent`,
          );
    }
  }

  for (const entry of snapshot.documentWrites) {
    if (entry.target_id === null || !snapshot.allDocumentIds.has(entry.target_id))
      violations.push(
        `audit ${entry.chain}/${entry.seq} ${entry.action} of ${entry.target_id}: no such document is stored`,
      );
  }
  return { violations, stats };
}

/** Every acknowledged write has its entry in the audit log. */
export function checkAuditCoversAcknowledged(ledger: Ledger, snapshot: StoreSnapshot): string[] {
  const violations: string[] = [];
  const entriesOf = groupBy(snapshot.documentWrites, (entry) => entry.target_id);
  for (const doc of ledger.docs.values()) {
    const entries = entriesOf.get(doc.id) ?? [];
    for (const write of doc.ackedWrites) {
      const found = entries.some((entry) => {
        switch (write.kind) {
          case 'draft':
            return (
              entry.action === 'document.draft' && entry.actor === doc.drafter && entry.chain === doc.party
            );
          case 'update':
            return entry.action === 'document.update' && entry.details.version === write.version;
          case 'issue':
            return entry.action === 'document.issue' && entry.details.registryNumber === write.registryNumber;
          case 'disseminate':
            return (
              entry.action === 'document.disseminate' &&
              sameList(auditRecipients(entry, snapshot.people), write.recipients)
            );
        }
      });
      if (!found)
        violations.push(
          `${doc.id} (${doc.drafter}): acknowledged ${JSON.stringify(write)} has no audit entry`,
        );
    }
  }
  return violations;
}

export interface RegistryReport {
  violations: string[];
  /** Numbers never given to a document, per party-year (gapless is expected: see the test). */
  gaps: string[];
}

/** Registry numbers: unique, each issued document has one and an issue time, and per party-year 1..last. */
export function checkRegistry(snapshot: StoreSnapshot): RegistryReport {
  const violations: string[] = [];
  const gaps: string[] = [];
  const seen = new Map<string, string>();
  for (const row of snapshot.registry) {
    if (row.state !== 'issued' || row.registry_number === null || row.issued_at === null)
      violations.push(
        `${row.id}: ${row.state} with registry number ${row.registry_number} and issue time ${String(row.issued_at)}`,
      );
    if (row.registry_number === null) continue;
    const other = seen.get(row.registry_number);
    if (other) violations.push(`${row.registry_number} given to both ${other} and ${row.id}`);
    seen.set(row.registry_number, row.id);
  }
  for (const counter of snapshot.counters) {
    const prefix = `${counter.party}-${counter.year}-`;
    const numbers = new Set(
      [...seen.keys()]
        .filter((number) => number.startsWith(prefix))
        .map((number) => Number(number.slice(prefix.length))),
    );
    for (const number of numbers)
      if (!(number >= 1 && number <= counter.last))
        violations.push(`${prefix}${number} is beyond the counter (${counter.last})`);
    for (let number = 1; number <= counter.last; number++)
      if (!numbers.has(number)) gaps.push(`${prefix}${String(number).padStart(4, '0')}`);
  }
  for (const number of seen.keys())
    if (!snapshot.counters.some((counter) => number.startsWith(`${counter.party}-${counter.year}-`)))
      violations.push(`${number}: no registry counter for its party and year`);
  return { violations, gaps };
}

/** Each audit chain's head is its last entry, and its entries are 1..head. */
export function checkAuditHeads(snapshot: StoreSnapshot): string[] {
  return snapshot.heads
    .filter((head) => head.entries !== head.seq || (head.max_seq ?? 0) !== head.seq)
    .map(
      (head) =>
        `audit chain ${head.chain}: head at ${head.seq}, ${head.entries} entries, last ${head.max_seq}`,
    );
}
