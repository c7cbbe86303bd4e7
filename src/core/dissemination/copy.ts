/**
 * Numbered copies: every recipient slot of a distribution is one copy ("copy 2 of 4"), held by a
 * person, an office (which may hold several), or a party's registry. A member of an office or party
 * reading one of its copies takes a copy of their own where one is free, so that every reader is
 * accountable for a copy. The originator's drafter, registry and security officers answer for all of a
 * document's copies: they list them, see receipts, and may trace a leak to them.
 */
import type { DistributionTarget } from '../document/document.js';
import type { PartyCode } from '../marking/scheme.js';
import type { PersonId } from '../policy/policy.js';

export interface DocumentCopy {
  readonly id: string;
  readonly documentId: string;
  readonly number: number;
  readonly holder: DistributionTarget;
  /** The member of an office or party who took this copy, once taken. */
  readonly assignedTo: PersonId | null;
  readonly receivedAt: Date | null;
  readonly receivedBy: PersonId | null;
  readonly destroyedAt: Date | null;
  readonly destroyedBy: PersonId | null;
  readonly destructionNote: string | null;
}

export interface CopyHolderFacts {
  readonly id: PersonId;
  readonly party: PartyCode;
  readonly offices: ReadonlySet<string>;
}

/** One copy per slot of each entry of a distribution, in its order (the database numbers them). */
export function expandCopies<T extends { readonly copies: number }>(entries: readonly T[]): T[] {
  return entries.flatMap((entry) => Array.from({ length: entry.copies }, () => entry));
}

export type CopyChoice =
  | { readonly kind: 'copy'; readonly copy: DocumentCopy; readonly take: boolean }
  /** The reader's copies were all destroyed. */
  | { readonly kind: 'destroyed'; readonly copy: DocumentCopy }
  /** The reader holds no copy (the originator reads the original). */
  | { readonly kind: 'none' };

/**
 * The copy a reader reads: their own; else one their office or party took for them; else a free one of
 * their office's, then of their party's (taken now); else, if all of an office's copies are taken, its
 * first. Destroyed copies are not read.
 */
export function chooseCopy(reader: CopyHolderFacts, copies: readonly DocumentCopy[]): CopyChoice {
  const sorted = [...copies].sort((a, b) => a.number - b.number);
  const live = sorted.filter((copy) => copy.destroyedAt === null);
  const own =
    live.find((copy) => copy.holder.kind === 'person' && copy.holder.personId === reader.id) ??
    live.find((copy) => copy.assignedTo === reader.id);
  if (own) return { kind: 'copy', copy: own, take: false };
  const officeCopies = live.filter((copy) => copy.holder.kind === 'office' && reader.offices.has(copy.holder.officeId));
  const partyCopies = live.filter((copy) => copy.holder.kind === 'party' && copy.holder.party === reader.party);
  const free = [...officeCopies, ...partyCopies].find((copy) => copy.assignedTo === null);
  if (free) return { kind: 'copy', copy: free, take: true };
  const shared = officeCopies[0] ?? partyCopies[0];
  if (shared) return { kind: 'copy', copy: shared, take: false };
  const destroyed = sorted.find(
    (copy) =>
      (copy.holder.kind === 'person' && copy.holder.personId === reader.id) ||
      copy.assignedTo === reader.id ||
      (copy.holder.kind === 'office' && reader.offices.has(copy.holder.officeId)) ||
      (copy.holder.kind === 'party' && copy.holder.party === reader.party),
  );
  return destroyed ? { kind: 'destroyed', copy: destroyed } : { kind: 'none' };
}

/** Whether a copy is the reader's to acknowledge or destroy. */
export function isHeldBy(copy: DocumentCopy, reader: CopyHolderFacts): boolean {
  if (copy.holder.kind === 'person') return copy.holder.personId === reader.id;
  if (copy.assignedTo !== null) return copy.assignedTo === reader.id;
  return copy.holder.kind === 'office' ? reader.offices.has(copy.holder.officeId) : copy.holder.party === reader.party;
}

/**
 * The originator's drafter, registry clerks and security officers answer for a document's copies: they
 * see them all and may trace leaks to them (of documents they can read).
 */
export function answersForCopies(
  person: { readonly id: PersonId; readonly party: PartyCode; readonly roles: readonly string[] },
  document: { readonly drafterId: PersonId; readonly originator: PartyCode },
): boolean {
  if (person.id === document.drafterId) return true;
  return person.party === document.originator && (person.roles.includes('registry-clerk') || person.roles.includes('security-officer'));
}

/**
 * Whether a document's copies are made unique. An unclassified text is public: varying it protects
 * nothing, and would alter what it quotes (a press cutting is evidence, to be kept word for word).
 * Its copies are still numbered and accountable.
 */
export function isFingerprinted(document: { readonly marking: { readonly level: number } }): boolean {
  return document.marking.level > 0;
}
